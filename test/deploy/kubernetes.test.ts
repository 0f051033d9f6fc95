import { readdirSync, readFileSync } from "node:fs";
import { expect } from "chai";
import * as appsV1 from "kubernetes-models/apps/v1";
import * as autoscalingV2 from "kubernetes-models/autoscaling/v2";
import * as batchV1 from "kubernetes-models/batch/v1";
import * as networkingV1 from "kubernetes-models/networking.k8s.io/v1";
import * as policyV1 from "kubernetes-models/policy/v1";
import * as coreV1 from "kubernetes-models/v1";
import { SUBGRAPHS } from "../../lib/runtime/subgraph-names.js";
import type { ServiceName } from "../../scripts/lib/service-environment.js";
import { notRoutedTo, parseYamlDocuments, peersAsked, REPO_ROOT, runTool } from "../support/manifests.js";

/**
 * deploy/k8s: the production overlay rendered by `kubectl kustomize` (kustomize v5, in kubectl 1.27 and
 * later), every object validated against the Kubernetes 1.27 JSON schemas (kubernetes-models), and what
 * the README promises of them checked: probes, non-root read-only pods, references to Secrets and never
 * a secret inline, each service with only its own, and the network reaching a subgraph only from the
 * gateway and the peers that ask it.
 */
const MODELS: Record<string, Record<string, unknown>> = {
  v1: coreV1,
  "apps/v1": appsV1,
  "batch/v1": batchV1,
  "policy/v1": policyV1,
  "autoscaling/v2": autoscalingV2,
  "networking.k8s.io/v1": networkingV1,
};
type Model = new (data: unknown) => { validate(): void };

/** The validation error of one object, or undefined when it is valid. */
function schemaError(object: { apiVersion: string; kind: string; metadata?: { name?: string } }): string | undefined {
  const model = MODELS[object.apiVersion]?.[object.kind] as Model | undefined;
  if (!model) return `${object.apiVersion} ${object.kind} has no schema here`;
  try {
    new model(object).validate();
    return undefined;
  } catch (error) {
    return `${object.kind} ${object.metadata?.name}: ${(error as Error).message}`;
  }
}

const SECRET_NAME = /(SECRET|PRIVATE_KEY|TOKEN|DATABASE_URL|REDIS_URL|WEBHOOKS)$/;
const SERVICES: ServiceName[] = ["gateway", ...SUBGRAPHS.map((subgraph) => subgraph.name)];

describe("Kubernetes manifests (deploy/k8s, kustomize)", function () {
  this.timeout(60_000);
  let objects: any[];
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const named = (kind: string, name: string) => ofKind(kind).find((object) => object.metadata.name === name);

  before(() => {
    const rendered = runTool("kubectl", ["kustomize", "deploy/k8s/overlays/production"], "kubectl 1.27 or later");
    objects = parseYamlDocuments(rendered);
  });

  it("renders valid objects, every one against its Kubernetes schema", () => {
    expect(objects.map(schemaError).filter(Boolean)).to.deep.equal([]);
    const kinds = objects.map((object) => object.kind);
    for (const kind of ["Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler"]) {
      expect(
        ofKind(kind)
          .map((object) => object.metadata.name)
          .sort(),
        kind,
      ).to.deep.equal([...SERVICES].sort());
    }
    expect(kinds).to.include.members(["Job", "NetworkPolicy", "ConfigMap", "Namespace"]);
    expect(kinds, "a Secret written into the manifests").not.to.include("Secret");
    expect(
      objects
        .filter((object) => object.kind !== "Namespace")
        .every((object) => object.metadata.namespace === "innovation-procurement-graph"),
    ).to.equal(true);
  });

  it("the validator refuses what Kubernetes would (so a passing check means something)", () => {
    const deployment = structuredClone(named("Deployment", "gateway"));
    deployment.spec.template.spec.containers[0].ports[0].containerPort = "http";
    expect(schemaError(deployment)).to.match(/containerPort must be integer/);
    const policy = structuredClone(named("NetworkPolicy", "products"));
    policy.spec.policyTypes = "Ingress";
    expect(schemaError(policy)).to.match(/policyTypes must be array/);
  });

  it("runs each service from the one image by argument, ready on /ready and live on /health, non-root on a read-only file system", () => {
    for (const service of SERVICES) {
      const deployment = named("Deployment", service);
      const pod = deployment.spec.template.spec;
      const [container] = pod.containers;
      expect(container.image, service).to.equal("registry.example.org/innovation-procurement-graph:0.1.0");
      expect(container.args).to.deep.equal([service]);
      expect(container.readinessProbe.httpGet).to.deep.equal({ path: "/ready", port: "http" });
      expect(container.livenessProbe.httpGet).to.deep.equal({ path: "/health", port: "http" });
      expect(container.ports.find((port: { name: string }) => port.name === "http").containerPort).to.equal(
        service === "gateway" ? 4000 : SUBGRAPHS.find((subgraph) => subgraph.name === service)!.port,
      );
      expect(container.resources.requests).to.have.keys("cpu", "memory");
      expect(container.resources.limits).to.have.keys("memory");
      expect(pod.securityContext).to.include({ runAsNonRoot: true, runAsUser: 1000 });
      expect(container.securityContext).to.include({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsNonRoot: true });
      expect(container.securityContext.capabilities.drop).to.deep.equal(["ALL"]);
      expect(pod.automountServiceAccountToken).to.equal(false);
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).to.equal(0);
      expect(named("Service", service).spec.selector).to.deep.equal(deployment.spec.selector.matchLabels);
      expect(named("PodDisruptionBudget", service).spec.selector.matchLabels).to.deep.equal(deployment.spec.selector.matchLabels);
      const autoscaler = named("HorizontalPodAutoscaler", service).spec;
      expect(autoscaler.scaleTargetRef).to.include({ kind: "Deployment", name: service });
      expect(autoscaler.minReplicas).to.be.at.least(2);
    }
    expect(named("HorizontalPodAutoscaler", "gateway").spec.maxReplicas, "the overlay's patch").to.equal(12);
    const job = named("Job", "migrate").spec.template.spec;
    expect(job.containers[0].args).to.deep.equal(["migrate"]);
    expect(job.securityContext.runAsNonRoot).to.equal(true);
  });

  it("references Secrets and never writes one inline; each service gets only its own (scripts/lib/service-environment.ts)", () => {
    const config = named("ConfigMap", "ipg-config").data as Record<string, string>;
    expect(
      Object.keys(config).filter((name) => SECRET_NAME.test(name)),
      "secrets in the ConfigMap",
    ).to.deep.equal([]);
    const workloads: Array<[ServiceName | "migrate", any]> = [
      ...SERVICES.map((service): [ServiceName, any] => [service, named("Deployment", service)]),
      ["migrate", named("Job", "migrate")],
    ];
    for (const [service, workload] of workloads) {
      const [container] = workload.spec.template.spec.containers;
      const env = container.env as Array<{ name: string; value?: string; valueFrom?: any }>;
      const inline = env.filter((variable) => SECRET_NAME.test(variable.name) && !variable.valueFrom?.secretKeyRef);
      expect(
        inline.map((variable) => variable.name),
        `${service}: secrets not from a Secret`,
      ).to.deep.equal([]);
      const secrets = new Set(
        env.filter((variable) => variable.valueFrom?.secretKeyRef).map((variable) => variable.valueFrom.secretKeyRef.name),
      );
      expect([...secrets], `${service}'s Secrets`).to.deep.equal([`ipg-${service}`]);
      const fromConfig = (container.envFrom ?? []).flatMap(({ configMapRef }: any) =>
        Object.keys(named("ConfigMap", configMapRef.name).data),
      );
      const names = [...env.map((variable) => variable.name), ...fromConfig];
      if (service === "migrate") {
        expect(names.sort()).to.deep.equal(["DATABASE_ROLE_SECRET", "DATABASE_URL", "NODE_ENV"]);
      } else {
        expect(notRoutedTo(service, names), `${service} is given what it may not have`).to.deep.equal([]);
        expect(names, service).to.include(
          service === "gateway" ? "GATEWAY_ASSERTION_PRIVATE_KEY" : `${service.toUpperCase()}_DATABASE_URL`,
        );
      }
    }
  });

  it("lets only the gateway reach the subgraphs, and a subgraph only the peers it asks before a write", () => {
    const sourceOf = (name: string) =>
      readdirSync(`${REPO_ROOT}subgraphs/${name}/src`, { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .map((file) => readFileSync(`${REPO_ROOT}subgraphs/${name}/src/${file}`, "utf8"))
        .join("\n");
    const owners = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, sourceOf(name)]));
    const asks = peersAsked(owners);
    const deny = named("NetworkPolicy", "default-deny").spec;
    expect(deny).to.deep.equal({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    const podNames = (peers: any[]) =>
      peers.flatMap((peer) => (peer.podSelector ? [peer.podSelector.matchLabels["app.kubernetes.io/name"]] : []));
    for (const { name, port } of SUBGRAPHS) {
      const policy = named("NetworkPolicy", name).spec;
      expect(policy.podSelector.matchLabels["app.kubernetes.io/name"]).to.equal(name);
      const askers = SUBGRAPHS.map((subgraph) => subgraph.name).filter((asker) => asks[asker].includes(name));
      const from = policy.ingress.flatMap((rule: any) => podNames(rule.from ?? [{}]));
      expect(from.sort(), `who reaches ${name}`).to.deep.equal(["gateway", ...askers].sort());
      expect(policy.ingress.every((rule: any) => rule.from?.length && rule.ports.every((p: any) => p.port === port))).to.equal(true);
      const to = policy.egress.flatMap((rule: any) => podNames(rule.to ?? []));
      expect(to.sort(), `whom ${name} reaches`).to.deep.equal(asks[name]);
    }
    // Nothing but the gateway policy lets a pod reach a subgraph's pods.
    const reachingSubgraphs = ofKind("NetworkPolicy").filter((policy) =>
      (policy.spec.egress ?? []).some((rule: any) => podNames(rule.to ?? []).some((peer) => SUBGRAPHS.some((s) => s.name === peer))),
    );
    expect(reachingSubgraphs.map((policy) => policy.metadata.name).sort()).to.deep.equal(
      ["gateway", ...SUBGRAPHS.map((subgraph) => subgraph.name).filter((name) => asks[name].length)].sort(),
    );
  });
});
