import { expect } from "chai";
import { testGraph } from "./support/graph.js";
import { subgraph } from "./support/client.js";

describe("institutions subgraph (called directly)", () => {
  it("lists institutions with filters and pages", async () => {
    const { institutions } = testGraph().dataset.institutions;
    const publicInstitutions = institutions.filter((row) => row.type === "PUBLIC_INSTITUTION");
    const response = await subgraph(
      "institutions",
      `{ institutions(filter: { type: PUBLIC_INSTITUTION }, first: 100) { totalCount nodes { id type } } }`,
    );
    expect(response.errors).to.equal(undefined);
    expect(response.data.institutions.totalCount).to.equal(publicInstitutions.length);
    expect(response.data.institutions.nodes.every((node: { type: string }) => node.type === "PUBLIC_INSTITUTION")).to.equal(true);
  });

  it("gives an institution's purchases, yearly total and target from its own rows", async () => {
    const { institutions, purchases, purchaseTargets } = testGraph().dataset.institutions;
    const ktl = institutions.find((row) => row.abbreviation === "KTL")!;
    const ktl2025 = purchases.filter((row) => row.institutionId === ktl.id && row.contractedOn.startsWith("2025"));
    const target = purchaseTargets.find((row) => row.institutionId === ktl.id && row.year === 2025)!;
    const response = await subgraph(
      "institutions",
      `query ($id: ID!) { institution(id: $id) { abbreviation totalPurchased(year: 2025)
         purchases(year: 2025, first: 100) { totalCount nodes { amount contractedOn institution { id } } }
         purchaseTarget(year: 2025) { year targetAmount achievedAmount } noTarget: purchaseTarget(year: 2019) { year } } }`,
      { id: ktl.id },
    );
    expect(response.errors).to.equal(undefined);
    const institution = response.data.institution;
    const total = ktl2025.reduce((sum, row) => sum + row.amount, 0);
    expect(institution.totalPurchased).to.equal(total);
    expect(institution.purchases.totalCount).to.equal(ktl2025.length);
    const dates = institution.purchases.nodes.map((node: { contractedOn: string }) => node.contractedOn);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(institution.purchaseTarget).to.deep.equal({ year: 2025, targetAmount: target.targetAmount, achievedAmount: total });
    expect(institution.noTarget).to.equal(null);
  });

  it("resolves Institution, Purchase, Product and program-figure references through _entities", async () => {
    const { institutions, purchases } = testGraph().dataset.institutions;
    const purchase = purchases[0];
    const productTotal = purchases.filter((row) => row.productId === purchase.productId).reduce((sum, row) => sum + row.amount, 0);
    const motie2024 = purchases
      .filter((row) => row.productAgency === "MOTIE" && row.contractedOn.startsWith("2024"))
      .reduce((sum, row) => sum + row.amount, 0);
    const response = await subgraph(
      "institutions",
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Institution { id name } ... on Purchase { id amount }
         ... on Product { id totalProcurement } ... on AnnualProgramFigures { year procurementGenerated }
         ... on ProcurementSummary { throughYear procurementGenerated } } }`,
      {
        representations: [
          { __typename: "Institution", id: institutions[0].id },
          { __typename: "Purchase", id: purchase.id },
          { __typename: "Product", id: purchase.productId },
          { __typename: "AnnualProgramFigures", agency: "MOTIE", year: 2024 },
          { __typename: "ProcurementSummary", agency: "MOTIE", throughYear: 2024 },
        ],
      },
    );
    expect(response.errors).to.equal(undefined);
    expect(response.data._entities).to.deep.equal([
      { id: institutions[0].id, name: institutions[0].name },
      { id: purchase.id, amount: purchase.amount },
      { id: purchase.productId, totalProcurement: productTotal },
      { year: 2024, procurementGenerated: motie2024 },
      { throughYear: 2024, procurementGenerated: 518_600_000_000 },
    ]);
  });

  it("refuses malformed input with BAD_USER_INPUT", async () => {
    const response = await subgraph("institutions", `{ purchases(filter: { year: 99999 }) { totalCount } }`);
    expect(response.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
    const badId = await subgraph("institutions", `{ institution(id: "KTL") { id } }`);
    expect(badId.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
  });
});
