import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import {
  buildSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { readExampleOperations } from "../gateway/src/explorer/operations.js";

const schemaFile = (name: string) => buildSchema(readFileSync(new URL(`../schema/${name}`, import.meta.url), "utf8"));
const operationsDirectory = fileURLToPath(new URL("../schema/operations/", import.meta.url));
const operations = readExampleOperations(operationsDirectory);
const operationOf = (query: string) =>
  parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;

/** Paths of selections on a type with an `id` that do not select it (a normalising cache could not key them). */
function selectionsWithoutId(schema: GraphQLSchema, query: string): string[] {
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  const path: string[] = [];
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(field) {
          path.push(field.alias?.value ?? field.name.value);
          const type = getNamedType(typeInfo.getType());
          if (!field.selectionSet || !isObjectType(type) || !type.getFields().id) return;
          const selects = field.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === "id");
          if (!selects) missing.push(path.join("."));
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return missing;
}

describe("the README's example operations (schema/operations)", () => {
  const api = schemaFile("api.graphql");
  const partner = schemaFile("partner-api.graphql");

  it("hold the README's queries and a query that finds every id a mutation example needs, each named", () => {
    const names = operations.map(({ name }) => name);
    expect(names).to.include.members([
      "ProgramFigures",
      "LeadBuyer",
      "ProductPage",
      "LeadBuyerDashboard",
      "FindInstitution",
      "FindProducts",
    ]);
    expect(names.filter((name) => name === "(anonymous)")).to.deep.equal([]);
    expect(new Set(names).size, "operation names are unique").to.equal(names.length);
    // One example for every mutation of the API.
    const mutations = operations.filter(({ query }) => operationOf(query).operation === "mutation");
    const called = mutations.map(({ query }) => (operationOf(query).selectionSet.selections[0] as { name: { value: string } }).name.value);
    expect(called).to.have.members(Object.keys(api.getMutationType()!.getFields()));
  });

  for (const operation of operations) {
    describe(operation.name, () => {
      it("is valid against the API schema, with its example variables", () => {
        expect(validate(api, parse(operation.query)).map(({ message }) => message)).to.deep.equal([]);
        const definition = operationOf(operation.query);
        const given = operation.variables ? JSON.parse(operation.variables) : {};
        const coerced = getVariableValues(api, definition.variableDefinitions ?? [], given);
        expect(coerced.errors?.map(({ message }) => message) ?? []).to.deep.equal([]);
      });

      it(operation.partner ? "is valid against the partner schema" : "is outside the partner contract, as it says", () => {
        const errors = validate(partner, parse(operation.query)).map(({ message }) => message);
        if (operation.partner) expect(errors).to.deep.equal([]);
        else expect(errors).to.not.deep.equal([]);
      });

      it("selects the id of every object that has one", () => {
        expect(selectionsWithoutId(api, operation.query)).to.deep.equal([]);
      });
    });
  }

  it("the README shows each of its GraphQL examples exactly as schema/operations holds it", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks.length).to.be.at.least(4);
    for (const block of blocks) {
      const definition = operationOf(block);
      expect(definition.name, `a README example without a name:\n${block}`).to.not.equal(undefined);
      const kept = operations.find(({ name }) => name === definition.name!.value);
      expect(kept, `${definition.name!.value} is not in schema/operations`).to.not.equal(undefined);
      expect(print(parse(block))).to.equal(kept!.query);
    }
  });
});
