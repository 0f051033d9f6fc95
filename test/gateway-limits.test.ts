import { expect } from "chai";
import { startGatewayInProcess } from "./support/in-process.js";
import { gateway, gatewayData, post, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { LEAD_BUYER_DASHBOARD } from "./support/screens.js";

/** A refusal before any subgraph was called: HTTP 400, no data, one error with this code. */
function expectRefused(response: GraphQLResponse, code: string) {
  expect(response.status, JSON.stringify(response)).to.equal(400);
  expect(response.data).to.equal(undefined);
  expect(response.errors?.map((error) => error.extensions?.code)).to.include(code);
  const error = response.errors!.find((candidate) => candidate.extensions?.code === code)!;
  expect(error.message).to.match(/^This query .+\./);
  expect(error.extensions).to.not.have.property("stacktrace");
}

/** products → nodes → company → products …: `levels` pairs of Product and Company, 3 fields each. */
function nestedProducts(levels: number): string {
  let selection = "id";
  for (let level = 0; level < levels; level++) selection = `products(first: 1) { nodes { company { ${selection} } } }`;
  return `{ ${selection} }`;
}

describe("gateway query limits (graphql-armor, and demand control's cost)", function () {
  it("answers the largest screen this graph serves (the lead-buyer dashboard) and nine levels of nesting", async () => {
    const data = await gatewayData(LEAD_BUYER_DASHBOARD);
    expect(data.leadBuyers.nodes.length).to.be.greaterThan(0);
    // Nine levels (products, nodes, company × 3) is inside the default depth of 10.
    const nested = await gatewayData(nestedProducts(3));
    expect(nested.products.nodes).to.have.length(1);
  });

  it("refuses a query nested deeper than GATEWAY_MAX_DEPTH (default 10) with QUERY_TOO_DEEP", async () => {
    expectRefused(await gateway(nestedProducts(4)), "QUERY_TOO_DEEP");
  });

  it("refuses more aliases than GATEWAY_MAX_ALIASES (default 15) with TOO_MANY_ALIASES", async () => {
    const fields = Array.from({ length: 16 }, (_, index) => `a${index}: products(first: 1) { totalCount }`).join(" ");
    expectRefused(await gateway(`{ ${fields} }`), "TOO_MANY_ALIASES");
  });

  it("refuses more tokens than GATEWAY_MAX_TOKENS (default 1000) with TOO_MANY_TOKENS", async () => {
    expectRefused(await gateway(`{ products(first: 1) { nodes { ${"id ".repeat(1000)} } } }`), "TOO_MANY_TOKENS");
  });

  it("refuses more directives than GATEWAY_MAX_DIRECTIVES (default 50) with TOO_MANY_DIRECTIVES", async () => {
    expectRefused(await gateway(`{ ${"__typename @include(if: true) ".repeat(51)} }`), "TOO_MANY_DIRECTIVES");
  });

  it("refuses a query whose estimated cost is above GATEWAY_MAX_COST (default 10000) with QUERY_TOO_COSTLY", async () => {
    // 100 products, each with 100 of its company's products: cost 1 + 100 × (1 + 1 + 1 + 100) = 10,301.
    const response = await gateway(`{ products(first: 100) { nodes { company { products(first: 100) { nodes { id name } } } } } }`);
    expectRefused(response, "QUERY_TOO_COSTLY");
  });

  it("refuses a page larger than MAX_PAGE_SIZE (default 100) with BAD_USER_INPUT on `first`", async () => {
    const response = await gateway(`{ products(first: 101) { totalCount } }`);
    expect(response.errors?.[0].extensions).to.deep.include({ code: "BAD_USER_INPUT", field: "first" });
    expect(response.errors?.[0].message).to.match(/from 0 to 100 items/);
  });

  it("refuses a body larger than GATEWAY_MAX_BODY_BYTES (default 100 kB) with 413 PAYLOAD_TOO_LARGE, as JSON", async () => {
    const response = await fetch(testGraph().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(150_000) } }),
    });
    expect(response.status).to.equal(413);
    expect(response.headers.get("content-type")).to.match(/application\/json/);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0].extensions?.code).to.equal("PAYLOAD_TOO_LARGE");
    expect(body.errors?.[0].message).to.match(/larger than this API accepts \(100000 bytes\)/);
  });

  describe("read from the gateway's configuration", function () {
    let strict: { url: string; stop(): Promise<void> } | undefined;
    before(async function () {
      this.timeout(60_000);
      strict = await startGatewayInProcess({
        env: { LOG_LEVEL: "warn", GATEWAY_MAX_DEPTH: "3", GATEWAY_MAX_ALIASES: "1", GATEWAY_MAX_BODY_BYTES: "2000" },
      });
    });
    after(async () => {
      await strict?.stop();
    });

    it("applies GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES and GATEWAY_MAX_BODY_BYTES", async () => {
      const shallow = await post(strict!.url, `{ products(first: 1) { nodes { id } } }`);
      expect(shallow.errors).to.equal(undefined);
      expectRefused(await post(strict!.url, `{ products(first: 1) { nodes { company { id } } } }`), "QUERY_TOO_DEEP");
      expectRefused(
        await post(strict!.url, `{ a: __typename b: products(first: 1) { totalCount } c: products { totalCount } }`),
        "TOO_MANY_ALIASES",
      );
      const large = await post(strict!.url, `{ __typename }`, { padding: "x".repeat(3000) });
      expect(large.status).to.equal(413);
      expect(large.errors?.[0].extensions?.code).to.equal("PAYLOAD_TOO_LARGE");
    });
  });
});
