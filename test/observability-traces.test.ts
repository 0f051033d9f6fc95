import { expect } from "chai";
import { deduplicationKey } from "../gateway/src/subgraph-fetcher.js";
import { SUBGRAPHS } from "../lib/schema/composition.js";
import { freePort } from "../scripts/lib/free-port.js";
import { graphPorts, startGraphProcesses, type RunningGraph } from "../scripts/lib/graph-processes.js";
import { UNREACHED_RATE_LIMITS } from "../scripts/lib/rate-limit-env.js";
import { post } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from "./support/otlp-receiver.js";
import { LEAD_BUYER_DASHBOARD } from "./support/screens.js";
import { ktlId, permittedToken } from "./support/tokens.js";

/**
 * Traces end to end: a graph of its own (the four subgraphs and the gateway as processes, through tsx, on
 * the test graph's database) exporting to an OTLP/HTTP receiver in this test. One dashboard request must
 * come back as one trace, connected parent to child, from the gateway's phases through every subgraph's
 * resolvers and loader batches to their SQL statements.
 */
describe("observability: one request, one trace across the graph", function () {
  this.timeout(240_000);
  let receiver: OtlpReceiver;
  let graph: RunningGraph | undefined;
  let spans: ReceivedSpan[] = [];
  const services = ["gateway", ...SUBGRAPHS.map((subgraph) => subgraph.name)];

  before(async () => {
    receiver = await startOtlpReceiver();
    graph = await startGraphProcesses({
      databaseUrl: testGraph().databaseUrl,
      ports: await graphPorts(() => freePort()),
      output: "ignore",
      readyTimeoutMs: 180_000,
      env: {
        ...UNREACHED_RATE_LIMITS,
        LOG_LEVEL: "warn",
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OTEL_BSP_SCHEDULE_DELAY: "100",
        TRACING_RESOLVER_SPANS: "all",
      },
    });
    const answer = await post(graph.gatewayUrl, LEAD_BUYER_DASHBOARD);
    expect(answer.errors, JSON.stringify(answer.errors)).to.equal(undefined);
    // Each process exports on its own schedule: wait until every one has sent its part.
    const deadline = Date.now() + 30_000;
    const arrived = () =>
      services.every((service) => receiver.spans.some((span) => span.service === service)) &&
      receiver.spans.some((span) => span.service === "gateway" && !span.parentSpanId);
    while (Date.now() < deadline && !arrived()) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 500));
    spans = [...receiver.spans];
  });
  after(async () => {
    await graph?.stop();
    await receiver?.stop();
  });

  it("is one trace, every span's parent in it, rooted at the gateway's server span", () => {
    expect(spans.length).to.be.greaterThan(20);
    expect(new Set(spans.map((span) => span.traceId))).to.have.property("size", 1);
    const ids = new Set(spans.map((span) => span.spanId));
    const roots = spans.filter((span) => !span.parentSpanId);
    expect(roots.map((span) => [span.service, span.name])).to.deep.equal([["gateway", "query anonymous"]]);
    const orphans = spans.filter((span) => span.parentSpanId && !ids.has(span.parentSpanId));
    expect(orphans.map((span) => `${span.service}: ${span.name}`)).to.deep.equal([]);
  });

  it("covers the gateway's parse, validation, plan and one fetch per subgraph", () => {
    const gateway = spans.filter((span) => span.service === "gateway").map((span) => span.name);
    expect(gateway).to.include.members(["graphql.parse", "graphql.validate", "gateway.request", "gateway.plan", "gateway.execute"]);
    expect(gateway.filter((name) => name === "gateway.fetch").length).to.be.at.least(4);
  });

  it("continues in each of the four subgraphs, under the gateway's fetch, with resolvers, loader batches and SQL", () => {
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    for (const { name } of SUBGRAPHS) {
      const own = spans.filter((span) => span.service === name);
      const server = own.filter((span) => span.parentSpanId && byId.get(span.parentSpanId)?.service === "gateway");
      expect(server.length, `${name}: server spans under the gateway`).to.be.at.least(1);
      expect(server.map((span) => byId.get(span.parentSpanId!)!.name)).to.satisfy((names: string[]) =>
        names.every((n) => n === "gateway.fetch"),
      );
      expect(
        own.some((span) => span.name.startsWith("resolve ")),
        `${name}: resolver spans`,
      ).to.equal(true);
      const sql = own.filter(
        (span) =>
          span.scope.includes("instrumentation-pg") && (span.attributes["db.system"] ?? span.attributes["db.system.name"]) === "postgresql",
      );
      expect(sql.length, `${name}: SQL spans`).to.be.at.least(1);
      expect(
        sql.some((span) => /SELECT/i.test(String(span.attributes["db.statement"] ?? span.attributes["db.query.text"] ?? span.name))),
      ).to.equal(true);
    }
    const batches = spans.filter((span) => span.name.startsWith("loader "));
    expect(batches.length, "loader batch spans").to.be.at.least(1);
    // A batch's SQL nests under the batch.
    expect(
      spans.some((span) => span.scope.includes("instrumentation-pg") && byId.get(span.parentSpanId ?? "")?.name.startsWith("loader ")),
    ).to.equal(true);
  });

  it("continues in the owner a subgraph asks before a write (institutions asks products about a product)", async () => {
    const RECORD = `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`;
    // An unknown product: institutions asks products, which knows none, so nothing is written.
    const input = {
      institutionId: ktlId(),
      productId: "00000000-0000-4000-8000-000000000000",
      quantity: 1,
      amount: 1_000_000,
      method: "NEGOTIATED_CONTRACT",
      contractedOn: "2026-03-16",
    };
    const answer = await post(graph!.gatewayUrl, RECORD, { input }, { authorization: `Bearer ${await permittedToken(RECORD, { input })}` });
    expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer.errors)).to.equal("NOT_FOUND");
    // The products span under an institutions span, once its trace's root (the gateway's request) has arrived too.
    const asked = () => {
      const byId = new Map(receiver.spans.map((span) => [span.spanId, span]));
      const question = receiver.spans.find(
        (span) => span.service === "products" && span.parentSpanId && byId.get(span.parentSpanId)?.service === "institutions",
      );
      const rooted = receiver.spans.some((span) => span.traceId === question?.traceId && span.service === "gateway" && !span.parentSpanId);
      return rooted ? question : undefined;
    };
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !asked()) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked(), "a products span under an institutions span, in the trace the gateway started").to.not.equal(undefined);
  });
});

describe("observability: each caller's trace context does not split the gateway's in-flight deduplication", () => {
  it("keys two identical subgraph queries of two traces alike, and still tells callers apart", () => {
    const url = "http://products:4001/graphql";
    const fetch = (headers: Record<string, string>) => ({
      method: "POST",
      headers,
      body: JSON.stringify({ query: "{ products { totalCount } }" }),
    });
    const first = deduplicationKey(url, fetch({ "x-caller": "a", traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" }));
    const second = deduplicationKey(
      url,
      fetch({ "x-caller": "a", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", tracestate: "k=v" }),
    );
    expect(first).to.be.a("string").and.equal(second);
    expect(
      deduplicationKey(url, fetch({ "x-caller": "b", traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" })),
    ).to.not.equal(first);
  });
});
