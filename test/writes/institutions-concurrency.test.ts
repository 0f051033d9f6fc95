import { randomUUID } from "node:crypto";
import { expect } from "chai";
import pg from "pg";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";

/**
 * The institutions subgraph's writes under real parallel requests through the gateway: the database
 * (the idempotency key's primary key, the declaration's primary key, the target's unique year) keeps
 * one row where one is meant, however many requests arrive at once.
 */
let registered = 0;
async function newInstitution() {
  const n = `${process.pid}-c${++registered}`;
  const input = {
    name: `동시성 기관 ${n}`,
    nameEn: `Concurrency Institution ${n}`,
    abbreviation: `CI-${n}`,
    type: "OTHER",
    region: "Seoul",
  };
  const data = await gatewayData(`mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`, { input });
  return data.registerInstitution.id as string;
}

/** A MOTIE product designated on 2025-07-04, valid until 2028: a negotiated contract in 2026 is allowed. */
const motie2025 = (index: number) =>
  testGraph().dataset.products.products.filter((row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025"))[index];

describe("institutions writes under concurrency", () => {
  it("records one purchase for 20 simultaneous requests with one idempotency key", async () => {
    const institutionId = await newInstitution();
    const productId = motie2025(11).id;
    const input = {
      institutionId,
      productId,
      quantity: 2,
      amount: 30_000_000,
      method: "NEGOTIATED_CONTRACT",
      contractedOn: "2026-05-20",
      idempotencyKey: `burst-${randomUUID()}`,
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        gateway(`mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id amount } }`, { input }),
      ),
    );
    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    const ids = new Set(responses.map((response) => response.data.recordPurchase.id));
    expect(ids.size).to.equal(1);
    const data = await gatewayData(
      `query ($productId: ID!, $institutionId: ID!) { purchases(filter: { productId: $productId, institutionId: $institutionId }) {
         totalCount nodes { id amount } } institution(id: $institutionId) { totalPurchased } }`,
      { productId, institutionId },
    );
    expect(data).to.deep.equal({
      purchases: { totalCount: 1, nodes: [{ id: [...ids][0], amount: 30_000_000 }] },
      institution: { totalPurchased: 30_000_000 },
    });
  });

  it("accepts exactly one of 8 simultaneous lead-buyer declarations of one institution", async () => {
    const institutionId = await newInstitution();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        gateway(`mutation ($input: DeclareLeadBuyerInput!) { declareLeadBuyer(input: $input) { id leadBuyer { venue } } }`, {
          input: { institutionId, declaredOn: "2026-01-05", venue: `Venue ${index}`, pledge: "우선 구매" },
        }),
      ),
    );
    const accepted = responses.filter((response) => !response.errors);
    const refused = responses.filter((response) => response.errors);
    expect(accepted).to.have.length(1);
    expect(refused.map((response) => response.errors![0].extensions?.code)).to.deep.equal(Array(7).fill("CONFLICT"));
    const data = await gatewayData(`query ($id: ID!) { institution(id: $id) { leadBuyer { venue } } }`, { id: institutionId });
    expect(data.institution.leadBuyer).to.deep.equal(accepted[0].data.declareLeadBuyer.leadBuyer);
  });

  it("keeps one target per year when 10 requests set it at once", async () => {
    const institutionId = await newInstitution();
    const amounts = Array.from({ length: 10 }, (_, index) => 1_000_000_000 + index);
    const responses = await Promise.all(
      amounts.map((targetAmount) =>
        gateway(`mutation ($input: SetPurchaseTargetInput!) { setPurchaseTarget(input: $input) { year targetAmount } }`, {
          input: { institutionId, year: 2027, targetAmount },
        }),
      ),
    );
    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    const data = await gatewayData(`query ($id: ID!) { institution(id: $id) { purchaseTarget(year: 2027) { year targetAmount } } }`, {
      id: institutionId,
    });
    expect(amounts).to.include(data.institution.purchaseTarget.targetAmount);
    const pool = new pg.Pool({ connectionString: testGraph().databaseUrl });
    try {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM institutions.purchase_target WHERE institution_id = $1`, [
        institutionId,
      ]);
      expect(rows).to.deep.equal([{ n: 1 }]);
    } finally {
      await pool.end();
    }
  });
});
