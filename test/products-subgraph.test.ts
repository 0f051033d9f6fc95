import { expect } from "chai";
import { addYears } from "../lib/domain/dates.js";
import { testGraph } from "./support/graph.js";
import { subgraph, type GraphQLResponse } from "./support/client.js";

describe("products subgraph (called directly)", () => {
  it("finds a product by designation number with its company", async () => {
    const product = testGraph().dataset.products.products.find((row) => row.designatingAgency === "MOTIE")!;
    const company = testGraph().dataset.products.companies.find((row) => row.id === product.companyId)!;
    const response = await subgraph(
      "products",
      `query ($number: String!) { productByDesignationNumber(designationNumber: $number) {
         id name designatedOn validUntil designatingAgency unitPrice company { id name businessRegistrationNumber } } }`,
      { number: product.designationNumber },
    );
    expect(response.errors).to.equal(undefined);
    expect(response.data.productByDesignationNumber).to.deep.equal({
      id: product.id,
      name: product.name,
      designatedOn: product.designatedOn,
      validUntil: addYears(product.designatedOn, 3),
      designatingAgency: "MOTIE",
      unitPrice: product.unitPrice,
      company: { id: company.id, name: company.name, businessRegistrationNumber: company.businessRegistrationNumber },
    });
  });

  it("resolves Product, Company, DesignationRound and DesignationApplication references through _entities", async () => {
    const { products, companies, rounds, applications } = testGraph().dataset.products;
    const representations = [
      { __typename: "Product", id: products[0].id },
      { __typename: "Company", id: companies[0].id },
      { __typename: "DesignationRound", id: rounds[0].id },
      { __typename: "DesignationApplication", id: applications[0].id },
      { __typename: "Product", id: "00000000-0000-4000-8000-00000000dead" },
    ];
    const response = await subgraph(
      "products",
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Product { id designationNumber } ... on Company { id name } ... on DesignationRound { id title }
         ... on DesignationApplication { id productName } } }`,
      { representations },
    );
    expect(response.errors).to.equal(undefined);
    expect(response.data._entities).to.deep.equal([
      { id: products[0].id, designationNumber: products[0].designationNumber },
      { id: companies[0].id, name: companies[0].name },
      { id: rounds[0].id, title: rounds[0].title },
      { id: applications[0].id, productName: applications[0].productName },
      null,
    ]);
  });

  it("filters and pages products: pages join up without gaps or repeats", async () => {
    const query = `query ($after: String) { products(filter: { designatingAgency: MOTIE, designatedYear: 2022 }, first: 30, after: $after) {
      totalCount nodes { id designatedOn designatingAgency } pageInfo { hasNextPage endCursor } } }`;
    const expected = testGraph().dataset.products.products.filter(
      (row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2022"),
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const response: GraphQLResponse = await subgraph("products", query, { after });
      expect(response.errors).to.equal(undefined);
      const page: {
        totalCount: number;
        nodes: Array<{ id: string; designatedOn: string; designatingAgency: string }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = response.data.products;
      expect(page.totalCount).to.equal(expected.length);
      for (const node of page.nodes) {
        expect(node.designatingAgency).to.equal("MOTIE");
        expect(node.designatedOn.startsWith("2022")).to.equal(true);
      }
      seen.push(...page.nodes.map((node: { id: string }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).to.equal(seen.length);
    expect(seen.sort()).to.deep.equal(expected.map((row) => row.id).sort());
  });

  it("shows MOTIE's 2025 round open from 2025-02-27 to 2025-03-26 with applications in it", async () => {
    const response = await subgraph(
      "products",
      `{ designationRounds(agency: MOTIE, year: 2025) { nodes { opensOn closesOn applications(first: 5) { totalCount nodes { stage } } } } }`,
    );
    expect(response.errors).to.equal(undefined);
    const [round] = response.data.designationRounds.nodes;
    expect(round.opensOn).to.equal("2025-02-27");
    expect(round.closesOn).to.equal("2025-03-26");
    const seeded = testGraph().dataset.products;
    const seededRound = seeded.rounds.find((row) => row.agency === "MOTIE" && row.year === 2025)!;
    expect(round.applications.totalCount).to.equal(seeded.applications.filter((row) => row.roundId === seededRound.id).length);
  });

  it("refuses bad input with BAD_USER_INPUT and a sentence naming the problem", async () => {
    const badId = await subgraph("products", `{ product(id: "42") { id } }`);
    expect(badId.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
    expect(badId.errors?.[0].message).to.match(/not a valid id/);

    const tooMany = await subgraph("products", `{ products(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].message).to.match(/0 to 100/);

    const badCursor = await subgraph("products", `{ products(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");

    const badDate = await subgraph("products", `query ($d: Date!) { products(first: 1) { nodes { isDesignatedOn(date: $d) } } }`, {
      d: "2025-02-30",
    });
    expect(badDate.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
  });
});
