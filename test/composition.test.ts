import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { buildSchema, isObjectType, type GraphQLSchema } from "graphql";
import { composeSupergraph, readCommittedSdl } from "../lib/schema/composition.js";
import { composeSchemas } from "../lib/schema/schema-check.js";
import { schemaFiles } from "../lib/schema/schema-versions.js";

const files = schemaFiles(fileURLToPath(new URL("../schema", import.meta.url)));

describe("composition", () => {
  it("every committed artifact is what composing the subgraph SDLs gives now", () => {
    const result = composeSchemas(files);
    if (!result.ok) return expect.fail(`composition failed:\n${result.errors.join("\n")}`);
    const stale = "run `npm run compose` and commit the result";
    expect(readFileSync(files.supergraph, "utf8"), `schema/supergraph.graphql: ${stale}`).to.equal(result.schemas.supergraph);
    expect(readFileSync(files.partnerSupergraph, "utf8"), `schema/partner-supergraph.graphql: ${stale}`).to.equal(
      result.schemas.partnerSupergraph,
    );
    expect(readFileSync(files.api, "utf8"), `schema/api.graphql: ${stale}`).to.equal(result.schemas.api);
    expect(readFileSync(files.partnerApi, "utf8"), `schema/partner-api.graphql: ${stale}`).to.equal(result.schemas.partnerApi);
  });

  it("the partner contract leaves out exactly what is tagged internal, and keeps the rest", () => {
    const result = composeSchemas(files);
    if (!result.ok) return expect.fail(result.errors.join("\n"));
    const full = buildSchema(result.schemas.api);
    const partner = buildSchema(result.schemas.partnerApi);
    const internal = [
      "Company.businessRegistrationNumber",
      "DesignationApplication.scores",
      "Query.designationApplication",
      "DesignationRound.applications",
    ];
    for (const coordinate of internal) {
      expect(fieldAt(full, coordinate), coordinate).to.equal(true);
      expect(fieldAt(partner, coordinate), coordinate).to.equal(false);
    }
    expect(partner.getType("EvaluationScores")).to.equal(undefined);
    for (const kept of ["Company.name", "Query.productByDesignationNumber", "DesignationRound.title"])
      expect(fieldAt(partner, kept), kept).to.equal(true);
  });

  it("a subgraph change that breaks composition fails with the error, naming the subgraphs", () => {
    const result = composeSupergraph((name) => {
      const sdl = readCommittedSdl(name);
      // A shared value type that one subgraph redefines incompatibly.
      return name === "institutions" ? sdl.replace("hasNextPage: Boolean!", "hasNextPage: String!") : sdl;
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]).to.match(/^\[FIELD_TYPE_MISMATCH\] .*PageInfo\.hasNextPage.*\(subgraphs: .*institutions.*\)$/);
  });

  it("an error inside one subgraph is prefixed with that subgraph's name", () => {
    const result = composeSupergraph((name) => {
      const sdl = readCommittedSdl(name);
      return name === "exhibitions" ? `${sdl}\ntype Broken { field: NoSuchType }\n` : sdl;
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.join("\n")).to.match(/\[exhibitions\].*NoSuchType.*\(subgraphs: exhibitions\)/);
  });
});

function fieldAt(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, field] = coordinate.split(".");
  const type = schema.getType(typeName);
  return isObjectType(type) && field in type.getFields();
}
