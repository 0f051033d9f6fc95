import { expect } from "chai";
import { buildSchema, parse } from "graphql";
import { readCostDirectives } from "../gateway/src/demand-control/cost-directives.js";
import { actualCost, estimatedCost } from "../gateway/src/demand-control/static-cost.js";

/** A small schema with every shape the cost model knows: pages, plain lists, weights, an interface and a union. */
const SDL = `
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    products(first: Int = 20, last: Int, filter: ProductFilter): ProductConnection @listSize(slicingArguments: ["first", "last"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
    product(id: ID!): Product
    tags: [String!]
    unsized: [Product!]
    search(text: String @cost(weight: 3)): [SearchResult!] @listSize(assumedSize: 5)
    things: [Thing!] @listSize(assumedSize: 4)
  }
  type Mutation { revoke(id: ID!): Product }
  input ProductFilter { name: String @cost(weight: 2) field: Field }
  enum Field { ICT BIO }
  type ProductConnection { nodes: [Product!]! totalCount: Int! }
  type Product { id: ID! name: String! company: Company! total: Int @cost(weight: 7) certificates: [Certificate!] @listSize(assumedSize: 8) }
  type Company { name: String! }
  type Certificate @cost(weight: 2) { scheme: String! }
  union SearchResult = Product | Company
  interface Thing { id: ID! }
  type Gadget implements Thing { id: ID! maker: Company! }
  type Widget implements Thing { id: ID! parts: [Company!] @listSize(assumedSize: 3) }
`;
const schema = buildSchema(SDL);
const directives = readCostDirectives(SDL);

const estimate = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  estimatedCost({ schema, directives, document: parse(query), variables, operationName, defaultListSize: 100 });
const actual = (query: string, data: Record<string, unknown>, variables?: Record<string, unknown>) =>
  actualCost({ schema, directives, document: parse(query), variables, defaultListSize: 100 }, data);

describe("demand control > estimated cost (Apollo Router's static cost model)", () => {
  it("counts 1 per object and 0 per scalar or enum; a mutation starts at 10", () => {
    expect(estimate(`{ product(id: "1") { id name company { name } } }`)).to.equal(2);
    expect(estimate(`mutation { revoke(id: "1") { id company { name } } }`)).to.equal(12);
  });

  it("sizes a page by its slicing argument: a literal, a variable, the variable's default, the argument's default", () => {
    const page = (first: string) => `{ products${first} { totalCount nodes { name company { name } } } }`;
    // 1 for the connection, then `first` × (product + company).
    expect(estimate(page("(first: 5)"))).to.equal(1 + 5 * 2);
    expect(estimate(`query ($n: Int) ${page("(first: $n)")}`, { n: 5 })).to.equal(1 + 5 * 2);
    expect(estimate(`query ($n: Int = 7) ${page("(first: $n)")}`)).to.equal(1 + 7 * 2);
    expect(estimate(`query ($n: Int = 7) ${page("(first: $n)")}`, { n: 3 })).to.equal(1 + 3 * 2);
    expect(estimate(`query ($n: Int) ${page("(first: $n)")}`)).to.equal(1 + 20 * 2);
    expect(estimate(`query ($n: Int) ${page("(first: $n)")}`, { n: null })).to.equal(1 + 20 * 2);
    expect(estimate(page(""))).to.equal(1 + 20 * 2);
    // The largest slicing argument wins; a negative one counts as none.
    expect(estimate(page("(first: 2, last: 9)"))).to.equal(1 + 9 * 2);
    expect(estimate(page("(first: -4)"))).to.equal(1);
  });

  it("multiplies nested lists, and uses assumedSize, @cost on fields and types, and the default list size", () => {
    // certificates: 8 assumed × weight 2 of Certificate; total: weight 7.
    expect(estimate(`{ products(first: 10) { nodes { total certificates { scheme } } } }`)).to.equal(1 + 10 * (1 + 7 + 8 * 2));
    expect(estimate(`{ unsized { name } }`)).to.equal(100);
    expect(estimate(`{ tags }`)).to.equal(0);
  });

  it("costs arguments: an input object 1 plus its weighted fields, a weighted argument its weight", () => {
    expect(estimate(`{ products(first: 1, filter: { name: "x", field: ICT }) { totalCount } }`)).to.equal(1 + 1 + 2);
    expect(estimate(`query ($f: ProductFilter) { products(first: 1, filter: $f) { totalCount } }`, { f: { field: "BIO" } })).to.equal(
      1 + 1,
    );
    expect(estimate(`{ search(text: "x") { __typename } }`)).to.equal(5 + 3);
    // A value of the wrong shape costs nothing here (coercion refuses it), however deep it nests.
    let deep: unknown = "x";
    for (let level = 0; level < 5000; level++) deep = [deep];
    expect(estimate(`query ($text: String) { search(text: $text) { __typename } }`, { text: deep })).to.equal(5);
  });

  it("adds fragments, inline fragments and every branch of an abstract type, and drops what @skip/@include leave out", () => {
    const fragment = `fragment P on Product { company { name } }`;
    expect(estimate(`{ product(id: "1") { ...P } } ${fragment}`)).to.equal(2);
    expect(estimate(`{ product(id: "1") { ... on Product { company { name } } } }`)).to.equal(2);
    // 5 results × (1 + a product's company 1 + nothing for a company's name).
    expect(estimate(`{ search { ... on Product { company { name } } ... on Company { name } } }`)).to.equal(5 * 2);
    // 4 things × (1 + a gadget's maker 1 + a widget's 3 parts).
    expect(estimate(`{ things { id ... on Gadget { maker { name } } ... on Widget { parts { name } } } }`)).to.equal(4 * (1 + 1 + 3));
    const skippable = `query ($skip: Boolean!, $include: Boolean = true) { product(id: "1") { company @skip(if: $skip) { name } c: company @include(if: $include) { name } } }`;
    expect(estimate(skippable, { skip: true })).to.equal(2);
    expect(estimate(skippable, { skip: false, include: false })).to.equal(2);
    expect(estimate(skippable, { skip: false })).to.equal(3);
  });

  it("costs the operation named by operationName", () => {
    const document = `query A { product(id: "1") { id } } query B { products(first: 3) { nodes { id } } }`;
    expect(estimate(document, {}, "A")).to.equal(1);
    expect(estimate(document, {}, "B")).to.equal(4);
  });

  it("reads the directives under the names the supergraph's @link gives them", () => {
    const renamed = `
      schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: [{ name: "@listSize", as: "@size" }], as: "price") { query: Query }
      directive @price(weight: Int!) on FIELD_DEFINITION
      directive @size(assumedSize: Int) on FIELD_DEFINITION
      directive @link(url: String!, import: [link__Import], as: String) repeatable on SCHEMA
      scalar link__Import
      type Query { items: [Item!] @size(assumedSize: 6) }
      type Item { value: Int @price(weight: 4) }`;
    const read = readCostDirectives(renamed);
    expect(read.listSizes.get("Query.items")?.assumedSize).to.equal(6);
    expect(read.weights.get("Item.value")).to.equal(4);
  });
});

describe("demand control > actual cost", () => {
  it("counts the objects and list items returned, with the same weights", () => {
    const query = `{ products(first: 10) { nodes { name total certificates { scheme } } } }`;
    const data = {
      products: {
        nodes: [
          { name: "a", total: 1, certificates: [{ scheme: "KC" }, { scheme: "CE" }] },
          { name: "b", total: null, certificates: [] },
        ],
      },
    };
    // The connection 1; two products 1 each; one total 7 (a null costs its weight too, as Router counts it); two certificates 2 each.
    expect(actual(query, data)).to.equal(1 + 2 + 7 + 7 + 2 * 2);
  });

  it("counts a null object as nothing, and follows fragments by the object's __typename", () => {
    expect(actual(`{ product(id: "1") { company { name } } }`, { product: null })).to.equal(0);
    const query = `{ search { __typename ... on Product { company { name } } ... on Company { name } } }`;
    const data = {
      search: [
        { __typename: "Product", company: { name: "x" } },
        { __typename: "Company", name: "y" },
      ],
    };
    expect(actual(query, data)).to.equal(1 + 1 + 1);
  });

  it("adds the mutation's base cost", () => {
    expect(actual(`mutation { revoke(id: "1") { id } }`, { revoke: { id: "1" } })).to.equal(11);
  });
});
