import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { buildSchema, isObjectType } from "graphql";
import { schemaHash } from "../lib/schema/api-schema.js";
import { readChangelog } from "../lib/schema/schema-versions.js";
import { post } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { tokenFor } from "./support/tokens.js";

/** /partner/graphql and the two schema URLs, over HTTP against the running gateway. */
const partnerUrl = () => new URL("/partner/graphql", testGraph().gatewayUrl).toString();
const schemaUrl = (route: string) => new URL(route, testGraph().gatewayUrl).toString();

describe("partner contract (/partner/graphql)", () => {
  it("GET /partner/schema.graphql lacks every internal field and type, which GET /schema.graphql has", async () => {
    const full = buildSchema(await (await fetch(schemaUrl("/schema.graphql"))).text());
    const partner = buildSchema(await (await fetch(schemaUrl("/partner/schema.graphql"))).text());
    const fields = (schema: typeof full, typeName: string) => {
      const type = schema.getType(typeName);
      return isObjectType(type) ? Object.keys(type.getFields()) : [];
    };
    expect(fields(full, "Company")).to.include("businessRegistrationNumber");
    expect(fields(partner, "Company")).to.include("name").and.not.include("businessRegistrationNumber");
    expect(fields(full, "Query")).to.include("designationApplication");
    expect(fields(partner, "Query")).to.include("products").and.not.include("designationApplication");
    expect(fields(full, "DesignationRound")).to.include("applications");
    expect(fields(partner, "DesignationRound")).to.include("title").and.not.include("applications");
    expect(partner.getType("DesignationApplication")).to.equal(undefined);
    expect(partner.getType("EvaluationScores")).to.equal(undefined);
  });

  for (const [what, query] of [
    ["a company's business registration number", "{ companies(first: 1) { nodes { name businessRegistrationNumber } } }"],
    ["a round's applications", "{ designationRounds(first: 1) { nodes { applications { totalCount } } } }"],
    ["an application by id", '{ designationApplication(id: "00000000-0000-4000-8000-000000000000") { id } }'],
  ] as const) {
    it(`querying ${what} there is a GRAPHQL_VALIDATION_FAILED error, even for the administrator`, async () => {
      const token = await tokenFor("administrator");
      const response = await post(partnerUrl(), query, undefined, { authorization: `Bearer ${token}` });
      expect(response.status).to.equal(400);
      expect(response.data).to.equal(undefined);
      expect(response.errors?.[0].extensions?.code).to.equal("GRAPHQL_VALIDATION_FAILED");
    });
  }

  it("a public field works there, with the same data as /graphql", async () => {
    const query = "{ products(first: 3) { totalCount nodes { id name company { name } } } }";
    const partner = await post(partnerUrl(), query);
    expect(partner.errors, JSON.stringify(partner.errors)).to.equal(undefined);
    expect(partner.data.products.nodes).to.have.length(3);
    const full = await post(testGraph().gatewayUrl, query);
    expect(partner.data).to.deep.equal(full.data);
  });

  it("the internal field still answers on /graphql for a caller allowed to read it", async () => {
    const token = await tokenFor("administrator");
    const response = await post(testGraph().gatewayUrl, "{ companies(first: 1) { nodes { businessRegistrationNumber } } }", undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    expect(response.data.companies.nodes[0].businessRegistrationNumber).to.match(/^\d{3}-\d{2}-\d{5}$/);
  });
});

describe("schema URLs (GET /schema.graphql, GET /partner/schema.graphql)", () => {
  for (const [route, hashKey] of [
    ["/schema.graphql", "hash"],
    ["/partner/schema.graphql", "partnerHash"],
  ] as const) {
    it(`${route} serves the published SDL with its version, an ETag, and 304 for a matching If-None-Match`, async () => {
      const latest = readChangelog(fileURLToPath(new URL("../schema/changelog.json", import.meta.url))).versions[0];
      const response = await fetch(schemaUrl(route));
      expect(response.status).to.equal(200);
      expect(response.headers.get("content-type")).to.match(/^text\/plain; charset=utf-8/);
      const sdl = await response.text();
      expect(response.headers.get("etag")).to.equal(`"${schemaHash(sdl)}"`);
      expect(response.headers.get("etag")).to.equal(`"${latest[hashKey]}"`);
      expect(response.headers.get("x-schema-version")).to.equal(latest.version);
      expect(response.headers.get("cache-control")).to.match(/must-revalidate/);

      const cached = await fetch(schemaUrl(route), { headers: { "if-none-match": response.headers.get("etag")! } });
      expect(cached.status).to.equal(304);
      expect(await cached.text()).to.equal("");
      const stale = await fetch(schemaUrl(route), { headers: { "if-none-match": '"000000000000"' } });
      expect(stale.status).to.equal(200);
    });
  }
});
