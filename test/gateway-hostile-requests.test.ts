import { expect } from "chai";
import { isNonNullType, type GraphQLSchema } from "graphql";
import type { SubgraphName } from "../lib/schema/composition.js";
import { gateway, gatewayData, post, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { gatewaySchema, minimalSelection, operationOn, takesText, valueWithText } from "./support/schema-operations.js";

/**
 * What a hostile or careless client may send. Each request is answered with a 4xx or with GraphQL errors
 * that all carry a code — never a 5xx, never an internal error — and no process goes down.
 */
function expectCodedRefusalOrAnswer(response: { status: number; errors?: GraphQLResponse["errors"] }, what: string) {
  expect(response.status, what).to.be.below(500);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code, `${what}: ${error.message}`).to.be.a("string");
    expect(error.extensions?.code, `${what}: ${error.message}`).to.not.equal("INTERNAL_SERVER_ERROR");
    expect(error.extensions, what).to.not.have.property("stacktrace");
  }
  if (response.status >= 400) expect(response.errors?.length, `${what}: a 4xx explains itself`).to.be.greaterThan(0);
}

/** Sends a raw body and reads the answer as JSON (it must be JSON, whatever was sent). */
async function raw(body: string, headers: Record<string, string>, method = "POST"): Promise<GraphQLResponse> {
  const response = await fetch(testGraph().gatewayUrl, { method, headers, body: method === "GET" ? undefined : body });
  const text = await response.text();
  let parsed: Omit<GraphQLResponse, "status">;
  try {
    parsed = JSON.parse(text) as Omit<GraphQLResponse, "status">;
  } catch {
    throw new Error(`answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, ...parsed };
}

const SQL_INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE products; --",
  '" OR ""="',
  "1; SELECT pg_sleep(10) --",
  "%' UNION SELECT table_name FROM information_schema.tables --",
  "\\'; --",
  "%_%",
  // PostgreSQL cannot store U+0000: answered BAD_USER_INPUT, not an internal error.
  "x\u0000y",
];

describe("gateway against hostile requests", function () {
  this.timeout(120_000);
  let schema: GraphQLSchema;
  let productCount: number;

  before(async () => {
    schema = await gatewaySchema();
    productCount = (await gatewayData(`{ products { totalCount } }`)).products.totalCount;
  });

  it("refuses a depth bomb (200 levels) with a limit code", async () => {
    let selection = "id";
    for (let level = 0; level < 200; level++) selection = `products(first: 1) { nodes { company { ${selection} } } }`;
    const response = await gateway(`{ ${selection} }`);
    expectCodedRefusalOrAnswer(response, "depth bomb");
    expect(response.status).to.equal(400);
    expect(response.errors?.[0].extensions?.code).to.be.oneOf(["QUERY_TOO_DEEP", "TOO_MANY_TOKENS"]);
  });

  it("refuses an alias bomb (a field aliased 300 times) with a limit code", async () => {
    const fields = Array.from({ length: 300 }, (_, index) => `a${index}: products(first: 100) { totalCount }`).join(" ");
    const response = await gateway(`{ ${fields} }`);
    expectCodedRefusalOrAnswer(response, "alias bomb");
    expect(response.status).to.equal(400);
    expect(response.errors?.[0].extensions?.code).to.be.oneOf(["TOO_MANY_ALIASES", "TOO_MANY_TOKENS"]);
  });

  it("counts aliases of __typename too: 100 of them are refused with TOO_MANY_ALIASES", async () => {
    const fields = Array.from({ length: 100 }, (_, index) => `t${index}: __typename`).join(" ");
    const response = await gateway(`{ ${fields} }`);
    expect(response.status).to.equal(400);
    expect(response.errors?.[0].extensions?.code).to.equal("TOO_MANY_ALIASES");
  });

  it("answers an operation it cannot choose with 400 and a code, not a 5xx", async () => {
    const cases = [
      { body: { query: "query A { __typename }", operationName: "B" }, says: /no operation named "B"/ },
      { body: { query: "query A { __typename } query B { __typename }" }, says: /several operations/ },
      // Two anonymous operations break a validation rule before any operation is chosen.
      { body: { query: "{ __typename } { __typename }" }, says: /must be the only defined operation/, code: "GRAPHQL_VALIDATION_FAILED" },
    ];
    for (const { body, says, code = "OPERATION_RESOLUTION_FAILURE" } of cases) {
      for (const path of ["/graphql", "/partner/graphql"]) {
        const response = await fetch(new URL(path, testGraph().gatewayUrl), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as GraphQLResponse;
        expect(response.status, `${path} ${JSON.stringify(body)}`).to.equal(400);
        expect(answer.errors?.[0].extensions?.code).to.equal(code);
        expect(answer.errors?.[0].message).to.match(says);
      }
    }
    // Naming one of several operations runs it.
    const chosen = await fetch(testGraph().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query A { products(first: 1) { totalCount } } query B { __typename }", operationName: "A" }),
    });
    expect(chosen.status).to.equal(200);
    expect(((await chosen.json()) as GraphQLResponse).data?.products.totalCount).to.equal(testGraph().dataset.products.products.length);
  });

  it("refuses a 1 MB query with 413 PAYLOAD_TOO_LARGE", async () => {
    const response = await gateway(`{ products { nodes { ${"id ".repeat(350_000)} } } }`);
    expect(response.status).to.equal(413);
    expect(response.errors?.[0].extensions?.code).to.equal("PAYLOAD_TOO_LARGE");
  });

  it("refuses deeply nested variables (5000 levels) with BAD_USER_INPUT", async () => {
    // Written out by hand: JSON.stringify itself cannot nest that deep.
    const levels = 5000;
    const cases = [
      {
        query: `query ($abbreviation: String!) { institutionByAbbreviation(abbreviation: $abbreviation) { name } }`,
        variables: `{"abbreviation": ${"[".repeat(levels)}"KTL"${"]".repeat(levels)}}`,
      },
      {
        query: `query ($filter: InstitutionFilter) { institutions(filter: $filter) { totalCount } }`,
        variables: `{"filter": ${'{"search": '.repeat(levels)}"x"${"}".repeat(levels)}}`,
      },
    ];
    for (const { query, variables } of cases) {
      const response = await raw(`{"query": ${JSON.stringify(query)}, "variables": ${variables}}`, { "content-type": "application/json" });
      expectCodedRefusalOrAnswer(response, query);
      expect(response.status, query).to.equal(400);
      expect(response.errors?.[0].extensions?.code, query).to.equal("BAD_USER_INPUT");
    }
  });

  it("answers invalid JSON with 400 BAD_REQUEST", async () => {
    for (const body of ['{"query": "{ __typename }"', "{bad json}", "\u0000\u0001", '{"query": }']) {
      const response = await raw(body, { "content-type": "application/json" });
      expect(response.status, body).to.equal(400);
      expect(response.errors?.[0].extensions?.code, body).to.equal("BAD_REQUEST");
    }
  });

  it("answers a query that does not parse with 400 GRAPHQL_PARSE_FAILED", async () => {
    for (const query of [" ", "{", "query {", "}}}", "{ products(first: ) { totalCount } }", '{ "unterminated }']) {
      const response = await gateway(query);
      expect(response.status, query).to.equal(400);
      expect(response.errors?.[0].extensions?.code, query).to.equal("GRAPHQL_PARSE_FAILED");
      expect(response.errors?.[0].message, query).to.match(/^Syntax Error: /);
    }
  });

  it("answers JSON that is not a GraphQL request with a 4xx and a code", async () => {
    for (const body of ["[]", '"query"', "null", "42", '{"query": 42}', '{"query": "{ __typename }", "variables": "x"}', "{}"]) {
      expectCodedRefusalOrAnswer(await raw(body, { "content-type": "application/json" }), body);
    }
  });

  it("answers a wrong content type with 400 and a code (CSRF prevention included)", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"]) {
      for (const preflight of [{}, { "apollo-require-preflight": "true" }] as Array<Record<string, string>>) {
        const response = await raw(body, { "content-type": contentType, ...preflight });
        expectCodedRefusalOrAnswer(response, contentType);
        expect(response.status, contentType).to.equal(400);
        expect(response.errors?.[0].extensions?.code, contentType).to.equal("BAD_REQUEST");
      }
    }
    const charset = await raw(body, { "content-type": "application/json; charset=latin2" });
    expect(charset.status).to.equal(415);
    expect(charset.errors?.[0].extensions?.code).to.equal("UNSUPPORTED_MEDIA_TYPE");
  });

  it("refuses invalid scalar values with a code, as literals and as variables", async () => {
    const cases: Array<[string, Record<string, unknown>?]> = [
      [`{ products(first: 1) { nodes { isDesignatedOn(date: "2024-13-45") } } }`],
      [`query ($date: Date!) { products(first: 1) { nodes { isDesignatedOn(date: $date) } } }`, { date: "yesterday" }],
      [`query ($date: Date!) { products(first: 1) { nodes { isDesignatedOn(date: $date) } } }`, { date: 20240101 }],
      [`{ products(first: 99999999999) { totalCount } }`],
      [`query ($first: Int) { products(first: $first) { totalCount } }`, { first: 1.5 }],
      [`query ($first: Int) { products(first: $first) { totalCount } }`, { first: "10" }],
      [`{ products(first: -1) { totalCount } }`],
      [`query ($id: ID!) { product(id: $id) { name } }`, { id: { nested: true } }],
      [`{ procurementSummary(agency: NOT_AN_AGENCY, throughYear: 2024) { designatedProducts } }`],
      [`{ procurementSummary(agency: MOTIE, throughYear: 99999) { designatedProducts } }`],
    ];
    for (const [query, variables] of cases) {
      const response = await gateway(query, variables);
      expectCodedRefusalOrAnswer(response, query);
      expect(response.errors?.length, `${query} is refused`).to.be.greaterThan(0);
    }
  });

  it("treats SQL-injection strings in every string argument of every Query field as plain text", async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    let requests = 0;
    for (const field of fields) {
      for (const target of field.args.filter((argument) => takesText(argument.type))) {
        for (const payload of SQL_INJECTIONS) {
          const { query, variables } = operationOn(
            field,
            (argument) =>
              argument === target
                ? valueWithText(argument.type, payload)
                : isNonNullType(argument.type)
                  ? valueWithText(argument.type, "x")
                  : undefined,
            minimalSelection(field.type),
          );
          expectCodedRefusalOrAnswer(await gateway(query, variables), `${field.name}(${target.name}: ${JSON.stringify(payload)})`);
          requests++;
        }
      }
    }
    expect(requests, "string arguments found by introspection").to.be.greaterThan(10 * SQL_INJECTIONS.length);
    // Nothing was dropped or changed.
    expect((await gatewayData(`{ products { totalCount } }`)).products.totalCount).to.equal(productCount);
  });

  it("leaves every process alive and ready", async () => {
    const urls = [
      testGraph().gatewayUrl,
      ...(Object.keys(testGraph().subgraphUrls) as SubgraphName[]).map((name) => testGraph().subgraphUrls[name]),
    ];
    for (const url of urls) {
      expect((await fetch(new URL("/health", url))).status, url).to.equal(200);
      expect((await fetch(new URL("/ready", url))).status, url).to.equal(200);
    }
    expect((await post(testGraph().gatewayUrl, `{ products(first: 1) { totalCount } }`)).errors).to.equal(undefined);
  });
});
