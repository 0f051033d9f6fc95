import { createHash, randomUUID } from "node:crypto";
import { expect } from "chai";
import { testGraph } from "./support/graph.js";

/**
 * Requests the graph does not serve as asked (a subscription, a persisted-query extension it cannot use)
 * are the client's mistake: HTTP 4xx (or Apollo's documented 200 for an unknown persisted-query hash)
 * and a code of their own on both endpoints, never an internal error.
 */
interface Answer {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

const endpoints = () => [testGraph().gatewayUrl, new URL("/partner/graphql", testGraph().gatewayUrl).toString()];

async function send(url: string, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const persisted = (version: unknown, sha256Hash: unknown) => ({ persistedQuery: { version, sha256Hash } });

function expectRefusal(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).to.equal(status);
  expect(answer.body.data ?? null).to.equal(null);
  expect(answer.body.errors?.map((error) => error.extensions?.code)).to.deep.equal([code]);
  expect(answer.body.errors?.[0].message).to.not.match(/^\s*$|stack|at .*\.js/);
}

describe("gateway: subscriptions and persisted queries answer client errors", () => {
  it("refuses a subscription with HTTP 400 SUBSCRIPTIONS_NOT_SUPPORTED on both endpoints", async () => {
    for (const url of endpoints()) {
      expectRefusal(await send(url, { query: "subscription { products { totalCount } }" }), 400, "SUBSCRIPTIONS_NOT_SUPPORTED");
      // Named, beside a query that would run: only the chosen operation is refused.
      const document = "query Count { products(first: 1) { totalCount } } subscription Watch { products { totalCount } }";
      expectRefusal(await send(url, { query: document, operationName: "Watch" }), 400, "SUBSCRIPTIONS_NOT_SUPPORTED");
      const count = await send(url, { query: document, operationName: "Count" });
      expect(count.body.errors, url).to.equal(undefined);
      expect(count.body.data.products.totalCount).to.be.a("number");
    }
  });

  it("answers an unknown hash PERSISTED_QUERY_NOT_FOUND, then serves the query once registered", async () => {
    // A query no other test registers, so its hash is unknown to the gateway until this test sends it.
    const query = `{ products(first: 1) { totalCount } } # ${randomUUID()}`;
    for (const url of endpoints()) {
      const unknown = await send(url, { extensions: persisted(1, sha256(query)) });
      expect(unknown.status).to.equal(200);
      expect(unknown.body.errors?.map((error) => error.extensions?.code)).to.deep.equal(["PERSISTED_QUERY_NOT_FOUND"]);

      const registered = await send(url, { query, extensions: persisted(1, sha256(query)) });
      expect(registered.body.errors).to.equal(undefined);
      const byHash = await send(url, { extensions: persisted(1, sha256(query)) });
      expect(byHash.body.errors).to.equal(undefined);
      expect(byHash.body.data).to.deep.equal(registered.body.data);
    }
  });

  it("refuses a hash that is not the query's with HTTP 400 PERSISTED_QUERY_HASH_MISMATCH", async () => {
    const query = "{ products(first: 1) { totalCount } }";
    for (const url of endpoints()) {
      for (const hash of [sha256(`${query} `), "abc", 42, null]) {
        expectRefusal(await send(url, { query, extensions: persisted(1, hash) }), 400, "PERSISTED_QUERY_HASH_MISMATCH");
      }
    }
  });

  it("refuses a persisted-query version other than 1 with HTTP 400 PERSISTED_QUERY_VERSION_NOT_SUPPORTED", async () => {
    const query = "{ products(first: 1) { totalCount } }";
    for (const url of endpoints()) {
      for (const version of [2, 0, "1", null]) {
        expectRefusal(
          await send(url, { query, extensions: persisted(version, sha256(query)) }),
          400,
          "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
        );
        expectRefusal(await send(url, { extensions: persisted(version, sha256(query)) }), 400, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED");
      }
      expectRefusal(await send(url, { query, extensions: { persistedQuery: "yes" } }), 400, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED");
    }
  });
});
