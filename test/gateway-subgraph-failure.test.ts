import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import { startGatewayInProcess } from "./support/in-process.js";
import { gateway, post, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { ktlId, tokenFor } from "./support/tokens.js";

/** Products and institutions side by side, each from its own root field. */
const ACROSS = `{ products(first: 2) { nodes { name } } institutionByAbbreviation(abbreviation: "KTL") { name } }`;
/** Only the products and exhibitions subgraphs. */
const OTHERS = `{ products(first: 2) { nodes { name } } events(first: 1) { totalCount } }`;

const readyOf = (graphqlUrl: string) => fetch(new URL("/ready", graphqlUrl));

/** The institutions part is missing, with one SERVICE_UNAVAILABLE error naming it; the products part is there. */
function expectInstitutionsMissing(response: GraphQLResponse, message: RegExp) {
  expect(response.status).to.equal(200);
  expect(response.data?.products.nodes).to.have.length(2);
  expect(response.data?.institutionByAbbreviation).to.equal(null);
  expect(response.errors, JSON.stringify(response.errors)).to.have.length(1);
  expect(response.errors![0].extensions).to.deep.equal({ code: "SERVICE_UNAVAILABLE", service: "institutions" });
  expect(response.errors![0].message).to.match(message);
}

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await call();
  return { result, ms: Date.now() - started };
}

describe("gateway when a subgraph fails", function () {
  this.timeout(90_000);

  describe("a stopped subgraph (institutions)", function () {
    let stopped = false;
    before(async () => {
      await testGraph().running.stopSubgraph("institutions");
      stopped = true;
    });
    // Other test files share this graph: the subgraph always comes back, and the gateway calls it again.
    after(async function () {
      this.timeout(60_000);
      if (stopped) await testGraph().running.restartSubgraph("institutions");
      await untilFullAnswer(30_000);
    });

    it("answers a query across it with the other subgraph's data and an error naming it, at once", async () => {
      const { result, ms } = await timed(() => gateway(ACROSS));
      expectInstitutionsMissing(result, /^The institutions service (could not be reached|keeps failing).*; fields it owns are missing\.$/);
      expect(ms).to.be.below(5000);
    });

    it("keeps the product page: only the fields institutions owns are null", async () => {
      const product = testGraph().dataset.products.products[0];
      const response = await gateway(
        `query ($id: ID!) { product(id: $id) { designationNumber name certificates { number } exhibitions { booth } totalProcurement buyerCount } }`,
        { id: product.id },
      );
      expect(response.data?.product.designationNumber).to.equal(product.designationNumber);
      expect(response.data?.product.certificates).to.be.an("array");
      expect(response.data?.product.exhibitions).to.be.an("array");
      expect(response.data?.product.totalProcurement).to.equal(null);
      expect(response.data?.product.buyerCount).to.equal(null);
      expect(response.errors?.map((error) => error.extensions?.service)).to.deep.equal(["institutions"]);
    });

    it("answers queries on the other subgraphs as usual", async () => {
      const response = await gateway(OTHERS);
      expect(response.errors).to.equal(undefined);
      expect(response.data.products.nodes).to.have.length(2);
      expect(response.data.events.totalCount).to.be.greaterThan(0);
    });

    it("is not ready (503, naming the subgraph) but alive; the other subgraphs are ready", async () => {
      const ready = await readyOf(testGraph().gatewayUrl);
      expect(ready.status).to.equal(503);
      expect(((await ready.json()) as { reason: string }).reason).to.equal("subgraphs not ready: institutions");
      expect((await fetch(new URL("/health", testGraph().gatewayUrl))).status).to.equal(200);
      for (const name of ["products", "certifications", "exhibitions"] as const) {
        expect((await readyOf(testGraph().subgraphUrls[name])).status, name).to.equal(200);
      }
    });

    it("answers in full again once it is restarted", async () => {
      await testGraph().running.restartSubgraph("institutions");
      stopped = false;
      const response = await untilFullAnswer(30_000);
      expect(response.data.institutionByAbbreviation.name).to.be.a("string").and.not.equal("");
      expect((await readyOf(testGraph().gatewayUrl)).status).to.equal(200);
    });
  });

  describe("a stopped subgraph (exhibitions) under the lead-buyer dashboard", function () {
    const DASHBOARD = `{ leadBuyers(first: 3) { nodes { abbreviation purchaseTarget(year: 2025) { achievementRate }
      consultationMeetings(first: 2) { totalCount } } } }`;
    let stopped = false;
    before(async () => {
      await testGraph().running.stopSubgraph("exhibitions");
      stopped = true;
    });
    after(async function () {
      this.timeout(60_000);
      if (stopped) await testGraph().running.restartSubgraph("exhibitions");
      await untilFullAnswer(30_000, DASHBOARD);
    });

    it("still lists the lead buyers with their targets; only the meetings are null", async () => {
      const response = await gateway(DASHBOARD);
      const buyers = response.data?.leadBuyers.nodes;
      expect(buyers?.[0].abbreviation).to.equal("KTL");
      expect(buyers?.[0].purchaseTarget.achievementRate).to.be.a("number");
      expect(buyers?.every((buyer: { consultationMeetings: unknown }) => buyer.consultationMeetings === null)).to.equal(true);
      expect(response.errors?.length).to.be.greaterThan(0);
      expect(response.errors?.every((error) => error.extensions?.service === "exhibitions")).to.equal(true);
    });
  });

  describe("a subgraph that never answers (behind a gateway with a 1 s timeout and a breaker after 3 failures)", function () {
    let silent: Server;
    let graphqlRequests = 0;
    let extra: { url: string; stop(): Promise<void> } | undefined;

    before(async function () {
      this.timeout(60_000);
      // Ready when asked (so the gateway starts), silent on GraphQL.
      silent = createServer((req, res) => {
        if (req.url === "/ready") return void res.end("{}");
        graphqlRequests++;
      });
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const port = (silent.address() as AddressInfo).port;
      extra = await startGatewayInProcess({
        subgraphUrls: { ...testGraph().subgraphUrls, institutions: `http://127.0.0.1:${port}/graphql` },
        env: {
          LOG_LEVEL: "error",
          GATEWAY_SUBGRAPH_TIMEOUT_MS: "1000",
          GATEWAY_CIRCUIT_BREAKER_MIN_REQUESTS: "3",
          GATEWAY_CIRCUIT_BREAKER_RESET_MS: "60000",
        },
      });
    });
    after(async () => {
      await extra?.stop();
      silent?.closeAllConnections();
      await new Promise((resolve) => silent?.close(resolve));
    });

    it("gives up on it after the timeout and answers with the rest", async () => {
      const { result, ms } = await timed(() => post(extra!.url, ACROSS));
      expectInstitutionsMissing(result, /^The institutions service did not answer within 1000 ms; fields it owns are missing\.$/);
      expect(ms).to.be.at.least(1000).and.below(4000);
    });

    it("sends a write once, and says it may or may not have been made when no answer came", async () => {
      const before = graphqlRequests;
      const response = await post(
        extra!.url,
        `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
        {
          input: {
            institutionId: ktlId(),
            productId: testGraph().dataset.products.products[0].id,
            quantity: 1,
            amount: 1000,
            method: "COMPETITIVE_BID",
            contractedOn: "2025-01-02",
          },
        },
        { authorization: `Bearer ${await tokenFor("officer")}` },
      );
      expect(response.data).to.equal(null);
      expect(response.errors?.[0].extensions).to.deep.equal({ code: "SERVICE_UNAVAILABLE", service: "institutions" });
      expect(response.errors?.[0].message).to.match(/did not answer within 1000 ms.*may or may not have been made/);
      expect(graphqlRequests - before, "not retried").to.equal(1);
    });

    it("opens the circuit after 3 failures: then fails fast without calling the subgraph", async () => {
      // The previous tests made two failed fetches; one more opens the breaker.
      await post(extra!.url, ACROSS);
      const before = graphqlRequests;
      const { result, ms } = await timed(() => post(extra!.url, ACROSS));
      expectInstitutionsMissing(result, /^The institutions service keeps failing, so the gateway is not calling it for a few seconds/);
      expect(ms).to.be.below(900);
      expect(graphqlRequests).to.equal(before);
      // The other subgraphs are not behind that breaker.
      const others = await post(extra!.url, OTHERS);
      expect(others.errors).to.equal(undefined);
    });
  });
});

/** Polls the query across institutions until it answers without errors (the breaker may still be open for a moment). */
async function untilFullAnswer(timeoutMs: number, query = ACROSS): Promise<GraphQLResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await gateway(query);
    if (!response.errors) return response;
    if (Date.now() > deadline) throw new Error(`no full answer within ${timeoutMs} ms: ${JSON.stringify(response.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
