import { expect } from "chai";
import { testGraph } from "./support/graph.js";
import { subgraph } from "./support/client.js";

describe("certifications subgraph (called directly)", () => {
  it("shows KTL's certification package with its budget, committed support and applications", async () => {
    const { dataset } = testGraph();
    const ktl = dataset.institutions.institutions.find((row) => row.abbreviation === "KTL")!;
    const program = dataset.certifications.programs.find((row) => row.operatorInstitutionId === ktl.id && row.year === 2025)!;
    const applications = dataset.certifications.applications.filter((row) => row.programId === program.id);
    const committed = applications
      .filter((row) => ["APPROVED", "TESTING", "CERTIFIED"].includes(row.status))
      .reduce((sum, row) => sum + (row.supportAmount ?? 0), 0);
    const response = await subgraph(
      "certifications",
      `query ($operator: ID!) { certificationPrograms(filter: { operatorId: $operator, year: 2025 }) { nodes {
         id name scope schemes budget perProductCeiling committedAmount remainingBudget operator { id }
         applications(first: 100) { totalCount nodes { status supportAmount product { id } } } } } }`,
      { operator: ktl.id },
    );
    expect(response.errors).to.equal(undefined);
    const [found] = response.data.certificationPrograms.nodes;
    expect(found).to.include({ id: program.id, name: program.name, budget: program.budget, committedAmount: committed });
    expect(found.remainingBudget).to.equal(program.budget - committed);
    expect(found.operator).to.deep.equal({ id: ktl.id });
    expect(found.scope).to.have.members(["DOMESTIC", "INTERNATIONAL"]);
    expect(found.applications.totalCount).to.equal(applications.length);
  });

  it("resolves Certificate, SupportApplication, Product and Institution references through _entities", async () => {
    const { dataset } = testGraph();
    const certificate = dataset.certifications.certificates[0];
    const application = dataset.certifications.applications[0];
    const program = dataset.certifications.programs[0];
    const response = await subgraph(
      "certifications",
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Certificate { id number } ... on SupportApplication { id status }
         ... on Product { id certificates { id } } ... on Institution { id operatedCertificationPrograms { id } } } }`,
      {
        representations: [
          { __typename: "Certificate", id: certificate.id },
          { __typename: "SupportApplication", id: application.id },
          { __typename: "Product", id: certificate.productId },
          { __typename: "Institution", id: program.operatorInstitutionId },
        ],
      },
    );
    expect(response.errors).to.equal(undefined);
    const [cert, app, product, institution] = response.data._entities;
    expect(cert).to.deep.equal({ id: certificate.id, number: certificate.number });
    expect(app).to.deep.equal({ id: application.id, status: application.status });
    expect(product.certificates.map((row: { id: string }) => row.id).sort()).to.deep.equal(
      dataset.certifications.certificates
        .filter((row) => row.productId === certificate.productId)
        .map((row) => row.id)
        .sort(),
    );
    expect(institution.operatedCertificationPrograms.map((row: { id: string }) => row.id)).to.include(program.id);
  });

  it("filters certificates by scheme and market", async () => {
    const expected = testGraph().dataset.certifications.certificates.filter((row) => row.scheme === "CE");
    const response = await subgraph(
      "certifications",
      `{ certificates(filter: { scheme: CE }, first: 100) { totalCount nodes { scheme market } } }`,
    );
    expect(response.errors).to.equal(undefined);
    expect(response.data.certificates.totalCount).to.equal(expected.length);
    expect(
      response.data.certificates.nodes.every((row: { scheme: string; market: string }) => row.scheme === "CE" && row.market === "EU"),
    ).to.equal(true);
  });
});
