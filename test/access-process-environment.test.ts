import { readFile } from "node:fs/promises";
import { expect } from "chai";
import { SUBGRAPHS, type SubgraphName } from "../lib/runtime/subgraph-names.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { serviceEnvironment } from "../scripts/lib/service-environment.js";
import { testGraph } from "./support/graph.js";

/**
 * Least privilege between processes: each running service holds only the variables it needs. Read from
 * the services the test graph started (Linux's /proc/<pid>/environ), by name and by value, so a secret
 * passed on under another name is caught too.
 */
const SUBGRAPH_NAMES: SubgraphName[] = SUBGRAPHS.map((subgraph) => subgraph.name);

async function environmentOf(service: string): Promise<Map<string, string>> {
  const pid = testGraph().running.processes.get(service)?.pid;
  if (!pid) throw new Error(`${service} is not running`);
  const raw = await readFile(`/proc/${pid}/environ`, "utf8");
  return new Map(
    raw
      .split("\0")
      .filter(Boolean)
      .map((entry): [string, string] => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );
}

/** The variables of `env` that hold `secret` under any name. */
const holding = (env: Map<string, string>, secret: string) => [...env].filter(([, value]) => value.includes(secret)).map(([name]) => name);

const databaseUrl = (service: SubgraphName | "gateway") => serviceDatabaseUrl(testGraph().databaseUrl, service);
const privateKey = (owner: SubgraphName | "gateway") => testGraph().secrets.assertionKeys[owner].privateKey;

describe("access: each service process holds only the variables it needs", () => {
  it("gives no subgraph the token secret, the gateway's key, the administrative URL or another service's database URL or key", async () => {
    const { authJwtSecret } = testGraph().secrets;
    for (const name of SUBGRAPH_NAMES) {
      const env = await environmentOf(name);
      for (const variable of [
        "AUTH_JWT_SECRET",
        "DATABASE_ROLE_SECRET",
        "DATABASE_URL",
        "GATEWAY_ASSERTION_PRIVATE_KEY",
        "GATEWAY_DATABASE_URL",
      ]) {
        expect(env.has(variable), `${name} holds ${variable}`).to.equal(false);
      }
      expect(holding(env, authJwtSecret), `${name} holds the token secret`).to.deep.equal([]);
      expect(holding(env, privateKey("gateway")), `${name} holds the gateway's private key`).to.deep.equal([]);
      expect(holding(env, testGraph().databaseUrl), `${name} holds the administrative URL`).to.deep.equal([]);
      for (const other of [...SUBGRAPH_NAMES.filter((candidate) => candidate !== name), "gateway" as const]) {
        expect(holding(env, databaseUrl(other)), `${name} holds ${other}'s database URL`).to.deep.equal([]);
        expect(holding(env, privateKey(other)), `${name} holds ${other}'s private key`).to.deep.equal([]);
      }
      // What it needs: its own database URL and key, the gateway's public key, where the others answer.
      expect(env.get(`${name.toUpperCase()}_DATABASE_URL`)).to.equal(databaseUrl(name));
      expect(env.get(`${name.toUpperCase()}_ASSERTION_PRIVATE_KEY`)).to.equal(privateKey(name));
      expect(env.get("GATEWAY_ASSERTION_PUBLIC_KEY")).to.equal(testGraph().secrets.assertionKeys.gateway.publicKey);
      expect(env.get("PRODUCTS_URL")).to.equal(testGraph().subgraphUrls.products);
    }
  });

  it("gives the gateway no database role secret, no subgraph's database URL or key, and what it needs to verify and sign", async () => {
    const env = await environmentOf("gateway");
    expect(env.has("DATABASE_ROLE_SECRET")).to.equal(false);
    expect(env.has("DATABASE_URL")).to.equal(false);
    expect(holding(env, testGraph().databaseUrl), "the administrative URL").to.deep.equal([]);
    for (const name of SUBGRAPH_NAMES) {
      expect(holding(env, databaseUrl(name)), `${name}'s database URL`).to.deep.equal([]);
      expect(holding(env, privateKey(name)), `${name}'s private key`).to.deep.equal([]);
    }
    expect(env.get("AUTH_JWT_SECRET")).to.equal(testGraph().secrets.authJwtSecret);
    expect(env.get("GATEWAY_ASSERTION_PRIVATE_KEY")).to.equal(privateKey("gateway"));
    expect(env.get("GATEWAY_DATABASE_URL")).to.equal(databaseUrl("gateway"));
  });

  it("gives every service the OpenTelemetry settings, inherited or given", () => {
    const parent = {
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      OTEL_EXPORTER_OTLP_HEADERS: "x-api-key=k",
      OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
    };
    const given = { OTEL_TRACES_SAMPLER_ARG: "0.1", TRACING_RESOLVER_SPANS: "all" };
    for (const service of ["gateway", "products", "institutions", "certifications", "exhibitions"] as const) {
      expect(serviceEnvironment(service, given, parent), service).to.deep.equal({ ...parent, ...given });
    }
  });

  it("routes secrets the test graph does not set (the role secret, webhooks) and the starter's own settings to their owners", () => {
    const parent = {
      PATH: "/usr/bin",
      DATABASE_ROLE_SECRET: "role-secret",
      DATABASE_URL: "postgres://admin@db/ipg",
      SCHEMA_WEBHOOKS: '[{"partner":"p","url":"https://p.example","secret":"webhook-secret"}]',
      AWS_SECRET_ACCESS_KEY: "unrelated",
      GATEWAY_RATE_LIMIT_REQUESTS: "100",
      SUBGRAPH_MAX_ROWS_PER_REQUEST: "5000",
      PRODUCTS_DATABASE_POOL_SIZE: "4",
      DATABASE_STATEMENT_TIMEOUT_MS: "1000",
      MAX_PAGE_SIZE: "200",
    };
    const given = { GATEWAY_MAX_COST: "10", SOME_NEW_SETTING: "1" };
    const gateway = serviceEnvironment("gateway", given, parent);
    const products = serviceEnvironment("products", given, parent);
    const institutions = serviceEnvironment("institutions", given, parent);
    expect(gateway).to.deep.equal({
      PATH: "/usr/bin",
      SCHEMA_WEBHOOKS: parent.SCHEMA_WEBHOOKS,
      GATEWAY_RATE_LIMIT_REQUESTS: "100",
      MAX_PAGE_SIZE: "200",
      GATEWAY_MAX_COST: "10",
      SOME_NEW_SETTING: "1",
    });
    expect(products).to.deep.equal({
      PATH: "/usr/bin",
      SUBGRAPH_MAX_ROWS_PER_REQUEST: "5000",
      PRODUCTS_DATABASE_POOL_SIZE: "4",
      DATABASE_STATEMENT_TIMEOUT_MS: "1000",
      MAX_PAGE_SIZE: "200",
      SOME_NEW_SETTING: "1",
    });
    expect(institutions).to.not.have.property("PRODUCTS_DATABASE_POOL_SIZE");
    // A secret the starter passes explicitly still goes to its owner alone.
    expect(serviceEnvironment("products", { AUTH_JWT_SECRET: "s", DATABASE_ROLE_SECRET: "r" }, {})).to.deep.equal({});
  });
});
