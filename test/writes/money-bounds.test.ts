import { randomUUID } from "node:crypto";
import { expect } from "chai";
import pg from "pg";
import { MAX_AMOUNT, MAX_TOTAL } from "../../lib/domain/money.js";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { expectRefusal } from "../support/refusals.js";

/**
 * Money the graph can always total (lib/domain/money.ts): one amount is at most KRW 1 trillion, and the sum of
 * every recorded purchase at most 2^53 − 1, both held by the database. The purchases this file records
 * are removed after (the ledger follows), so the seeded totals stay true for every other test.
 */
const RECORD = `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id amount } }`;
const TOTALS = `query ($product: ID!, $institution: ID!) {
  product(id: $product) { totalProcurement }
  institution(id: $institution) { totalPurchased purchaseTarget(year: 2026) { achievedAmount achievementRate } }
}`;

/** A product whose designation is valid today (MOTIE's 2025 designations), far from those other files buy. */
const product = () =>
  testGraph().dataset.products.products.filter((row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025"))[20];

describe("money bounds: amounts and totals the graph can always answer", () => {
  let pool: pg.Pool;
  let institutionId: string;
  const recorded: string[] = [];

  const ledger = async () => Number((await pool.query(`SELECT total FROM institutions.purchase_ledger`)).rows[0].total);
  const purchaseSum = async () =>
    Number((await pool.query(`SELECT coalesce(sum(amount), 0) AS sum FROM institutions.purchase`)).rows[0].sum);
  const input = (amount: number) => ({
    institutionId,
    productId: product().id,
    quantity: 1,
    amount,
    method: "NEGOTIATED_CONTRACT",
    contractedOn: "2026-03-16",
  });
  const record = async (amount: number) => {
    const response = await gateway(RECORD, { input: input(amount) });
    if (response.data?.recordPurchase) recorded.push(response.data.recordPurchase.id);
    return response;
  };
  /** Moves the ledger as if `offset` won had already been recorded (the ledger is the database's bound), for `run`. */
  const withLedgerRaisedBy = async (offset: number, run: () => Promise<void>) => {
    await pool.query(`UPDATE institutions.purchase_ledger SET total = total + $1`, [offset]);
    try {
      await run();
    } finally {
      await pool.query(`UPDATE institutions.purchase_ledger SET total = total - $1`, [offset]);
    }
  };

  before(async () => {
    pool = new pg.Pool({ connectionString: testGraph().databaseUrl });
    const n = `${process.pid}-money`;
    institutionId = (
      await gatewayData(`mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`, {
        input: { name: `금액 시험 ${n}`, nameEn: `Money test ${n}`, type: "PUBLIC_INSTITUTION", region: "Gyeongnam" },
      })
    ).registerInstitution.id;
    await gatewayData(`mutation ($input: SetPurchaseTargetInput!) { setPurchaseTarget(input: $input) { year } }`, {
      input: { institutionId, year: 2026, targetAmount: 5_000_000_000 },
    });
  });
  after(async () => {
    await pool.query(`DELETE FROM institutions.purchase WHERE id = ANY($1::uuid[])`, [recorded]);
    expect(await ledger()).to.equal(await purchaseSum());
    await pool.end();
  });

  it("refuses the reproduction (two purchases of 9007199254740991) and the totals still answer", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expectRefusal(await record(MAX_TOTAL), "BAD_USER_INPUT", "input.amount", /KRW 1,000,000,000,000/);
    }
    expect((await record(45_000_000)).errors).to.equal(undefined);
    const totals = await gatewayData(TOTALS, { product: product().id, institution: institutionId });
    expect(totals.institution).to.deep.equal({
      totalPurchased: 45_000_000,
      purchaseTarget: { achievedAmount: 45_000_000, achievementRate: 0.009 },
    });
    expect(Number.isSafeInteger(totals.product.totalProcurement)).to.equal(true);
  });

  it("refuses every amount over one trillion won: a purchase target, a budget, a grant, a unit price", async () => {
    expectRefusal(
      await gateway(`mutation ($input: SetPurchaseTargetInput!) { setPurchaseTarget(input: $input) { year } }`, {
        input: { institutionId, year: 2027, targetAmount: MAX_AMOUNT + 1 },
      }),
      "BAD_USER_INPUT",
      "input.targetAmount",
      /purchase target must be a whole number of won, more than KRW 0 and at most KRW 1,000,000,000,000/,
    );
    expectRefusal(
      await gateway(`mutation ($input: OpenCertificationProgramInput!) { openCertificationProgram(input: $input) { id } }`, {
        input: {
          name: "한도 시험",
          nameEn: "Bound test",
          operatorId: institutionId,
          year: 2026,
          scope: ["DOMESTIC"],
          schemes: ["KC"],
          perProductCeiling: 1_000_000,
          budget: MAX_TOTAL,
          applicationOpensOn: "2026-01-01",
          applicationClosesOn: "2026-12-31",
        },
      }),
      "BAD_USER_INPUT",
      "input.budget",
      /program budget must be a whole number of won/,
    );
  });

  it("holds the bounds in the database: a direct insert over one trillion won, or past the ledger's bound, fails", async () => {
    const insert = (amount: number) =>
      pool.query(
        `INSERT INTO institutions.purchase (id, institution_id, product_id, product_agency, quantity, amount, method, contracted_on)
         VALUES ($1, $2, $3, 'MOTIE', 1, $4, 'COMPETITIVE_BID', '2026-03-16')`,
        [randomUUID(), institutionId, product().id, amount],
      );
    await expectViolation(insert(MAX_AMOUNT + 1), "purchase_amount_within_bound");
    const headroom = MAX_TOTAL - (await ledger());
    await withLedgerRaisedBy(headroom - MAX_AMOUNT / 2, async () => {
      await expectViolation(insert(MAX_AMOUNT), "purchase_ledger_total_within_bound");
    });
    for (const [table, column, constraint] of [
      ["certifications.certification_program", "budget", "certification_program_budget_within_bound"],
      ["products.product", "unit_price", "product_unit_price_within_bound"],
    ]) {
      await expectViolation(
        pool.query(`UPDATE ${table} SET ${column} = ${MAX_AMOUNT + 1} WHERE id = (SELECT id FROM ${table} LIMIT 1)`),
        constraint,
      );
    }
  });

  it("lets only one of two concurrent purchases through when together they would pass the bound", async () => {
    const headroom = MAX_TOTAL - (await ledger());
    await withLedgerRaisedBy(headroom - (MAX_AMOUNT * 3) / 2, async () => {
      const answers = await Promise.all([record(MAX_AMOUNT), record(MAX_AMOUNT)]);
      const refused = answers.filter((answer) => answer.errors);
      expect(answers.filter((answer) => answer.data?.recordPurchase)).to.have.length(1);
      expect(refused).to.have.length(1);
      expectRefusal(refused[0], "BAD_USER_INPUT", "input.amount", /would take the recorded total past it/);
      const totals = await gatewayData(TOTALS, { product: product().id, institution: institutionId });
      expect(totals.institution.totalPurchased).to.equal(45_000_000 + MAX_AMOUNT);
    });
  });
});

async function expectViolation(statement: Promise<unknown>, constraint: string) {
  const error = await statement.then(
    () => null,
    (failure: { code?: string; constraint?: string }) => failure,
  );
  expect({ code: error?.code, constraint: error?.constraint }).to.deep.equal({ code: "23514", constraint });
}
