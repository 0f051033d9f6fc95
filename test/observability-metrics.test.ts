import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect } from "chai";
import { createClient } from "redis";
import { post } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { startGatewayInProcess, type InProcessGateway } from "./support/in-process.js";
import { LEAD_BUYER_DASHBOARD } from "./support/screens.js";
import { SUBGRAPHS } from "../lib/schema/composition.js";

/**
 * What /metrics shows after dashboard requests (README: Observing the graph), on a gateway with the
 * response cache and a small public request budget, built in this process over the test graph's
 * subgraphs, and on those subgraphs' own /metrics. Also the Grafana dashboard in deploy/grafana: every
 * metric its panels ask for is one the services export.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const DASHBOARD_PATH = new URL("../deploy/grafana/ipg-dashboard.json", import.meta.url);
const PUBLIC_REQUESTS = 6;

/** Every sample of a Prometheus text exposition: name, labels, value; and each family's TYPE. */
function parseMetrics(text: string) {
  const samples: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  const families = new Map<string, string>();
  for (const line of text.split("\n")) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) families.set(type[1], type[2]);
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample) continue;
    const labels = Object.fromEntries([...(sample[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    samples.push({ name: sample[1], labels, value: Number(sample[3]) });
  }
  return { samples, families };
}

type Metrics = ReturnType<typeof parseMetrics>;

const readMetrics = async (graphqlUrl: string): Promise<Metrics> =>
  parseMetrics(await (await fetch(new URL("/metrics", graphqlUrl))).text());

function value(metrics: Metrics, name: string, labels: Record<string, string> = {}): number {
  return metrics.samples
    .filter((sample) => sample.name === name && Object.entries(labels).every(([key, expected]) => sample.labels[key] === expected))
    .reduce((sum, sample) => sum + sample.value, 0);
}

/** The series names a family exposes: a histogram's _bucket, _sum and _count besides its own name. */
function exportedNames(metrics: Metrics[]): Set<string> {
  const names = new Set<string>();
  for (const { families } of metrics) {
    for (const [name, type] of families) {
      names.add(name);
      if (type === "histogram" || type === "summary") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(name + suffix);
    }
  }
  return names;
}

const PROMQL_WORDS = new Set([
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "and",
  "or",
  "unless",
  "offset",
  "inf",
  "nan",
]);

/** The metric names a PromQL expression reads: identifiers outside label matchers, ranges, groupings and strings, not called as functions. */
export function promqlMetricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, " ");
  return [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\()?/g)]
    .filter(([, name, call]) => !call && !PROMQL_WORDS.has(name.toLowerCase()))
    .map(([, name]) => name);
}

describe("observability: /metrics after a dashboard request, and the Grafana dashboard", function () {
  this.timeout(120_000);
  const prefix = `ipg-test:${randomUUID()}:`;
  let gateway: InProcessGateway;
  let gatewayMetrics: Metrics;
  let subgraphMetrics: Map<string, Metrics>;
  let refusedAfter = 0;

  before(async () => {
    gateway = await startGatewayInProcess({
      env: {
        GATEWAY_RESPONSE_CACHE_REDIS_URL: REDIS_URL,
        GATEWAY_RESPONSE_CACHE_PREFIX: prefix,
        GATEWAY_RATE_LIMIT_PUBLIC_REQUESTS: String(PUBLIC_REQUESTS),
        METRICS_MAX_OPERATION_NAMES: "2",
        LOG_LEVEL: "fatal",
      },
    });
    // A miss, then a hit; three named operations past a cap of two; a subgraph's refusal; then past the budget.
    for (let round = 0; round < 2; round++) {
      const answer = await post(gateway.url, LEAD_BUYER_DASHBOARD);
      expect(answer.errors, JSON.stringify(answer.errors)).to.equal(undefined);
    }
    for (const name of ["First", "Second", "Third"]) expect((await post(gateway.url, `query ${name} { __typename }`)).status).to.equal(200);
    const refused = await post(gateway.url, "{ products(first: 101) { totalCount } }");
    expect(refused.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
    for (let sent = PUBLIC_REQUESTS; sent < PUBLIC_REQUESTS + 3; sent++) {
      if ((await post(gateway.url, "{ __typename }")).status === 429) refusedAfter++;
    }
    gatewayMetrics = await readMetrics(gateway.url);
    subgraphMetrics = new Map(
      await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await readMetrics(testGraph().subgraphUrls[name])] as const)),
    );
  });
  after(async () => {
    await gateway?.stop();
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(keys);
    await redis.close();
  });

  it("counts the gateway's requests by operation name and type, with the names capped", () => {
    expect(
      value(gatewayMetrics, "graphql_requests_total", { operation_name: "anonymous", operation_type: "query", result: "success" }),
    ).to.be.at.least(2);
    expect(value(gatewayMetrics, "graphql_requests_total", { operation_name: "First", operation_type: "query" })).to.equal(1);
    expect(value(gatewayMetrics, "graphql_requests_total", { operation_name: "Second" })).to.equal(1);
    expect(value(gatewayMetrics, "graphql_requests_total", { operation_name: "Third" })).to.equal(0);
    expect(value(gatewayMetrics, "graphql_requests_total", { operation_name: "other" })).to.equal(1);
    expect(value(gatewayMetrics, "graphql_requests_total", { result: "error" })).to.equal(1);
    expect(value(gatewayMetrics, "graphql_request_duration_seconds_count", { operation_type: "query" })).to.be.at.least(6);
    expect(value(gatewayMetrics, "graphql_errors_total", { code: "BAD_USER_INPUT" })).to.equal(1);
  });

  it("times every subgraph fetch and counts a subgraph's error by its code", () => {
    for (const { name } of SUBGRAPHS) {
      expect(
        value(gatewayMetrics, "gateway_subgraph_fetch_duration_seconds_count", { subgraph: name, result: "success" }),
        name,
      ).to.be.at.least(1);
    }
    expect(value(gatewayMetrics, "gateway_subgraph_fetch_duration_seconds_count", { subgraph: "products", result: "error" })).to.equal(1);
    expect(value(gatewayMetrics, "gateway_subgraph_errors_total", { subgraph: "products", code: "BAD_USER_INPUT" })).to.equal(1);
  });

  it("counts response-cache hits and misses, rate-limit refusals, and shows each circuit breaker", () => {
    expect(value(gatewayMetrics, "gateway_response_cache_lookups_total", { result: "miss" })).to.be.at.least(1);
    expect(value(gatewayMetrics, "gateway_response_cache_lookups_total", { result: "hit" })).to.be.at.least(1);
    expect(refusedAfter).to.be.at.least(1);
    expect(value(gatewayMetrics, "gateway_rate_limited_total", { reason: "requests", role: "public" })).to.equal(refusedAfter);
    for (const { name } of SUBGRAPHS) {
      expect(
        gatewayMetrics.samples.some((s) => s.name === "gateway_circuit_breaker_state" && s.labels.subgraph === name),
        name,
      ).to.equal(true);
    }
  });

  it("shows each subgraph's requests, duration, SQL statements and database pool", () => {
    for (const [name, metrics] of subgraphMetrics) {
      expect(value(metrics, "graphql_requests_total", { service: name }), name).to.be.at.least(1);
      expect(value(metrics, "graphql_request_duration_seconds_count", { service: name }), name).to.be.at.least(1);
      expect(value(metrics, "sql_statements_total"), name).to.be.at.least(1);
      const open =
        value(metrics, "database_pool_connections", { state: "in_use" }) + value(metrics, "database_pool_connections", { state: "idle" });
      expect(open, `${name}: open connections`).to.be.at.least(1);
      expect(
        metrics.samples.some((s) => s.name === "database_pool_waiting_requests"),
        name,
      ).to.equal(true);
    }
  });

  it("has a Grafana dashboard whose every query reads only metrics the services export", () => {
    const dashboard = JSON.parse(readFileSync(DASHBOARD_PATH, "utf8")) as {
      panels: Array<{ type: string; title: string; targets?: Array<{ expr: string }> }>;
    };
    const exported = exportedNames([gatewayMetrics, ...subgraphMetrics.values()]);
    const graphs = dashboard.panels.filter((panel) => panel.type !== "row");
    expect(graphs.length).to.be.at.least(10);
    const exprs: string[] = [];
    for (const panel of graphs) {
      expect(panel.targets?.length, panel.title).to.be.at.least(1);
      for (const { expr } of panel.targets!) {
        const names = promqlMetricNames(expr);
        expect(names.length, `${panel.title}: ${expr}`).to.be.greaterThan(0);
        for (const name of names) expect(exported.has(name), `${panel.title}: ${name} is not exported`).to.equal(true);
        exprs.push(expr);
      }
    }
    // Request rate, errors and duration, for the gateway and for the subgraphs.
    for (const who of ['service="gateway"', 'service!="gateway"']) {
      expect(
        exprs.some((e) => e.includes(`rate(graphql_requests_total{${who}}`)),
        `rate ${who}`,
      ).to.equal(true);
      expect(
        exprs.some((e) => e.includes(`graphql_requests_total{${who},result="error"}`)),
        `errors ${who}`,
      ).to.equal(true);
      expect(
        exprs.some((e) => e.includes(`graphql_request_duration_seconds_bucket{${who}}`)),
        `duration ${who}`,
      ).to.equal(true);
    }
  });

  it("reads metric names out of PromQL as the dashboard check needs", () => {
    expect(promqlMetricNames('histogram_quantile(0.95, sum by (le) (rate(a_seconds_bucket{service="x",le!~"by(y)"}[5m])))')).to.deep.equal([
      "a_seconds_bucket",
    ]);
    expect(promqlMetricNames("sum(rate(a_total[1m])) / sum(rate(b_total[1m]))")).to.deep.equal(["a_total", "b_total"]);
  });
});
