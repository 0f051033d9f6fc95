import { randomUUID } from "node:crypto";
import { expect } from "chai";
import pg from "pg";
import { businessRegistrationNumber } from "../../lib/domain/business-registration-number.js";
import { addYears, todayInKorea } from "../../lib/domain/dates.js";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { expectRefusal } from "../support/refusals.js";

/**
 * The products subgraph's writes, through the gateway. Every test opens its own round in its own
 * agency and year far from the seeded 2020–2025 designations (years 2060–2099), with fresh companies,
 * so designation numbers start at 0001 and no seeded fact changes.
 */
const COMPANY_FIELDS = "id name nameEn businessRegistrationNumber size region";
const ROUND_FIELDS = "id agency year title opensOn closesOn isOpen";
const PRODUCT_FIELDS =
  "id designationNumber name nameEn description company { id } field designatingAgency designatedOn validUntil status revokedOn revocationReason procurementItemNumber unitPrice benefits";
const APPLICATION_FIELDS = `id round { id } company { id } productName productNameEn field stage submittedOn scores { innovativeness marketability publicValue overall } product { ${PRODUCT_FIELDS} }`;

const REGISTER = `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { ${COMPANY_FIELDS} } }`;
const OPEN_ROUND = `mutation ($input: OpenDesignationRoundInput!) { openDesignationRound(input: $input) { ${ROUND_FIELDS} } }`;
const SUBMIT = `mutation ($input: SubmitDesignationApplicationInput!) { submitDesignationApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const MOVE = `mutation ($input: MoveDesignationApplicationInput!) { moveDesignationApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const REVOKE = `mutation ($input: RevokeDesignationInput!) { revokeDesignation(input: $input) { ${PRODUCT_FIELDS} } }`;

const today = todayInKorea();
const dayOffset = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let companies = 0;
function companyInput(overrides: Record<string, unknown> = {}) {
  const serial = String(Date.now() % 1_000_000).padStart(6, "0");
  const nine = `9${String(companies++ % 100).padStart(2, "0")}${serial}`;
  return {
    name: `혁신테크 ${nine}`,
    nameEn: `Innotech ${nine}`,
    businessRegistrationNumber: businessRegistrationNumber(nine),
    size: "SMALL",
    region: "경상남도",
    ...overrides,
  };
}

async function newCompany() {
  return (await gatewayData(REGISTER, { input: companyInput() })).registerCompany as { id: string };
}

const AGENCIES = ["MSIT", "ME", "MOLIT", "PPS", "MSS"] as const;
let rounds = 0;
/** A fresh round open today, in an agency and year no other test uses. */
function roundInput(overrides: Record<string, unknown> = {}) {
  const index = rounds++;
  return {
    agency: AGENCIES[index % AGENCIES.length],
    year: 2099 - Math.floor(index / AGENCIES.length),
    title: `테스트 지정 라운드 ${randomUUID()}`,
    opensOn: dayOffset(-10),
    closesOn: dayOffset(10),
    ...overrides,
  };
}

async function newRound(overrides: Record<string, unknown> = {}) {
  return (await gatewayData(OPEN_ROUND, { input: roundInput(overrides) })).openDesignationRound as {
    id: string;
    agency: string;
    year: number;
  };
}

async function submit(roundId: string, companyId: string, overrides: Record<string, unknown> = {}) {
  const input = { roundId, companyId, productName: "스마트 배전반", productNameEn: "Smart switchboard", field: "ELECTRICAL", ...overrides };
  return (await gatewayData(SUBMIT, { input })).submitDesignationApplication;
}

const SCORES = { innovativeness: 88.5, marketability: 80, publicValue: 91 };
const designationInput = (overrides: Record<string, unknown> = {}) => ({
  designatedOn: today,
  procurementItemNumber: "39121001-26000123",
  unitPrice: 12_500_000,
  description: "실시간 감시 기능을 갖춘 배전반. A switchboard with real-time monitoring.",
  benefits: ["NEGOTIATED_CONTRACT", "PURCHASE_TARGET", "PILOT_PURCHASE", "LIABILITY_EXEMPTION"],
  ...overrides,
});

const move = (applicationId: string, to: string, extra: Record<string, unknown> = {}) =>
  gateway(MOVE, { input: { applicationId, to, ...extra } });

async function moveOk(applicationId: string, to: string, extra: Record<string, unknown> = {}) {
  return (await gatewayData(MOVE, { input: { applicationId, to, ...extra } })).moveDesignationApplication;
}

/** A submitted application walked to FINAL_DELIBERATION, scored on the way. */
async function inFinalDeliberation(roundId: string, companyId: string) {
  const application = await submit(roundId, companyId);
  await moveOk(application.id, "DOCUMENT_REVIEW");
  await moveOk(application.id, "TECHNICAL_EVALUATION");
  await moveOk(application.id, "FINAL_DELIBERATION", { scores: SCORES });
  return application as { id: string };
}

async function application(id: string) {
  return (await gatewayData(`query ($id: ID!) { designationApplication(id: $id) { ${APPLICATION_FIELDS} } }`, { id }))
    .designationApplication;
}

async function productsOf(agency: string, year: number) {
  const data = await gatewayData(
    `query ($agency: Agency!) { products(filter: { designatingAgency: $agency, search: "스마트" }, first: 100) { nodes { designationNumber } } }`,
    { agency },
  );
  return (data.products.nodes as Array<{ designationNumber: string }>).filter((p) => p.designationNumber.startsWith(`${agency}-${year}-`));
}

async function withDatabase<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testGraph().databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

describe("registerCompany", () => {
  it("registers a company whose number passes the checksum, and the graph then finds it", async () => {
    const input = companyInput({ size: "MID_SIZED", region: "대전광역시" });
    const { registerCompany } = await gatewayData(REGISTER, { input });
    expect(registerCompany).to.deep.equal({ id: registerCompany.id, ...input });
    const { company } = await gatewayData(`query ($id: ID!) { company(id: $id) { ${COMPANY_FIELDS} products { totalCount } } }`, {
      id: registerCompany.id,
    });
    expect(company).to.deep.equal({ ...registerCompany, products: { totalCount: 0 } });
  });

  it("refuses a number whose check digit is wrong, and writes nothing", async () => {
    const input = companyInput();
    const number = input.businessRegistrationNumber;
    const wrong = number.slice(0, -1) + String((Number(number.slice(-1)) + 1) % 10);
    expectRefusal(
      await gateway(REGISTER, { input: { ...input, businessRegistrationNumber: wrong } }),
      "BAD_USER_INPUT",
      "input.businessRegistrationNumber",
      /checksum/,
    );
    expectRefusal(
      await gateway(REGISTER, { input: { ...input, businessRegistrationNumber: "1234567890" } }),
      "BAD_USER_INPUT",
      "input.businessRegistrationNumber",
    );
    const { companies: found } = await gatewayData(`query ($q: String!) { companies(filter: { search: $q }) { totalCount } }`, {
      q: input.nameEn,
    });
    expect(found.totalCount).to.equal(0);
  });

  it("refuses a number already registered, a new one's or a seeded company's, with CONFLICT", async () => {
    const first = (await gatewayData(REGISTER, { input: companyInput() })).registerCompany;
    const again = companyInput({ businessRegistrationNumber: first.businessRegistrationNumber });
    expectRefusal(await gateway(REGISTER, { input: again }), "CONFLICT", "input.businessRegistrationNumber", /already registered/);
    const seeded = testGraph().dataset.products.companies[0];
    const copy = companyInput({ businessRegistrationNumber: seeded.businessRegistrationNumber });
    expectRefusal(await gateway(REGISTER, { input: copy }), "CONFLICT", "input.businessRegistrationNumber");
    const { companies: found } = await gatewayData(`query ($q: String!) { companies(filter: { search: $q }) { totalCount } }`, {
      q: again.nameEn,
    });
    expect(found.totalCount).to.equal(0);
  });

  it("refuses an empty name", async () => {
    expectRefusal(await gateway(REGISTER, { input: companyInput({ name: "  " }) }), "BAD_USER_INPUT", "input.name");
  });
});

describe("openDesignationRound", () => {
  it("opens a round, and the graph then lists it as open today", async () => {
    const input = roundInput();
    const { openDesignationRound: round } = await gatewayData(OPEN_ROUND, { input });
    expect(round).to.deep.equal({ id: round.id, ...input, isOpen: true });
    const { designationRounds } = await gatewayData(
      `query ($agency: Agency!, $year: Int!) { designationRounds(agency: $agency, year: $year) { nodes { ${ROUND_FIELDS} applications { totalCount } } } }`,
      { agency: input.agency, year: input.year },
    );
    expect(designationRounds.nodes).to.deep.equal([{ ...round, applications: { totalCount: 0 } }]);
  });

  it("refuses a round that closes before it opens, and writes nothing", async () => {
    const input = roundInput({ opensOn: dayOffset(5), closesOn: dayOffset(4) });
    expectRefusal(await gateway(OPEN_ROUND, { input }), "BAD_USER_INPUT", "input.closesOn", /close/);
    const { designationRounds } = await gatewayData(
      `query ($agency: Agency!, $year: Int!) { designationRounds(agency: $agency, year: $year) { totalCount } }`,
      {
        agency: input.agency,
        year: input.year,
      },
    );
    expect(designationRounds.totalCount).to.equal(0);
  });

  it("refuses a title already used, with CONFLICT", async () => {
    const first = roundInput();
    await gatewayData(OPEN_ROUND, { input: first });
    const second = roundInput({ title: first.title });
    expectRefusal(await gateway(OPEN_ROUND, { input: second }), "CONFLICT", "input.title", /title/);
    const { designationRounds } = await gatewayData(
      `query ($agency: Agency!, $year: Int!) { designationRounds(agency: $agency, year: $year) { totalCount } }`,
      {
        agency: second.agency,
        year: second.year,
      },
    );
    expect(designationRounds.totalCount).to.equal(0);
  });

  it("refuses a year outside the program", async () => {
    expectRefusal(await gateway(OPEN_ROUND, { input: roundInput({ year: 2019 }) }), "BAD_USER_INPUT", "input.year");
  });
});

describe("submitDesignationApplication", () => {
  it("submits an application dated today in SUBMITTED, and the round then lists it", async () => {
    const round = await newRound();
    const company = await newCompany();
    const submitted = await submit(round.id, company.id, { field: "ICT" });
    expect(submitted).to.deep.equal({
      id: submitted.id,
      round: { id: round.id },
      company: { id: company.id },
      productName: "스마트 배전반",
      productNameEn: "Smart switchboard",
      field: "ICT",
      stage: "SUBMITTED",
      submittedOn: today,
      scores: null,
      product: null,
    });
    const { designationRound } = await gatewayData(
      `query ($id: ID!) { designationRound(id: $id) { applications { totalCount nodes { id stage } } } }`,
      {
        id: round.id,
      },
    );
    expect(designationRound.applications).to.deep.equal({ totalCount: 1, nodes: [{ id: submitted.id, stage: "SUBMITTED" }] });
  });

  for (const [when, window] of [
    ["closed", { opensOn: dayOffset(-30), closesOn: dayOffset(-1) }],
    ["not yet open", { opensOn: dayOffset(1), closesOn: dayOffset(30) }],
  ] as const) {
    it(`refuses an application to a round that is ${when}, saying the window, and writes nothing`, async () => {
      const round = await newRound(window);
      const company = await newCompany();
      const input = { roundId: round.id, companyId: company.id, productName: "배전반", productNameEn: "Switchboard", field: "ELECTRICAL" };
      const window_ = new RegExp(`${window.opensOn} to ${window.closesOn}`);
      expectRefusal(await gateway(SUBMIT, { input }), "CONFLICT", "input.roundId", window_);
      const { designationRound } = await gatewayData(
        `query ($id: ID!) { designationRound(id: $id) { isOpen applications { totalCount } } }`,
        {
          id: round.id,
        },
      );
      expect(designationRound).to.deep.equal({ isOpen: false, applications: { totalCount: 0 } });
    });
  }

  it("refuses an unknown round or company with NOT_FOUND, and a malformed id with BAD_USER_INPUT", async () => {
    const round = await newRound();
    const company = await newCompany();
    const input = { roundId: round.id, companyId: company.id, productName: "배전반", productNameEn: "Switchboard", field: "ELECTRICAL" };
    expectRefusal(await gateway(SUBMIT, { input: { ...input, roundId: randomUUID() } }), "NOT_FOUND", "input.roundId");
    expectRefusal(await gateway(SUBMIT, { input: { ...input, companyId: randomUUID() } }), "NOT_FOUND", "input.companyId");
    expectRefusal(await gateway(SUBMIT, { input: { ...input, companyId: "acme" } }), "BAD_USER_INPUT", "input.companyId");
    const { designationRound } = await gatewayData(`query ($id: ID!) { designationRound(id: $id) { applications { totalCount } } }`, {
      id: round.id,
    });
    expect(designationRound.applications.totalCount).to.equal(0);
  });

  it("answers a retry with the same idempotency key with the first application, and refuses the key for another request", async () => {
    const round = await newRound();
    const company = await newCompany();
    const input = {
      roundId: round.id,
      companyId: company.id,
      productName: "배전반",
      productNameEn: "Switchboard",
      field: "ELECTRICAL",
      idempotencyKey: randomUUID(),
    };
    const first = (await gatewayData(SUBMIT, { input })).submitDesignationApplication;
    const retry = (await gatewayData(SUBMIT, { input })).submitDesignationApplication;
    expect(retry).to.deep.equal(first);
    expectRefusal(await gateway(SUBMIT, { input: { ...input, productName: "다른 제품" } }), "CONFLICT", "idempotencyKey");
    const { designationRound } = await gatewayData(`query ($id: ID!) { designationRound(id: $id) { applications { totalCount } } }`, {
      id: round.id,
    });
    expect(designationRound.applications.totalCount).to.equal(1);
  });

  it("is held by the database too: an application dated outside its round's window is refused by a trigger", async () => {
    const round = await newRound();
    const company = await newCompany();
    const error = await withDatabase((client) =>
      client
        .query(
          `INSERT INTO products.designation_application (id, round_id, company_id, product_name, product_name_en, field, stage, submitted_on)
           VALUES ($1, $2, $3, '배전반', 'Switchboard', 'ELECTRICAL', 'SUBMITTED', $4)`,
          [randomUUID(), round.id, company.id, dayOffset(11)],
        )
        .then(
          () => null,
          (e: { constraint?: string }) => e,
        ),
    );
    expect(error?.constraint).to.equal("designation_application_submitted_in_window");
  });
});

describe("moveDesignationApplication", () => {
  it("walks an application through every stage to DESIGNATED, which creates the product the graph then serves", async () => {
    const round = await newRound();
    const company = await newCompany();
    const submitted = await submit(round.id, company.id);
    expect((await moveOk(submitted.id, "DOCUMENT_REVIEW")).stage).to.equal("DOCUMENT_REVIEW");
    expect((await moveOk(submitted.id, "TECHNICAL_EVALUATION")).stage).to.equal("TECHNICAL_EVALUATION");
    const deliberating = await moveOk(submitted.id, "FINAL_DELIBERATION", { scores: SCORES });
    expect({ stage: deliberating.stage, scores: deliberating.scores }).to.deep.equal({
      stage: "FINAL_DELIBERATION",
      scores: { ...SCORES, overall: 86.5 },
    });

    const designation = designationInput();
    const designated = await moveOk(submitted.id, "DESIGNATED", { designation });
    const product = designated.product;
    expect(designated).to.deep.equal({ ...deliberating, stage: "DESIGNATED", product });
    expect(product).to.deep.equal({
      id: product.id,
      designationNumber: `${round.agency}-${round.year}-0001`,
      name: "스마트 배전반",
      nameEn: "Smart switchboard",
      description: designation.description,
      company: { id: company.id },
      field: "ELECTRICAL",
      designatingAgency: round.agency,
      designatedOn: today,
      validUntil: addYears(today, 3),
      status: "DESIGNATED",
      revokedOn: null,
      revocationReason: null,
      procurementItemNumber: designation.procurementItemNumber,
      unitPrice: designation.unitPrice,
      benefits: designation.benefits,
    });

    const read = await gatewayData(
      `query ($id: ID!, $number: String!) {
         product(id: $id) { ${PRODUCT_FIELDS} isDesignatedOn(date: "${today}") }
         productByDesignationNumber(designationNumber: $number) { id }
         company(id: "${company.id}") { products { nodes { id } } }
       }`,
      { id: product.id, number: product.designationNumber },
    );
    expect(read).to.deep.equal({
      product: { ...product, isDesignatedOn: true },
      productByDesignationNumber: { id: product.id },
      company: { products: { nodes: [{ id: product.id }] } },
    });
    expect(await application(submitted.id)).to.deep.equal(designated);
  });

  it("refuses a skipped stage with CONFLICT naming the current stage and the allowed ones, and changes nothing", async () => {
    const round = await newRound();
    const submitted = await submit(round.id, (await newCompany()).id);
    expectRefusal(
      await move(submitted.id, "TECHNICAL_EVALUATION"),
      "CONFLICT",
      "input.to",
      /in SUBMITTED; it can move only to DOCUMENT_REVIEW or REJECTED/,
    );
    expectRefusal(await move(submitted.id, "SUBMITTED"), "CONFLICT", "input.to", /in SUBMITTED/);
    expect((await application(submitted.id)).stage).to.equal("SUBMITTED");
  });

  it("rejects from any open stage, and refuses every move out of REJECTED", async () => {
    const round = await newRound();
    const company = await newCompany();
    const early = await submit(round.id, company.id);
    expect((await moveOk(early.id, "REJECTED")).stage).to.equal("REJECTED");
    expectRefusal(await move(early.id, "DOCUMENT_REVIEW"), "CONFLICT", "input.to", /in REJECTED; it is closed/);

    const late = await inFinalDeliberation(round.id, company.id);
    const rejected = await moveOk(late.id, "REJECTED");
    expect({ stage: rejected.stage, product: rejected.product }).to.deep.equal({ stage: "REJECTED", product: null });
    expectRefusal(await move(late.id, "DESIGNATED", { designation: designationInput() }), "CONFLICT", "input.to", /in REJECTED/);
    expect(await productsOf(round.agency, round.year)).to.deep.equal([]);
  });

  it("refuses every move out of DESIGNATED", async () => {
    const round = await newRound();
    const ready = await inFinalDeliberation(round.id, (await newCompany()).id);
    await moveOk(ready.id, "DESIGNATED", { designation: designationInput() });
    expectRefusal(await move(ready.id, "REJECTED"), "CONFLICT", "input.to", /in DESIGNATED; it is closed/);
    expect((await application(ready.id)).stage).to.equal("DESIGNATED");
  });

  it("needs scores in range to enter FINAL_DELIBERATION, and refuses scores on other moves", async () => {
    const round = await newRound();
    const submitted = await submit(round.id, (await newCompany()).id);
    expectRefusal(
      await move(submitted.id, "DOCUMENT_REVIEW", { scores: SCORES }),
      "BAD_USER_INPUT",
      "input.scores",
      /TECHNICAL_EVALUATION/,
    );
    await moveOk(submitted.id, "DOCUMENT_REVIEW");
    await moveOk(submitted.id, "TECHNICAL_EVALUATION");
    expectRefusal(await move(submitted.id, "FINAL_DELIBERATION"), "BAD_USER_INPUT", "input.scores", /scores/);
    expectRefusal(
      await move(submitted.id, "FINAL_DELIBERATION", { scores: { ...SCORES, innovativeness: 101 } }),
      "BAD_USER_INPUT",
      "input.scores.innovativeness",
    );
    expect(await application(submitted.id)).to.include({ stage: "TECHNICAL_EVALUATION", scores: null });
  });

  it("needs the designation's details to designate, not before submission nor after today, and writes no product when refused", async () => {
    const round = await newRound();
    const ready = await inFinalDeliberation(round.id, (await newCompany()).id);
    expectRefusal(await move(ready.id, "DESIGNATED"), "BAD_USER_INPUT", "input.designation");
    expectRefusal(
      await move(ready.id, "DESIGNATED", { designation: designationInput({ designatedOn: dayOffset(-1) }) }),
      "BAD_USER_INPUT",
      "input.designation.designatedOn",
      /before its application was submitted/,
    );
    expectRefusal(
      await move(ready.id, "DESIGNATED", { designation: designationInput({ designatedOn: dayOffset(1) }) }),
      "BAD_USER_INPUT",
      "input.designation.designatedOn",
    );
    expectRefusal(
      await move(ready.id, "DESIGNATED", { designation: designationInput({ unitPrice: 0 }) }),
      "BAD_USER_INPUT",
      "input.designation.unitPrice",
    );
    expectRefusal(
      await move(ready.id, "DESIGNATED", { designation: designationInput({ benefits: [] }) }),
      "BAD_USER_INPUT",
      "input.designation.benefits",
    );
    expectRefusal(await move(ready.id, "REJECTED", { designation: designationInput() }), "BAD_USER_INPUT", "input.designation");
    expect(await application(ready.id)).to.include({ stage: "FINAL_DELIBERATION", product: null });
    expect(await productsOf(round.agency, round.year)).to.deep.equal([]);
    // The refused attempts gave no number away: the first designation is still 0001.
    const designated = await moveOk(ready.id, "DESIGNATED", { designation: designationInput() });
    expect(designated.product.designationNumber).to.equal(`${round.agency}-${round.year}-0001`);
  });

  it("continues an agency's seeded sequence for the year: the next number follows the highest one in use", async () => {
    const seeded = testGraph()
      .dataset.products.products.map((p) => p.designationNumber)
      .filter((number) => number.startsWith("PPS-2022-"));
    const highest = Math.max(...seeded.map((number) => Number(number.slice(-4))));
    expect(highest, "the seed numbers PPS's 2022 designations 0001 onwards without a gap").to.equal(seeded.length);
    const round = await newRound({ agency: "PPS", year: 2022 });
    const ready = await inFinalDeliberation(round.id, (await newCompany()).id);
    const designated = await moveOk(ready.id, "DESIGNATED", { designation: designationInput() });
    expect(designated.product.designationNumber).to.equal(`PPS-2022-${String(highest + 1).padStart(4, "0")}`);
  });

  it("refuses an unknown application with NOT_FOUND", async () => {
    expectRefusal(await move(randomUUID(), "DOCUMENT_REVIEW"), "NOT_FOUND", "input.applicationId");
  });

  it("is held by the database too: a trigger refuses an illegal stage change made in SQL", async () => {
    const round = await newRound();
    const submitted = await submit(round.id, (await newCompany()).id);
    const attempt = (to: string) =>
      withDatabase((client) =>
        client.query(`UPDATE products.designation_application SET stage = $2 WHERE id = $1`, [submitted.id, to]).then(
          () => null,
          (e: { constraint?: string }) => e.constraint,
        ),
      );
    expect(await attempt("TECHNICAL_EVALUATION")).to.equal("designation_application_stage_move");
    expect(await attempt("DOCUMENT_REVIEW")).to.equal(null);
    expect(await attempt("SUBMITTED")).to.equal("designation_application_stage_move");
    expect((await application(submitted.id)).stage).to.equal("DOCUMENT_REVIEW");
  });
});

describe("revokeDesignation", () => {
  async function designatedProduct() {
    const round = await newRound();
    const ready = await inFinalDeliberation(round.id, (await newCompany()).id);
    return (await moveOk(ready.id, "DESIGNATED", { designation: designationInput() })).product;
  }

  it("revokes a designation with its reason, and the graph then shows it REVOKED", async () => {
    const product = await designatedProduct();
    const input = { productId: product.id, revokedOn: today, reason: "허위 자료 제출 (false documents submitted)" };
    const { revokeDesignation: revoked } = await gatewayData(REVOKE, { input });
    expect(revoked).to.deep.equal({ ...product, status: "REVOKED", revokedOn: today, revocationReason: input.reason });
    const read = await gatewayData(`query ($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} isDesignatedOn(date: "${today}") } }`, {
      id: product.id,
    });
    expect(read.product).to.deep.equal({ ...revoked, isDesignatedOn: false });
  });

  it("refuses revoking twice with CONFLICT, and keeps the first revocation", async () => {
    const product = await designatedProduct();
    await gatewayData(REVOKE, { input: { productId: product.id, revokedOn: today, reason: "첫 번째" } });
    expectRefusal(
      await gateway(REVOKE, { input: { productId: product.id, revokedOn: today, reason: "두 번째" } }),
      "CONFLICT",
      "input.productId",
      /already revoked/,
    );
    const read = await gatewayData(`query ($id: ID!) { product(id: $id) { revocationReason } }`, { id: product.id });
    expect(read.product.revocationReason).to.equal("첫 번째");
  });

  it("refuses a revocation dated before the designation or after today, an empty reason, and an unknown product", async () => {
    const product = await designatedProduct();
    expectRefusal(
      await gateway(REVOKE, { input: { productId: product.id, revokedOn: dayOffset(-1), reason: "사유" } }),
      "BAD_USER_INPUT",
      "input.revokedOn",
      /before/,
    );
    expectRefusal(
      await gateway(REVOKE, { input: { productId: product.id, revokedOn: dayOffset(1), reason: "사유" } }),
      "BAD_USER_INPUT",
      "input.revokedOn",
    );
    expectRefusal(
      await gateway(REVOKE, { input: { productId: product.id, revokedOn: today, reason: " " } }),
      "BAD_USER_INPUT",
      "input.reason",
    );
    expectRefusal(
      await gateway(REVOKE, { input: { productId: randomUUID(), revokedOn: today, reason: "사유" } }),
      "NOT_FOUND",
      "input.productId",
    );
    const read = await gatewayData(`query ($id: ID!) { product(id: $id) { status revokedOn revocationReason } }`, { id: product.id });
    expect(read.product).to.deep.equal({ status: "DESIGNATED", revokedOn: null, revocationReason: null });
  });
});

describe("designation writes under concurrency", () => {
  it("moves one application once among 10 simultaneous identical moves; the rest are CONFLICT", async () => {
    const round = await newRound();
    const submitted = await submit(round.id, (await newCompany()).id);
    const answers = await Promise.all(Array.from({ length: 10 }, () => move(submitted.id, "DOCUMENT_REVIEW")));
    const won = answers.filter((answer) => !answer.errors);
    const lost = answers.filter((answer) => answer.errors);
    expect(won.map((answer) => answer.data.moveDesignationApplication.stage)).to.deep.equal(["DOCUMENT_REVIEW"]);
    expect(lost.map((answer) => [answer.errors![0].extensions?.code, answer.errors![0].extensions?.field])).to.deep.equal(
      Array.from({ length: 9 }, () => ["CONFLICT", "input.to"]),
    );
    expect((await application(submitted.id)).stage).to.equal("DOCUMENT_REVIEW");
  });

  it("creates one product for 10 simultaneous designations of one application", async () => {
    const round = await newRound();
    const ready = await inFinalDeliberation(round.id, (await newCompany()).id);
    const answers = await Promise.all(Array.from({ length: 10 }, () => move(ready.id, "DESIGNATED", { designation: designationInput() })));
    const won = answers.filter((answer) => !answer.errors);
    expect(won).to.have.length(1);
    expect(answers.filter((answer) => answer.errors?.[0].extensions?.code === "CONFLICT")).to.have.length(9);
    expect(await productsOf(round.agency, round.year)).to.deep.equal([{ designationNumber: `${round.agency}-${round.year}-0001` }]);
  });

  it("gives 10 simultaneous designations in one agency and year 10 distinct consecutive numbers", async () => {
    const round = await newRound();
    const company = await newCompany();
    const ready = [];
    for (let i = 0; i < 10; i++) ready.push(await inFinalDeliberation(round.id, company.id));
    const answers = await Promise.all(ready.map(({ id }) => move(id, "DESIGNATED", { designation: designationInput() })));
    expect(answers.flatMap((answer) => answer.errors ?? [])).to.deep.equal([]);
    const numbers = answers.map((answer) => answer.data.moveDesignationApplication.product.designationNumber as string).sort();
    expect(numbers).to.deep.equal(Array.from({ length: 10 }, (_, i) => `${round.agency}-${round.year}-${String(i + 1).padStart(4, "0")}`));
    expect((await productsOf(round.agency, round.year)).map((p) => p.designationNumber).sort()).to.deep.equal(numbers);
  });
});
