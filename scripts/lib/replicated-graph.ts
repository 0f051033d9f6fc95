import type { ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { serviceDatabaseUrl } from "./database-roles.js";
import { freePort } from "./free-port.js";
import { startGatewayProcess, startSubgraphProcess, stopProcess } from "./graph-processes.js";
import { startLoadBalancer, type LoadBalancer } from "./haproxy.js";
import type { ServiceName } from "./service-environment.js";
import { subgraphModules } from "./subgraph-modules.js";

/**
 * The graph as it is deployed, on one machine: N replicas of the gateway and of every subgraph, each a
 * process of its own, behind HAProxy (scripts/lib/haproxy.ts), sharing one PostgreSQL database and
 * whatever else `env` names (the response cache's Redis). The gateway replicas reach the subgraphs, and
 * the subgraphs their peers, through the balancer, as they would through a Kubernetes Service. Every
 * subgraph replica migrates its schema as it starts (the advisory lock lets one do it), and stops with a
 * drain delay, so a rolling restart loses no request (`restart`).
 */
export interface Replica {
  service: ServiceName;
  port: number;
  process?: ChildProcess;
}

export interface ReplicatedGraphOptions {
  /** The administrative URL; each service connects with its own role's URL on that database (provisioned already). */
  databaseUrl: string;
  /** Replicas of each service (default 2). */
  replicas?: number;
  /** More environment for every service (filtered per service, scripts/lib/service-environment.ts). */
  env?: NodeJS.ProcessEnv;
  /** How long a stopping replica keeps serving while out of rotation (HTTP_DRAIN_DELAY_MS; default 1500 ms). */
  drainDelayMs?: number;
  /** Each log line of every replica, with who wrote it (otherwise the lines are dropped). */
  onLog?: (replica: Replica, line: string) => void;
  compiledRoot?: string;
  readyTimeoutMs?: number;
}

export interface ReplicatedGraph {
  /** The balancer's /graphql: what clients use. */
  gatewayUrl: string;
  /** The balancer's address of each subgraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Every replica, subgraphs first, then the gateways. */
  replicas: Replica[];
  /** One replica's own address (bypassing the balancer), e.g. http://127.0.0.1:41234/graphql. */
  replicaUrl(replica: Replica, route?: string): string;
  balancer: LoadBalancer;
  /** SIGTERM, wait until it exited, start it again on its port, wait until the balancer has it in rotation. */
  restart(replica: Replica): Promise<void>;
  stop(): Promise<void>;
}

/** HAProxy asks /ready this often, and takes a replica out after two failures: the drain delay must exceed that. */
const CHECK_INTERVAL_MS = 300;

export async function startReplicatedGraph(options: ReplicatedGraphOptions): Promise<ReplicatedGraph> {
  const count = options.replicas ?? 2;
  const drainDelayMs = options.drainDelayMs ?? 1500;
  const services: ServiceName[] = [...subgraphModules.map((module) => module.name), "gateway"];
  const ports = async () => Promise.all(Array.from({ length: count }, () => freePort()));
  const layout = await Promise.all(services.map(async (name) => ({ name, port: await freePort(), replicaPorts: await ports() })));
  const balancer = await startLoadBalancer({ services: layout, statsPort: await freePort(), checkIntervalMs: CHECK_INTERVAL_MS });
  const subgraphUrls = Object.fromEntries(subgraphModules.map((module) => [module.name, `${balancer.url(module.name)}/graphql`])) as Record<
    SubgraphName,
    string
  >;
  const replicas: Replica[] = layout.flatMap(({ name, replicaPorts }) => replicaPorts.map((port) => ({ service: name, port })));
  const env = { LOG_LEVEL: "info", ...options.env, HTTP_DRAIN_DELAY_MS: String(drainDelayMs) };

  const started = (replica: Replica) => (child: ChildProcess) => {
    replica.process = child;
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => options.onLog?.(replica, line));
  };
  const common = { env, output: "pipe" as const, compiledRoot: options.compiledRoot, readyTimeoutMs: options.readyTimeoutMs ?? 120_000 };
  const start = async (replica: Replica) => {
    if (replica.service === "gateway") {
      await startGatewayProcess({
        ...common,
        port: replica.port,
        subgraphUrls,
        env: { ...env, GATEWAY_DATABASE_URL: serviceDatabaseUrl(options.databaseUrl, "gateway") },
        started: started(replica),
      });
    } else {
      await startSubgraphProcess({
        ...common,
        name: replica.service,
        port: replica.port,
        databaseUrl: serviceDatabaseUrl(options.databaseUrl, replica.service),
        subgraphUrls,
        migrateOnStart: true,
        started: started(replica),
      });
    }
  };
  const stopReplica = (replica: Replica) => (replica.process ? stopProcess(replica.process, drainDelayMs + 15_000) : Promise.resolve());
  const stop = async () => {
    // The gateways first, so no request reaches a subgraph that is going away; the balancer last.
    await Promise.all(replicas.filter((replica) => replica.service === "gateway").map(stopReplica));
    await Promise.all(replicas.filter((replica) => replica.service !== "gateway").map(stopReplica));
    await balancer.stop();
  };

  try {
    // All at once, as a deployment's replicas start: the subgraphs race to migrate, the gateways wait for them.
    await Promise.all(replicas.map(start));
    await balancer.waitUntilInRotation();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `${balancer.url("gateway")}/graphql`,
    subgraphUrls,
    replicas,
    replicaUrl: (replica, route = "/graphql") => `http://127.0.0.1:${replica.port}${route}`,
    balancer,
    async restart(replica) {
      await stopReplica(replica);
      await start(replica);
      await balancer.waitUntilInRotation(replica.service, replica.port);
    },
    stop,
  };
}
