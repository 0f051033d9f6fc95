import { randomUUID } from "node:crypto";
import { expect } from "chai";
import pg from "pg";
import { todayInKorea } from "../../lib/domain/dates.js";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { expectRefusal } from "../support/refusals.js";

/**
 * The institutions subgraph's writes, through the gateway. Every test registers its own institutions,
 * and buys only products whose designation is valid today (MOTIE's and MSS's 2025 designations) on
 * dates from 2025-07 on, so the seeded facts (MOTIE's KRW 518.6 billion through 2024, KTL's figures)
 * stay true.
 */
const INSTITUTION_FIELDS = "id name nameEn abbreviation type parentMinistry region leadBuyer { declaredOn venue pledge }";
const PURCHASE_FIELDS = "id quantity amount method contractedOn institution { id name } product { id designationNumber }";
const TARGET_FIELDS = "year targetAmount achievedAmount achievementRate institution { id }";

const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { ${INSTITUTION_FIELDS} } }`;
const DECLARE = `mutation ($input: DeclareLeadBuyerInput!) { declareLeadBuyer(input: $input) { ${INSTITUTION_FIELDS} } }`;
const SET_TARGET = `mutation ($input: SetPurchaseTargetInput!) { setPurchaseTarget(input: $input) { ${TARGET_FIELDS} } }`;
const RECORD = `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { ${PURCHASE_FIELDS} } }`;

let registered = 0;
function institutionInput(overrides: Record<string, unknown> = {}) {
  const n = `${process.pid}-${++registered}`;
  return {
    name: `테스트 기관 ${n}`,
    nameEn: `Test Institution ${n}`,
    abbreviation: `TI-${n}`,
    type: "PUBLIC_INSTITUTION",
    parentMinistry: "MOTIE",
    region: "Gyeongnam",
    ...overrides,
  };
}

async function newInstitution(overrides: Record<string, unknown> = {}) {
  return (await gatewayData(REGISTER, { input: institutionInput(overrides) })).registerInstitution as { id: string; name: string };
}

const products = () => testGraph().dataset.products.products;
const productNumbered = (number: string) => products().find((row) => row.designationNumber === number)!;
/** MOTIE's 2025 designations (2025-07-04, valid until 2028): negotiated contracts today are allowed. */
const motie2025 = (index: number) =>
  products().filter((row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025"))[index];

function purchaseInput(institutionId: string, productId: string, overrides: Record<string, unknown> = {}) {
  return {
    institutionId,
    productId,
    quantity: 3,
    amount: 45_000_000,
    method: "NEGOTIATED_CONTRACT",
    contractedOn: "2026-03-16",
    ...overrides,
  };
}

async function purchasesOf(institutionId: string) {
  const data = await gatewayData(
    `query ($id: ID!) { purchases(filter: { institutionId: $id }, first: 100) { totalCount nodes { id amount contractedOn } } }`,
    { id: institutionId },
  );
  return data.purchases as { totalCount: number; nodes: Array<{ id: string; amount: number; contractedOn: string }> };
}

async function institutionView(id: string) {
  const data = await gatewayData(
    `query ($id: ID!) { institution(id: $id) { ${INSTITUTION_FIELDS} totalPurchased total2026: totalPurchased(year: 2026)
       purchaseTarget(year: 2026) { ${TARGET_FIELDS} } } }`,
    { id },
  );
  return data.institution;
}

describe("registerInstitution", () => {
  it("registers an institution, which queries then find by id and by abbreviation", async () => {
    const input = institutionInput({ name: "  한국테스트원  " });
    const { registerInstitution } = await gatewayData(REGISTER, { input });
    expect(registerInstitution).to.deep.equal({ ...input, id: registerInstitution.id, name: "한국테스트원", leadBuyer: null });
    const found = await gatewayData(
      `query ($id: ID!, $abbreviation: String!) { institution(id: $id) { ${INSTITUTION_FIELDS} }
         institutionByAbbreviation(abbreviation: $abbreviation) { id } }`,
      { id: registerInstitution.id, abbreviation: input.abbreviation.toLowerCase() },
    );
    expect(found).to.deep.equal({ institution: registerInstitution, institutionByAbbreviation: { id: registerInstitution.id } });
  });

  it("registers an institution with no abbreviation or parent ministry", async () => {
    const input = institutionInput({ abbreviation: null, parentMinistry: null, type: "LOCAL_GOVERNMENT" });
    const { registerInstitution } = await gatewayData(REGISTER, { input });
    expect(registerInstitution).to.deep.equal({ ...input, id: registerInstitution.id, leadBuyer: null });
  });

  it("refuses an abbreviation already used, whatever its case, with CONFLICT, and writes nothing", async () => {
    const input = institutionInput({ abbreviation: "ktl" });
    expectRefusal(await gateway(REGISTER, { input }), "CONFLICT", "input.abbreviation", /already uses this abbreviation/);
    const data = await gatewayData(`query ($search: String!) { institutions(filter: { search: $search }) { totalCount } }`, {
      search: input.nameEn,
    });
    expect(data.institutions.totalCount).to.equal(0);
  });

  it("refuses blank or over-long names with BAD_USER_INPUT", async () => {
    expectRefusal(await gateway(REGISTER, { input: institutionInput({ name: "   " }) }), "BAD_USER_INPUT", "input.name");
    expectRefusal(await gateway(REGISTER, { input: institutionInput({ nameEn: "x".repeat(201) }) }), "BAD_USER_INPUT", "input.nameEn");
    expectRefusal(await gateway(REGISTER, { input: institutionInput({ region: "" }) }), "BAD_USER_INPUT", "input.region");
  });
});

describe("declareLeadBuyer", () => {
  const declaration = { declaredOn: "2026-02-27", venue: "본사 대강당, 진주", pledge: "혁신제품을 우선 구매하겠습니다." };

  it("declares an institution a purchase leader, and the lead buyer lists then include it", async () => {
    const institution = await newInstitution();
    const { declareLeadBuyer } = await gatewayData(DECLARE, { input: { institutionId: institution.id, ...declaration } });
    expect(declareLeadBuyer).to.deep.include({ id: institution.id, leadBuyer: declaration });
    const data = await gatewayData(
      `query ($search: String!) { institutions(filter: { isLeadBuyer: true, search: $search }) { nodes { id leadBuyer { declaredOn } } }
         leadBuyers(first: 100) { nodes { id } } }`,
      { search: institution.name },
    );
    expect(data.institutions.nodes).to.deep.equal([{ id: institution.id, leadBuyer: { declaredOn: declaration.declaredOn } }]);
    expect(data.leadBuyers.nodes.map((node: { id: string }) => node.id)).to.include(institution.id);
  });

  it("refuses a second declaration with CONFLICT and keeps the first", async () => {
    const institution = await newInstitution();
    await gatewayData(DECLARE, { input: { institutionId: institution.id, ...declaration } });
    const second = { institutionId: institution.id, declaredOn: "2026-03-01", venue: "서울", pledge: "다시" };
    expectRefusal(await gateway(DECLARE, { input: second }), "CONFLICT", "input.institutionId", /already declared/);
    expect((await institutionView(institution.id)).leadBuyer).to.deep.equal(declaration);
  });

  it("refuses an unknown institution with NOT_FOUND and a malformed id with BAD_USER_INPUT", async () => {
    expectRefusal(await gateway(DECLARE, { input: { institutionId: randomUUID(), ...declaration } }), "NOT_FOUND", "input.institutionId");
    expectRefusal(await gateway(DECLARE, { input: { institutionId: "ktl", ...declaration } }), "BAD_USER_INPUT", "input.institutionId");
  });

  it("refuses a future date, a date before 2020 and an empty pledge with BAD_USER_INPUT, and writes nothing", async () => {
    const institution = await newInstitution();
    const input = { institutionId: institution.id, ...declaration };
    expectRefusal(
      await gateway(DECLARE, { input: { ...input, declaredOn: "2099-01-01" } }),
      "BAD_USER_INPUT",
      "input.declaredOn",
      /future/,
    );
    expectRefusal(await gateway(DECLARE, { input: { ...input, declaredOn: "2019-12-31" } }), "BAD_USER_INPUT", "input.declaredOn");
    expectRefusal(await gateway(DECLARE, { input: { ...input, pledge: " " } }), "BAD_USER_INPUT", "input.pledge");
    expect((await institutionView(institution.id)).leadBuyer).to.equal(null);
  });
});

describe("setPurchaseTarget", () => {
  it("sets a year's target, then replaces it: one target per institution and year", async () => {
    const institution = await newInstitution();
    const first = await gatewayData(SET_TARGET, { input: { institutionId: institution.id, year: 2026, targetAmount: 4_000_000_000 } });
    expect(first.setPurchaseTarget).to.deep.equal({
      year: 2026,
      targetAmount: 4_000_000_000,
      achievedAmount: 0,
      achievementRate: 0,
      institution: { id: institution.id },
    });
    const replaced = await gatewayData(SET_TARGET, { input: { institutionId: institution.id, year: 2026, targetAmount: 5_000_000_000 } });
    expect(replaced.setPurchaseTarget).to.deep.include({ year: 2026, targetAmount: 5_000_000_000 });
    expect((await institutionView(institution.id)).purchaseTarget).to.deep.equal(replaced.setPurchaseTarget);
    const pool = new pg.Pool({ connectionString: testGraph().databaseUrl });
    try {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM institutions.purchase_target WHERE institution_id = $1`, [
        institution.id,
      ]);
      expect(rows[0].n).to.equal(1);
    } finally {
      await pool.end();
    }
  });

  it("refuses a target of 0, a year before 2020 and an unknown institution, and writes nothing", async () => {
    const institution = await newInstitution();
    const input = { institutionId: institution.id, year: 2026, targetAmount: 1_000_000 };
    expectRefusal(await gateway(SET_TARGET, { input: { ...input, targetAmount: 0 } }), "BAD_USER_INPUT", "input.targetAmount");
    expectRefusal(await gateway(SET_TARGET, { input: { ...input, year: 2019 } }), "BAD_USER_INPUT", "input.year");
    expectRefusal(await gateway(SET_TARGET, { input: { ...input, institutionId: randomUUID() } }), "NOT_FOUND", "input.institutionId");
    expect((await institutionView(institution.id)).purchaseTarget).to.equal(null);
  });
});

describe("recordPurchase", () => {
  it("records a negotiated contract, and the institution's, the target's and the product's totals include it", async () => {
    const institution = await newInstitution();
    const product = motie2025(7);
    await gatewayData(SET_TARGET, { input: { institutionId: institution.id, year: 2026, targetAmount: 100_000_000 } });
    const before = await gatewayData(`query ($id: ID!) { product(id: $id) { totalProcurement buyerCount } }`, { id: product.id });
    const input = purchaseInput(institution.id, product.id);
    const { recordPurchase } = await gatewayData(RECORD, { input });
    expect(recordPurchase).to.deep.equal({
      id: recordPurchase.id,
      quantity: 3,
      amount: 45_000_000,
      method: "NEGOTIATED_CONTRACT",
      contractedOn: "2026-03-16",
      institution: { id: institution.id, name: institution.name },
      product: { id: product.id, designationNumber: product.designationNumber },
    });
    const view = await institutionView(institution.id);
    expect({ total: view.totalPurchased, total2026: view.total2026, target: view.purchaseTarget }).to.deep.equal({
      total: 45_000_000,
      total2026: 45_000_000,
      target: {
        year: 2026,
        targetAmount: 100_000_000,
        achievedAmount: 45_000_000,
        achievementRate: 0.45,
        institution: { id: institution.id },
      },
    });
    const after = await gatewayData(
      `query ($id: ID!, $purchase: ID!) { product(id: $id) { totalProcurement buyerCount } purchase(id: $purchase) { ${PURCHASE_FIELDS} } }`,
      { id: product.id, purchase: recordPurchase.id },
    );
    expect(after).to.deep.equal({
      product: { totalProcurement: before.product.totalProcurement + 45_000_000, buyerCount: before.product.buyerCount + 1 },
      purchase: recordPurchase,
    });
    // The product's designating agency, as the products subgraph answered it, is kept with the contract.
    const pool = new pg.Pool({ connectionString: testGraph().databaseUrl });
    try {
      const { rows } = await pool.query(`SELECT product_agency FROM institutions.purchase WHERE id = $1`, [recordPurchase.id]);
      expect(rows).to.deep.equal([{ product_agency: "MOTIE" }]);
    } finally {
      await pool.end();
    }
  });

  it("records a competitive bid of a product whose designation has expired: only negotiated contracts need it", async () => {
    const institution = await newInstitution();
    const expired = productNumbered("MOTIE-2020-0002");
    const input = purchaseInput(institution.id, expired.id, { method: "COMPETITIVE_BID", contractedOn: "2025-09-01" });
    const { recordPurchase } = await gatewayData(RECORD, { input });
    expect(recordPurchase).to.deep.include({ method: "COMPETITIVE_BID", contractedOn: "2025-09-01" });
    expect((await purchasesOf(institution.id)).nodes).to.deep.equal([
      { id: recordPurchase.id, amount: 45_000_000, contractedOn: "2025-09-01" },
    ]);
  });

  it("refuses a negotiated contract outside the designation's validity with CONFLICT, and writes nothing", async () => {
    const institution = await newInstitution();
    const expired = productNumbered("MOTIE-2020-0002");
    expectRefusal(
      await gateway(RECORD, { input: purchaseInput(institution.id, expired.id, { contractedOn: "2025-09-01" }) }),
      "CONFLICT",
      "input.contractedOn",
      new RegExp(
        `^MOTIE-2020-0002's designation was valid from ${expired.designatedOn} to 2023-\\d\\d-\\d\\d; a negotiated contract on 2025-09-01 is not allowed`,
      ),
    );
    const notYet = motie2025(8);
    expectRefusal(
      await gateway(RECORD, { input: purchaseInput(institution.id, notYet.id, { contractedOn: "2025-07-03" }) }),
      "CONFLICT",
      "input.contractedOn",
      /valid from 2025-07-04/,
    );
    const revoked = productNumbered("MSS-2023-0006");
    expectRefusal(
      await gateway(RECORD, { input: purchaseInput(institution.id, revoked.id, { contractedOn: "2025-03-01" }) }),
      "CONFLICT",
      "input.contractedOn",
      /was revoked on 2025-01-02/,
    );
    expect(await purchasesOf(institution.id)).to.deep.equal({ totalCount: 0, nodes: [] });
  });

  it("refuses an unknown product or institution with NOT_FOUND, and writes nothing", async () => {
    const institution = await newInstitution();
    expectRefusal(await gateway(RECORD, { input: purchaseInput(institution.id, randomUUID()) }), "NOT_FOUND", "input.productId");
    expectRefusal(await gateway(RECORD, { input: purchaseInput(randomUUID(), motie2025(7).id) }), "NOT_FOUND", "input.institutionId");
    expect((await purchasesOf(institution.id)).totalCount).to.equal(0);
  });

  it("refuses a future contract date, a zero quantity or amount and a malformed id with BAD_USER_INPUT", async () => {
    const institution = await newInstitution();
    const productId = motie2025(7).id;
    const tomorrow = new Date(Date.parse(`${todayInKorea()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ contractedOn: tomorrow }, "input.contractedOn"],
      [{ quantity: 0 }, "input.quantity"],
      [{ amount: 0 }, "input.amount"],
      [{ productId: "MOTIE-2025-0008" }, "input.productId"],
      [{ idempotencyKey: "" }, "input.idempotencyKey"],
    ];
    for (const [overrides, field] of refusals) {
      expectRefusal(await gateway(RECORD, { input: purchaseInput(institution.id, productId, overrides) }), "BAD_USER_INPUT", field);
    }
    expect((await purchasesOf(institution.id)).totalCount).to.equal(0);
  });

  it("answers a retry with the same idempotency key with the first purchase, and refuses the key for another purchase", async () => {
    const institution = await newInstitution();
    const input = { ...purchaseInput(institution.id, motie2025(9).id), idempotencyKey: `retry-${randomUUID()}` };
    const first = (await gatewayData(RECORD, { input })).recordPurchase;
    const retry = (await gatewayData(RECORD, { input })).recordPurchase;
    expect(retry).to.deep.equal(first);
    expectRefusal(await gateway(RECORD, { input: { ...input, amount: 46_000_000 } }), "CONFLICT", "input.idempotencyKey", /already used/);
    expect(await purchasesOf(institution.id)).to.deep.equal({
      totalCount: 1,
      nodes: [{ id: first.id, amount: 45_000_000, contractedOn: "2026-03-16" }],
    });
  });

  it("writes nothing and answers SERVICE_UNAVAILABLE while the products subgraph is down", async function () {
    this.timeout(120_000);
    const institution = await newInstitution();
    const input = { ...purchaseInput(institution.id, motie2025(10).id), idempotencyKey: `down-${randomUUID()}` };
    await testGraph().running.stopSubgraph("products");
    try {
      const response = await gateway(`mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`, { input });
      expectRefusal(response, "SERVICE_UNAVAILABLE", null, /could not be reached/);
      expect((await purchasesOf(institution.id)).totalCount).to.equal(0);
    } finally {
      await testGraph().running.restartSubgraph("products");
    }
    // Nothing was claimed either: once the products subgraph is back, the same key records the purchase.
    const { recordPurchase } = await gatewayData(RECORD, { input });
    expect((await purchasesOf(institution.id)).nodes.map((node) => node.id)).to.deep.equal([recordPurchase.id]);
  });

  it("answers a retry of a recorded purchase with the first purchase even while the products subgraph is down", async function () {
    this.timeout(120_000);
    const institution = await newInstitution();
    const input = { ...purchaseInput(institution.id, motie2025(11).id), idempotencyKey: `retry-down-${randomUUID()}` };
    const ownFields = `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id amount contractedOn } }`;
    const first = (await gatewayData(ownFields, { input })).recordPurchase;
    await testGraph().running.stopSubgraph("products");
    try {
      const retry = await gateway(ownFields, { input });
      expect(retry.errors).to.equal(undefined);
      expect(retry.data.recordPurchase).to.deep.equal(first);
      const other = await gateway(ownFields, { input: { ...input, amount: 46_000_000 } });
      expectRefusal(other, "CONFLICT", "input.idempotencyKey", /already used/);
    } finally {
      await testGraph().running.restartSubgraph("products");
    }
    expect((await purchasesOf(institution.id)).totalCount).to.equal(1);
  });
});
