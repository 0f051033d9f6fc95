import { randomUUID } from "node:crypto";
import { expect } from "chai";
import { todayInKorea } from "../../lib/domain/dates.js";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";

/**
 * Concurrent writes to the certifications subgraph, as real parallel HTTP requests through the
 * gateway. The database holds the rules: the budget trigger and CHECK (approvals), the partial unique
 * index (one active application per product and scheme) and the idempotency key's primary key. The
 * products are MOTIE 2025 designations with no seeded application, taken from the back of that list
 * (the mutation tests take from the front).
 */
const APPLY = `mutation ($input: ApplyForCertificationSupportInput!) { applyForCertificationSupport(input: $input) { id status program { id } } }`;
const DECIDE = `mutation ($input: DecideCertificationSupportInput!) { decideCertificationSupport(input: $input) { id status supportAmount } }`;

function freshProductsFromTheBack() {
  const { dataset } = testGraph();
  const applied = new Set(dataset.certifications.applications.map((row) => row.productId));
  return dataset.products.products
    .filter((row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025") && !row.revokedOn && !applied.has(row.id))
    .reverse();
}
let taken = 0;
const nextProduct = () => freshProductsFromTheBack()[taken++];

async function openProgram(budget: number, perProductCeiling: number) {
  const ktl = testGraph().dataset.institutions.institutions.find((row) => row.abbreviation === "KTL")!;
  const data = await gatewayData(`mutation ($input: OpenCertificationProgramInput!) { openCertificationProgram(input: $input) { id } }`, {
    input: {
      name: "혁신제품 인증 지원 동시성 시험",
      nameEn: "Certification support concurrency trial",
      operatorId: ktl.id,
      year: Number(todayInKorea().slice(0, 4)),
      scope: ["DOMESTIC", "INTERNATIONAL"],
      schemes: ["KC", "KS", "CE"],
      perProductCeiling,
      budget,
      applicationOpensOn: "2025-01-01",
      applicationClosesOn: "2099-12-31",
    },
  });
  return data.openCertificationProgram.id as string;
}

async function programState(id: string) {
  const data = await gatewayData(
    `query ($id: ID!) { certificationProgram(id: $id) { budget committedAmount remainingBudget applications(first: 100) { totalCount nodes { id status supportAmount } } } }`,
    { id },
  );
  return data.certificationProgram;
}

describe("concurrent certification support", () => {
  it("10 simultaneous approvals of KRW 30,000,000 on a KRW 100,000,000 budget: exactly 3 succeed, the budget is never overspent", async () => {
    const programId = await openProgram(100_000_000, 30_000_000);
    const applications: string[] = [];
    for (let index = 0; index < 10; index++) {
      const data = await gatewayData(APPLY, {
        input: { programId, productId: nextProduct().id, scheme: "KC", requestedAmount: 30_000_000 },
      });
      applications.push(data.applyForCertificationSupport.id);
    }
    const responses = await Promise.all(
      applications.map((applicationId) => gateway(DECIDE, { input: { applicationId, decision: "APPROVE", supportAmount: 30_000_000 } })),
    );
    const succeeded = responses.filter((response) => !response.errors);
    const refused = responses.filter((response) => response.errors);
    expect(succeeded.map((response) => response.data.decideCertificationSupport.status)).to.deep.equal([
      "APPROVED",
      "APPROVED",
      "APPROVED",
    ]);
    expect(refused.map((response) => response.errors!.map((error) => [error.extensions?.code, error.extensions?.field]))).to.deep.equal(
      Array.from({ length: 7 }, () => [["CONFLICT", "input.supportAmount"]]),
    );
    for (const response of refused) expect(response.errors![0].message).to.match(/only KRW 10,000,000 remains/);
    const state = await programState(programId);
    expect({ committed: state.committedAmount, remaining: state.remainingBudget }).to.deep.equal({
      committed: 90_000_000,
      remaining: 10_000_000,
    });
    expect(state.committedAmount).to.be.at.most(state.budget);
    const statuses = state.applications.nodes.map((row: { status: string }) => row.status).sort();
    expect(statuses).to.deep.equal([...Array(7).fill("APPLIED"), ...Array(3).fill("APPROVED")]);
  });

  it("20 simultaneous applications with one idempotency key make one application, and every answer names it", async () => {
    const programId = await openProgram(100_000_000, 30_000_000);
    const input = { programId, productId: nextProduct().id, scheme: "CE", requestedAmount: 12_000_000, idempotencyKey: randomUUID() };
    const responses = await Promise.all(Array.from({ length: 20 }, () => gateway(APPLY, { input })));
    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    const ids = new Set(responses.map((response) => response.data.applyForCertificationSupport.id));
    expect(ids.size).to.equal(1);
    const state = await programState(programId);
    expect(state.applications.nodes).to.deep.equal([{ id: [...ids][0], status: "APPLIED", supportAmount: null }]);
  });

  it("10 simultaneous applications for one product and scheme, without a key: exactly one is accepted", async () => {
    const programId = await openProgram(100_000_000, 30_000_000);
    const input = { programId, productId: nextProduct().id, scheme: "KS", requestedAmount: 5_000_000 };
    const responses = await Promise.all(Array.from({ length: 10 }, () => gateway(APPLY, { input })));
    const accepted = responses.filter((response) => !response.errors);
    expect(accepted).to.have.length(1);
    const codes = responses
      .filter((response) => response.errors)
      .map((response) => [response.errors![0].extensions?.code, response.errors![0].extensions?.field]);
    expect(codes).to.deep.equal(Array.from({ length: 9 }, () => ["CONFLICT", "input.scheme"]));
    const state = await programState(programId);
    expect(state.applications.totalCount).to.equal(1);
  });
});
