import { randomUUID } from "node:crypto";
import { expect } from "chai";
import { todayInKorea } from "../../lib/domain/dates.js";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { expectRefusal } from "../support/refusals.js";

/**
 * The certifications subgraph's writes, through the gateway. Every test opens its own program
 * (operated by KTL, open today) and applies with MOTIE 2025 designations that have no seeded support
 * application, taken from the front of that list (the concurrency tests take from the back), so no
 * seeded row is changed and no two tests meet on one product.
 */
const today = todayInKorea();
const PROGRAM_FIELDS = `id name nameEn year scope schemes perProductCeiling budget committedAmount remainingBudget
  applicationOpensOn applicationClosesOn isOpen operator { id name }`;
const APPLICATION_FIELDS = "id status scheme requestedAmount supportAmount appliedOn decidedOn program { id } product { id name }";
const CERTIFICATE_FIELDS = "id scheme number issuer issuedOn expiresOn market product { id name }";

const OPEN = `mutation ($input: OpenCertificationProgramInput!) { openCertificationProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const APPLY = `mutation ($input: ApplyForCertificationSupportInput!) { applyForCertificationSupport(input: $input) { ${APPLICATION_FIELDS} } }`;
const DECIDE = `mutation ($input: DecideCertificationSupportInput!) { decideCertificationSupport(input: $input) { ${APPLICATION_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawCertificationSupport(input: { applicationId: $id }) { ${APPLICATION_FIELDS} } }`;
const ADVANCE = `mutation ($id: ID!) { advanceCertificationSupport(input: { applicationId: $id }) { ${APPLICATION_FIELDS} } }`;
const RECORD = `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;

const ktl = () => testGraph().dataset.institutions.institutions.find((row) => row.abbreviation === "KTL")!;

/** MOTIE 2025 designations (in force today) with no seeded support application, in dataset order. */
function freshProducts() {
  const { dataset } = testGraph();
  const applied = new Set(dataset.certifications.applications.map((row) => row.productId));
  return dataset.products.products.filter(
    (row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025") && !row.revokedOn && !applied.has(row.id),
  );
}
let taken = 0;
const nextProduct = () => freshProducts()[taken++];

function programInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "혁신제품 인증 지원 시험사업",
    nameEn: "Innovative Product Certification Support Pilot",
    operatorId: ktl().id,
    year: Number(today.slice(0, 4)),
    scope: ["DOMESTIC", "INTERNATIONAL"],
    schemes: ["KC", "KS", "CE"],
    perProductCeiling: 30_000_000,
    budget: 100_000_000,
    applicationOpensOn: "2025-01-01",
    applicationClosesOn: "2099-12-31",
    ...overrides,
  };
}

async function openProgram(overrides: Record<string, unknown> = {}) {
  return (await gatewayData(OPEN, { input: programInput(overrides) })).openCertificationProgram;
}

async function apply(programId: string, productId: string, scheme = "KC", requestedAmount = 20_000_000) {
  return (await gatewayData(APPLY, { input: { programId, productId, scheme, requestedAmount } })).applyForCertificationSupport;
}

async function approve(applicationId: string, supportAmount: number) {
  return (await gatewayData(DECIDE, { input: { applicationId, decision: "APPROVE", supportAmount } })).decideCertificationSupport;
}

async function programById(id: string) {
  const data = await gatewayData(
    `query ($id: ID!) { certificationProgram(id: $id) { ${PROGRAM_FIELDS} applications(first: 100) { totalCount nodes { id status supportAmount } } } }`,
    { id },
  );
  return data.certificationProgram;
}

async function applicationById(id: string) {
  return (await gatewayData(`query ($id: ID!) { supportApplication(id: $id) { ${APPLICATION_FIELDS} } }`, { id })).supportApplication;
}

async function programCount() {
  return (await gatewayData(`{ certificationPrograms(first: 1) { totalCount } }`)).certificationPrograms.totalCount as number;
}

describe("openCertificationProgram", () => {
  it("opens a program operated by KTL; the program, its operator and the program list see it", async () => {
    const before = await programCount();
    const program = await openProgram();
    const { id, ...rest } = program;
    expect(id).to.be.a("string");
    expect(rest).to.deep.equal({
      name: "혁신제품 인증 지원 시험사업",
      nameEn: "Innovative Product Certification Support Pilot",
      year: Number(today.slice(0, 4)),
      scope: ["DOMESTIC", "INTERNATIONAL"],
      schemes: ["KC", "KS", "CE"],
      perProductCeiling: 30_000_000,
      budget: 100_000_000,
      committedAmount: 0,
      remainingBudget: 100_000_000,
      applicationOpensOn: "2025-01-01",
      applicationClosesOn: "2099-12-31",
      isOpen: true,
      operator: { id: ktl().id, name: ktl().name },
    });
    expect(await programById(id)).to.deep.equal({ ...program, applications: { totalCount: 0, nodes: [] } });
    expect(await programCount()).to.equal(before + 1);
    const operated = await gatewayData(`query ($id: ID!) { institution(id: $id) { operatedCertificationPrograms { id } } }`, {
      id: ktl().id,
    });
    expect(operated.institution.operatedCertificationPrograms.map((row: { id: string }) => row.id)).to.include(id);
  });

  it("refuses an operator the institutions subgraph does not know, writing nothing", async () => {
    const before = await programCount();
    const response = await gateway(OPEN, { input: programInput({ operatorId: randomUUID() }) });
    expectRefusal(response, "NOT_FOUND", "input.operatorId", /no institution/);
    expect(await programCount()).to.equal(before);
  });

  it("refuses inconsistent figures, windows and schemes, naming the field", async () => {
    const before = await programCount();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ perProductCeiling: 200_000_000 }, "input.perProductCeiling", /ceiling cannot exceed the budget/],
      [{ budget: 0 }, "input.budget", /more than KRW 0/],
      [{ applicationOpensOn: "2025-06-01", applicationClosesOn: "2025-05-31" }, "input.applicationClosesOn", /close on or after/],
      [{ scope: ["DOMESTIC"], schemes: ["KC", "CE"] }, "input.schemes", /CE is outside the program's scope/],
      [{ schemes: [] }, "input.schemes", /at least one scheme/],
      [{ schemes: ["KC", "KC"] }, "input.schemes", /named once/],
      [{ name: "  " }, "input.name", /1 to 200 characters/],
      [{ year: 2019 }, "input.year", /between 2020/],
      [{ operatorId: "ktl" }, "input.operatorId", /not a valid id/],
    ];
    for (const [overrides, field, message] of cases) {
      expectRefusal(await gateway(OPEN, { input: programInput(overrides) }), "BAD_USER_INPUT", field, message);
    }
    expect(await programCount()).to.equal(before);
  });

  it("answers SERVICE_UNAVAILABLE and writes nothing while the institutions subgraph is down", async () => {
    const before = await programCount();
    await testGraph().running.stopSubgraph("institutions");
    try {
      expectRefusal(
        await gateway(OPEN, { input: programInput() }),
        "SERVICE_UNAVAILABLE",
        null,
        /institutions service could not be reached/,
      );
    } finally {
      await testGraph().running.restartSubgraph("institutions");
    }
    expect(await programCount()).to.equal(before);
  });
});

describe("applyForCertificationSupport", () => {
  it("records an APPLIED application dated today; the program and the product see it", async () => {
    const program = await openProgram();
    const product = nextProduct();
    const application = await apply(program.id, product.id, "CE", 12_500_000);
    expect({ ...application, id: undefined }).to.deep.equal({
      id: undefined,
      status: "APPLIED",
      scheme: "CE",
      requestedAmount: 12_500_000,
      supportAmount: null,
      appliedOn: today,
      decidedOn: null,
      program: { id: program.id },
      product: { id: product.id, name: product.name },
    });
    expect(await applicationById(application.id)).to.deep.equal(application);
    expect((await programById(program.id)).applications).to.deep.equal({
      totalCount: 1,
      nodes: [{ id: application.id, status: "APPLIED", supportAmount: null }],
    });
    const page = await gatewayData(`query ($id: ID!) { product(id: $id) { supportApplications { id status scheme } } }`, {
      id: product.id,
    });
    expect(page.product.supportApplications).to.deep.equal([{ id: application.id, status: "APPLIED", scheme: "CE" }]);
  });

  it("refuses outside the program's window, a scheme the program does not cover, and an unknown program", async () => {
    const closed = await openProgram({ applicationOpensOn: "2025-01-01", applicationClosesOn: "2025-06-30" });
    const program = await openProgram({ scope: ["DOMESTIC"], schemes: ["KC", "KS"] });
    const product = nextProduct();
    const input = { programId: closed.id, productId: product.id, scheme: "KC", requestedAmount: 10_000_000 };
    expectRefusal(await gateway(APPLY, { input }), "CONFLICT", "input.programId", /from 2025-01-01 to 2025-06-30; it is not open today/);
    expectRefusal(
      await gateway(APPLY, { input: { ...input, programId: program.id, scheme: "UL" } }),
      "BAD_USER_INPUT",
      "input.scheme",
      /does not cover UL/,
    );
    expectRefusal(await gateway(APPLY, { input: { ...input, programId: randomUUID() } }), "NOT_FOUND", "input.programId");
    expectRefusal(
      await gateway(APPLY, { input: { ...input, programId: program.id, requestedAmount: 0 } }),
      "BAD_USER_INPUT",
      "input.requestedAmount",
    );
    expect((await programById(closed.id)).applications.totalCount).to.equal(0);
    expect((await programById(program.id)).applications.totalCount).to.equal(0);
  });

  it("refuses an unknown product, and a product whose designation is not in force today", async () => {
    const program = await openProgram();
    const expired = testGraph().dataset.products.products.find((row) => row.designatedOn < "2021-01-01" && !row.revokedOn)!;
    const input = { programId: program.id, productId: randomUUID(), scheme: "KC", requestedAmount: 10_000_000 };
    expectRefusal(await gateway(APPLY, { input }), "NOT_FOUND", "input.productId", /no product/);
    expectRefusal(await gateway(APPLY, { input: { ...input, productId: expired.id } }), "CONFLICT", "input.productId", /not in force/);
    expect((await programById(program.id)).applications.totalCount).to.equal(0);
  });

  it("refuses a second active application for one product and scheme, even in another program, until the first is withdrawn", async () => {
    const first = await openProgram();
    const second = await openProgram();
    const product = nextProduct();
    const application = await apply(first.id, product.id, "KC");
    const input = { programId: second.id, productId: product.id, scheme: "KC", requestedAmount: 5_000_000 };
    expectRefusal(await gateway(APPLY, { input }), "CONFLICT", "input.scheme", /already has an active KC application/);
    expect((await programById(second.id)).applications.totalCount).to.equal(0);
    const otherScheme = await apply(second.id, product.id, "KS");
    expect(otherScheme.status).to.equal("APPLIED");
    await gatewayData(WITHDRAW, { id: application.id });
    const again = (await gatewayData(APPLY, { input })).applyForCertificationSupport;
    expect({ status: again.status, program: again.program }).to.deep.equal({ status: "APPLIED", program: { id: second.id } });
  });

  it("with an idempotency key, a retry returns the first application; the key with another payload is refused", async () => {
    const program = await openProgram();
    const product = nextProduct();
    const input = { programId: program.id, productId: product.id, scheme: "KS", requestedAmount: 8_000_000, idempotencyKey: randomUUID() };
    const first = (await gatewayData(APPLY, { input })).applyForCertificationSupport;
    const retry = (await gatewayData(APPLY, { input })).applyForCertificationSupport;
    expect(retry).to.deep.equal(first);
    expectRefusal(
      await gateway(APPLY, { input: { ...input, requestedAmount: 9_000_000 } }),
      "CONFLICT",
      "input.idempotencyKey",
      /already used for a different request/,
    );
    expect((await programById(program.id)).applications).to.deep.equal({
      totalCount: 1,
      nodes: [{ id: first.id, status: "APPLIED", supportAmount: null }],
    });
  });

  it("answers SERVICE_UNAVAILABLE and writes nothing while the products subgraph is down", async () => {
    const program = await openProgram();
    const input = { programId: program.id, productId: nextProduct().id, scheme: "KC", requestedAmount: 10_000_000 };
    await testGraph().running.stopSubgraph("products");
    try {
      expectRefusal(
        await gateway(APPLY, { input }),
        "SERVICE_UNAVAILABLE",
        null,
        /products service could not be reached.*nothing was changed/,
      );
    } finally {
      await testGraph().running.restartSubgraph("products");
    }
    expect((await programById(program.id)).applications.totalCount).to.equal(0);
  });
});

describe("decideCertificationSupport", () => {
  it("approves within the ceiling and the budget; the program's committed amount follows", async () => {
    const program = await openProgram();
    const product = nextProduct();
    const application = await apply(program.id, product.id);
    const approved = await approve(application.id, 18_000_000);
    expect(approved).to.deep.equal({ ...application, status: "APPROVED", supportAmount: 18_000_000, decidedOn: today });
    expect(await applicationById(application.id)).to.deep.equal(approved);
    const after = await programById(program.id);
    expect({ committed: after.committedAmount, remaining: after.remainingBudget }).to.deep.equal({
      committed: 18_000_000,
      remaining: 82_000_000,
    });
  });

  it("rejects an application, granting nothing", async () => {
    const program = await openProgram();
    const application = await apply(program.id, nextProduct().id);
    const rejected = (await gatewayData(DECIDE, { input: { applicationId: application.id, decision: "REJECT" } }))
      .decideCertificationSupport;
    expect(rejected).to.deep.equal({ ...application, status: "REJECTED", decidedOn: today });
    expect((await programById(program.id)).committedAmount).to.equal(0);
  });

  it("refuses support above the per-product ceiling (across a product's schemes) and above what the budget has left", async () => {
    const program = await openProgram({ perProductCeiling: 30_000_000, budget: 50_000_000 });
    const [a, b] = [nextProduct(), nextProduct()];
    const first = await apply(program.id, a.id, "KC");
    const sameProduct = await apply(program.id, a.id, "KS");
    const other = await apply(program.id, b.id, "KC");
    const decide = (applicationId: string, supportAmount: number) =>
      gateway(DECIDE, { input: { applicationId, decision: "APPROVE", supportAmount } });
    expectRefusal(await decide(first.id, 30_000_001), "CONFLICT", "input.supportAmount", /per-product ceiling is KRW 30,000,000/);
    await approve(first.id, 25_000_000);
    expectRefusal(
      await decide(sameProduct.id, 6_000_000),
      "CONFLICT",
      "input.supportAmount",
      /only KRW 5,000,000 remains for this product/,
    );
    await approve(sameProduct.id, 5_000_000);
    expectRefusal(await decide(other.id, 25_000_000), "CONFLICT", "input.supportAmount", /only KRW 20,000,000 remains/);
    expect(await applicationById(other.id)).to.deep.equal(other);
    const after = await programById(program.id);
    expect({ committed: after.committedAmount, remaining: after.remainingBudget }).to.deep.equal({
      committed: 30_000_000,
      remaining: 20_000_000,
    });
  });

  it("refuses a missing or non-positive amount, a decided application and an unknown one", async () => {
    const program = await openProgram();
    const application = await apply(program.id, nextProduct().id);
    const decide = (input: Record<string, unknown>) => gateway(DECIDE, { input: { applicationId: application.id, ...input } });
    expectRefusal(await decide({ decision: "APPROVE" }), "BAD_USER_INPUT", "input.supportAmount", /names the support/);
    expectRefusal(await decide({ decision: "APPROVE", supportAmount: 0 }), "BAD_USER_INPUT", "input.supportAmount", /more than KRW 0/);
    expectRefusal(await decide({ decision: "REJECT", supportAmount: 1_000_000 }), "BAD_USER_INPUT", "input.supportAmount");
    expect(await applicationById(application.id)).to.deep.equal(application);
    await approve(application.id, 10_000_000);
    expectRefusal(await decide({ decision: "REJECT" }), "CONFLICT", "input.applicationId", /is APPROVED, so it cannot be rejected/);
    expectRefusal(
      await gateway(DECIDE, { input: { applicationId: randomUUID(), decision: "REJECT" } }),
      "NOT_FOUND",
      "input.applicationId",
    );
    expect((await programById(program.id)).committedAmount).to.equal(10_000_000);
  });
});

describe("withdrawCertificationSupport", () => {
  it("withdraws an applied application, and an approved one, returning its support to the budget", async () => {
    const program = await openProgram();
    const applied = await apply(program.id, nextProduct().id);
    const approved = await apply(program.id, nextProduct().id);
    await approve(approved.id, 20_000_000);
    expect((await programById(program.id)).committedAmount).to.equal(20_000_000);
    const first = (await gatewayData(WITHDRAW, { id: applied.id })).withdrawCertificationSupport;
    expect(first).to.deep.equal({ ...applied, status: "WITHDRAWN" });
    const second = (await gatewayData(WITHDRAW, { id: approved.id })).withdrawCertificationSupport;
    expect({ status: second.status, supportAmount: second.supportAmount, decidedOn: second.decidedOn }).to.deep.equal({
      status: "WITHDRAWN",
      supportAmount: null,
      decidedOn: today,
    });
    const after = await programById(program.id);
    expect({ committed: after.committedAmount, remaining: after.remainingBudget }).to.deep.equal({ committed: 0, remaining: 100_000_000 });
  });

  it("refuses to withdraw a rejected application, and an unknown one", async () => {
    const program = await openProgram();
    const application = await apply(program.id, nextProduct().id);
    await gatewayData(DECIDE, { input: { applicationId: application.id, decision: "REJECT" } });
    expectRefusal(
      await gateway(WITHDRAW, { id: application.id }),
      "CONFLICT",
      "input.applicationId",
      /is REJECTED, so it cannot be withdrawn/,
    );
    expect((await applicationById(application.id)).status).to.equal("REJECTED");
    expectRefusal(await gateway(WITHDRAW, { id: randomUUID() }), "NOT_FOUND", "input.applicationId");
  });
});

describe("advanceCertificationSupport", () => {
  it("moves an approved application to TESTING, then CERTIFIED, keeping its support; no further", async () => {
    const program = await openProgram();
    const application = await apply(program.id, nextProduct().id);
    expectRefusal(
      await gateway(ADVANCE, { id: application.id }),
      "CONFLICT",
      "input.applicationId",
      /is APPLIED; only APPROVED and TESTING/,
    );
    await approve(application.id, 15_000_000);
    const testing = (await gatewayData(ADVANCE, { id: application.id })).advanceCertificationSupport;
    expect({ status: testing.status, supportAmount: testing.supportAmount }).to.deep.equal({
      status: "TESTING",
      supportAmount: 15_000_000,
    });
    const certified = (await gatewayData(ADVANCE, { id: application.id })).advanceCertificationSupport;
    expect(certified).to.deep.equal({ ...testing, status: "CERTIFIED" });
    expectRefusal(await gateway(ADVANCE, { id: application.id }), "CONFLICT", "input.applicationId", /is CERTIFIED/);
    expectRefusal(await gateway(WITHDRAW, { id: application.id }), "CONFLICT", "input.applicationId", /is CERTIFIED/);
    expect((await programById(program.id)).committedAmount).to.equal(15_000_000);
  });
});

describe("recordCertificate", () => {
  const certificateInput = (overrides: Record<string, unknown> = {}) => ({
    productId: freshProducts()[0].id,
    scheme: "CE",
    number: `KTL-CE-TEST-${randomUUID().slice(0, 8)}`,
    issuer: "KTL",
    issuedOn: "2025-09-01",
    expiresOn: "2030-08-31",
    market: "EU",
    ...overrides,
  });
  const certificatesOf = async (productId: string) =>
    (await gatewayData(`query ($id: ID!) { product(id: $id) { certificates { id number } } }`, { id: productId })).product.certificates;

  it("records a certificate; the certificate and the product see it", async () => {
    const input = certificateInput();
    const certificate = (await gatewayData(RECORD, { input })).recordCertificate;
    const product = freshProducts()[0];
    expect({ ...certificate, id: undefined }).to.deep.equal({
      id: undefined,
      scheme: "CE",
      number: input.number,
      issuer: "KTL",
      issuedOn: "2025-09-01",
      expiresOn: "2030-08-31",
      market: "EU",
      product: { id: product.id, name: product.name },
    });
    const found = await gatewayData(`query ($id: ID!) { certificate(id: $id) { ${CERTIFICATE_FIELDS} } }`, { id: certificate.id });
    expect(found.certificate).to.deep.equal(certificate);
    expect(await certificatesOf(product.id)).to.deep.include({ id: certificate.id, number: input.number });
  });

  it("refuses a number already recorded, dates out of order, a market not the scheme's, and an unknown product", async () => {
    const product = freshProducts()[0];
    const before = await certificatesOf(product.id);
    const seeded = testGraph().dataset.certifications.certificates[0];
    expectRefusal(
      await gateway(RECORD, { input: certificateInput({ number: seeded.number }) }),
      "CONFLICT",
      "input.number",
      /already recorded/,
    );
    expectRefusal(await gateway(RECORD, { input: certificateInput({ expiresOn: "2025-08-31" }) }), "BAD_USER_INPUT", "input.expiresOn");
    expectRefusal(
      await gateway(RECORD, { input: certificateInput({ market: "US" }) }),
      "BAD_USER_INPUT",
      "input.market",
      /recognised in EU, not US/,
    );
    expectRefusal(await gateway(RECORD, { input: certificateInput({ productId: randomUUID() }) }), "NOT_FOUND", "input.productId");
    expect(await certificatesOf(product.id)).to.deep.equal(before);
  });
});
