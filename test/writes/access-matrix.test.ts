import { expect } from "chai";
import { callerFor, ROLES, type Role } from "../../lib/access/access.js";
import { businessRegistrationNumber } from "../../lib/domain/business-registration-number.js";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { todayInKorea } from "../../lib/domain/dates.js";
import { gateway, gatewayDataAsPermitted, sqlStatements, subgraph, type GraphQLResponse } from "../support/client.js";
import { consultationFairInput } from "../support/events.js";
import { testGraph } from "../support/graph.js";
import { ktlId, tokenFor } from "../support/tokens.js";

/**
 * Who may do what, through the gateway: every mutation and every sensitive field, for every role. An
 * allowed role makes a real, valid write that succeeds; a refused one gets UNAUTHENTICATED (public) or
 * FORBIDDEN (signed in without the scope) and the subgraph runs not one SQL statement for it. Officers
 * and operators act only for their own institution.
 *
 * Data: fresh institutions, companies and rounds (MOTIE, years 2040–2059), events in days of their own
 * (support/events.ts), programs for the UL scheme only, and MOTIE 2025 products from the middle of the
 * list, apart from the other tests'. It lives among the write tests because it writes.
 */
const today = todayInKorea();

const token = (role: Role, institutionId?: string) =>
  role === "public" ? Promise.resolve(undefined) : tokenFor(role, institutionId ? { institutionId } : {});

async function as<T = any>(role: Role, query: string, variables: Record<string, unknown>, institutionId?: string) {
  return gateway<T>(query, variables, { token: await token(role, institutionId) });
}

/** Arranging is done by callers permitted to, through the gateway. */
const arrange = gatewayDataAsPermitted;

function expectRefused(response: GraphQLResponse, code: "UNAUTHENTICATED" | "FORBIDDEN", message: RegExp) {
  expect(response.errors, JSON.stringify(response)).to.have.length(1);
  expect(response.errors![0].extensions?.code).to.equal(code);
  expect(response.errors![0].message).to.match(message);
  expect(response.data ?? null).to.equal(null);
}

// --- what the writes are made of ------------------------------------------------------------------

let serial = 0;
const unique = () => `${process.pid}-${Date.now() % 100_000}-${++serial}`;

function middleProducts() {
  const { dataset } = testGraph();
  const applied = new Set(dataset.certifications.applications.map((row) => row.productId));
  const fresh = dataset.products.products.filter(
    (row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025") && !row.revokedOn && !applied.has(row.id),
  );
  return fresh.slice(Math.floor(fresh.length / 2) - 5);
}
let productsTaken = 0;
const nextProduct = () => middleProducts()[productsTaken++ % middleProducts().length].id;

async function newInstitution(): Promise<string> {
  const n = unique();
  const input = {
    name: `접근 시험 기관 ${n}`,
    nameEn: `Access Test ${n}`,
    abbreviation: `AT-${n}`,
    type: "PUBLIC_INSTITUTION",
    region: "Seoul",
  };
  return (await arrange(`mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`, { input }))
    .registerInstitution.id;
}

let companies = 0;
function companyInput() {
  const nine = `8${String(companies++ % 100).padStart(2, "0")}${String(Date.now() % 1_000_000).padStart(6, "0")}`;
  return {
    name: `접근 ${nine}`,
    nameEn: `Access ${nine}`,
    businessRegistrationNumber: businessRegistrationNumber(nine),
    size: "SMALL",
    region: "Seoul",
  };
}
const newCompany = async () =>
  (await arrange(`mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`, { input: companyInput() }))
    .registerCompany.id as string;

let rounds = 0;
const dayOffset = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const roundInput = () => ({
  agency: "MOTIE",
  year: 2059 - rounds++,
  title: `접근 시험 라운드 ${unique()}`,
  opensOn: dayOffset(-5),
  closesOn: dayOffset(5),
});
const newRound = async () =>
  (await arrange(`mutation ($input: OpenDesignationRoundInput!) { openDesignationRound(input: $input) { id } }`, { input: roundInput() }))
    .openDesignationRound.id as string;

const MOVE = `mutation ($input: MoveDesignationApplicationInput!) { moveDesignationApplication(input: $input) { id product { id } } }`;
async function submitted(): Promise<string> {
  const input = {
    roundId: await newRound(),
    companyId: await newCompany(),
    productName: "접근 시험품",
    productNameEn: "Access probe",
    field: "ELECTRICAL",
  };
  return (
    await arrange(`mutation ($input: SubmitDesignationApplicationInput!) { submitDesignationApplication(input: $input) { id } }`, { input })
  ).submitDesignationApplication.id;
}
async function designatedProduct(): Promise<string> {
  const applicationId = await submitted();
  await arrange(MOVE, { input: { applicationId, to: "DOCUMENT_REVIEW" } });
  await arrange(MOVE, { input: { applicationId, to: "TECHNICAL_EVALUATION" } });
  await arrange(MOVE, {
    input: { applicationId, to: "FINAL_DELIBERATION", scores: { innovativeness: 80, marketability: 80, publicValue: 80 } },
  });
  const designation = {
    designatedOn: today,
    procurementItemNumber: "39121001-26000999",
    unitPrice: 1_000_000,
    description: "Probe",
    benefits: ["PILOT_PURCHASE"],
  };
  return (await arrange(MOVE, { input: { applicationId, to: "DESIGNATED", designation } })).moveDesignationApplication.product.id;
}

function programInput(operatorId: string) {
  return {
    name: "접근 시험 인증 지원",
    nameEn: "Access test certification support",
    operatorId,
    year: Number(today.slice(0, 4)),
    scope: ["INTERNATIONAL"],
    schemes: ["UL"],
    perProductCeiling: 10_000_000,
    budget: 100_000_000,
    applicationOpensOn: "2025-01-01",
    applicationClosesOn: "2099-12-31",
  };
}
const newProgram = async (operatorId = ktlId()) =>
  (
    await arrange(`mutation ($input: OpenCertificationProgramInput!) { openCertificationProgram(input: $input) { id } }`, {
      input: programInput(operatorId),
    })
  ).openCertificationProgram.id as string;
async function supportApplication(programId?: string): Promise<string> {
  const input = { programId: programId ?? (await newProgram()), productId: nextProduct(), scheme: "UL", requestedAmount: 5_000_000 };
  return (
    await arrange(`mutation ($input: ApplyForCertificationSupportInput!) { applyForCertificationSupport(input: $input) { id } }`, { input })
  ).applyForCertificationSupport.id;
}
const DECIDE = `mutation ($input: DecideCertificationSupportInput!) { decideCertificationSupport(input: $input) { id status } }`;
const ADVANCE = `mutation ($input: AdvanceCertificationSupportInput!) { advanceCertificationSupport(input: $input) { id status } }`;

async function newEvent() {
  const { input, date } = consultationFairInput({
    title: ["접근 시험 상담회", "Access test fair"],
    venue: "COEX",
    city: "Seoul",
    capacity: 10,
    days: 1,
  });
  const { createEvent } = await arrange(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input });
  return { id: createEvent.id as string, date };
}
async function meetingRequestInput(institutionId: string) {
  const event = await newEvent();
  const slot = { startsAt: `${event.date}T10:00:00+09:00`, endsAt: `${event.date}T10:30:00+09:00` };
  return { eventId: event.id, productId: nextProduct(), institutionId, slot };
}
const REQUEST_MEETING = `mutation ($input: RequestConsultationMeetingInput!) { requestConsultationMeeting(input: $input) { id status } }`;
async function meeting(status: "REQUESTED" | "CONFIRMED" = "REQUESTED") {
  const institutionId = await newInstitution();
  const { requestConsultationMeeting } = await arrange(REQUEST_MEETING, { input: await meetingRequestInput(institutionId) });
  const meetingId = requestConsultationMeeting.id as string;
  if (status === "CONFIRMED") {
    await arrange(`mutation ($id: ID!) { confirmConsultationMeeting(input: { meetingId: $id }) { id } }`, { id: meetingId });
  }
  return { meetingId, institutionId };
}

// --- the matrix -----------------------------------------------------------------------------------

/** A valid request for one mutation, freshly arranged; `institutionId` is the institution it is about. */
interface Request {
  query: string;
  variables: Record<string, unknown>;
  institutionId?: string;
}

interface MutationCase {
  subgraph: SubgraphName;
  /** The roles meant to make this write; every other role is refused. */
  allowed: Role[];
  request(): Promise<Request>;
}

const ADMIN: Role[] = ["administrator"];
const OFFICER_OWN: Role[] = ["officer"];
const OPERATOR_OWN: Role[] = ["operator"];
const MEETINGS: Role[] = ["officer", "administrator"];
const write = (field: string, inputType: string) => `mutation ($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;

const MUTATIONS: Record<string, MutationCase> = {
  registerCompany: {
    subgraph: "products",
    allowed: ADMIN,
    request: async () => ({ query: write("registerCompany", "RegisterCompanyInput"), variables: { input: companyInput() } }),
  },
  openDesignationRound: {
    subgraph: "products",
    allowed: ADMIN,
    request: async () => ({ query: write("openDesignationRound", "OpenDesignationRoundInput"), variables: { input: roundInput() } }),
  },
  submitDesignationApplication: {
    subgraph: "products",
    allowed: ADMIN,
    request: async () => ({
      query: write("submitDesignationApplication", "SubmitDesignationApplicationInput"),
      variables: {
        input: {
          roundId: await newRound(),
          companyId: await newCompany(),
          productName: "시험품",
          productNameEn: "Probe",
          field: "ELECTRICAL",
        },
      },
    }),
  },
  moveDesignationApplication: {
    subgraph: "products",
    allowed: ADMIN,
    request: async () => ({
      query: write("moveDesignationApplication", "MoveDesignationApplicationInput"),
      variables: { input: { applicationId: await submitted(), to: "DOCUMENT_REVIEW" } },
    }),
  },
  revokeDesignation: {
    subgraph: "products",
    allowed: ADMIN,
    request: async () => ({
      query: write("revokeDesignation", "RevokeDesignationInput"),
      variables: { input: { productId: await designatedProduct(), revokedOn: today, reason: "접근 시험 (access test)" } },
    }),
  },
  registerInstitution: {
    subgraph: "institutions",
    allowed: ADMIN,
    request: async () => {
      const n = unique();
      return {
        query: write("registerInstitution", "RegisterInstitutionInput"),
        variables: { input: { name: `기관 ${n}`, nameEn: `Institution ${n}`, type: "PUBLIC_INSTITUTION", region: "Seoul" } },
      };
    },
  },
  declareLeadBuyer: {
    subgraph: "institutions",
    allowed: OFFICER_OWN,
    request: async () => {
      const institutionId = await newInstitution();
      const input = { institutionId, declaredOn: "2026-03-02", venue: "Jinju", pledge: "혁신제품을 먼저 구매합니다." };
      return { query: write("declareLeadBuyer", "DeclareLeadBuyerInput"), variables: { input }, institutionId };
    },
  },
  setPurchaseTarget: {
    subgraph: "institutions",
    allowed: OFFICER_OWN,
    request: async () => {
      const institutionId = await newInstitution();
      const input = { institutionId, year: 2027, targetAmount: 3_000_000_000 };
      return { query: write("setPurchaseTarget", "SetPurchaseTargetInput"), variables: { input }, institutionId };
    },
  },
  recordPurchase: {
    subgraph: "institutions",
    allowed: OFFICER_OWN,
    request: async () => {
      const institutionId = await newInstitution();
      const input = {
        institutionId,
        productId: nextProduct(),
        quantity: 1,
        amount: 10_000_000,
        method: "NEGOTIATED_CONTRACT",
        contractedOn: "2026-02-10",
      };
      return { query: write("recordPurchase", "RecordPurchaseInput"), variables: { input }, institutionId };
    },
  },
  openCertificationProgram: {
    subgraph: "certifications",
    allowed: OPERATOR_OWN,
    request: async () => ({
      query: write("openCertificationProgram", "OpenCertificationProgramInput"),
      variables: { input: programInput(ktlId()) },
      institutionId: ktlId(),
    }),
  },
  applyForCertificationSupport: {
    subgraph: "certifications",
    allowed: ADMIN,
    request: async () => ({
      query: write("applyForCertificationSupport", "ApplyForCertificationSupportInput"),
      variables: { input: { programId: await newProgram(), productId: nextProduct(), scheme: "UL", requestedAmount: 5_000_000 } },
    }),
  },
  decideCertificationSupport: {
    subgraph: "certifications",
    allowed: OPERATOR_OWN,
    request: async () => ({
      query: write("decideCertificationSupport", "DecideCertificationSupportInput"),
      variables: { input: { applicationId: await supportApplication(), decision: "REJECT" } },
      institutionId: ktlId(),
    }),
  },
  withdrawCertificationSupport: {
    subgraph: "certifications",
    allowed: ADMIN,
    request: async () => ({
      query: write("withdrawCertificationSupport", "WithdrawCertificationSupportInput"),
      variables: { input: { applicationId: await supportApplication() } },
    }),
  },
  advanceCertificationSupport: {
    subgraph: "certifications",
    allowed: OPERATOR_OWN,
    request: async () => {
      const applicationId = await supportApplication();
      await arrange(DECIDE, { input: { applicationId, decision: "APPROVE", supportAmount: 5_000_000 } });
      return {
        query: write("advanceCertificationSupport", "AdvanceCertificationSupportInput"),
        variables: { input: { applicationId } },
        institutionId: ktlId(),
      };
    },
  },
  recordCertificate: {
    subgraph: "certifications",
    allowed: OPERATOR_OWN,
    request: async () => {
      const input = {
        productId: nextProduct(),
        scheme: "UL",
        number: `UL-ACCESS-${unique()}`,
        issuer: "UL Solutions",
        issuedOn: "2026-05-01",
        market: "US",
      };
      return { query: write("recordCertificate", "RecordCertificateInput"), variables: { input }, institutionId: ktlId() };
    },
  },
  createEvent: {
    subgraph: "exhibitions",
    allowed: ADMIN,
    request: async () => {
      const input = {
        title: `행사 ${unique()}`,
        titleEn: "Access test exhibition",
        kind: "EXHIBITION",
        venue: "BEXCO",
        city: "Busan",
        startsAt: "2033-12-01T09:00:00+09:00",
        endsAt: "2033-12-01T18:00:00+09:00",
        organizer: "KEIT",
      };
      return { query: write("createEvent", "CreateEventInput"), variables: { input } };
    },
  },
  registerExhibitor: {
    subgraph: "exhibitions",
    allowed: ADMIN,
    request: async () => ({
      query: write("registerExhibitor", "RegisterExhibitorInput"),
      variables: { input: { eventId: (await newEvent()).id, productId: nextProduct(), booth: "A-1" } },
    }),
  },
  requestConsultationMeeting: {
    subgraph: "exhibitions",
    allowed: MEETINGS,
    request: async () => {
      const institutionId = await newInstitution();
      return {
        query: write("requestConsultationMeeting", "RequestConsultationMeetingInput"),
        variables: { input: await meetingRequestInput(institutionId) },
        institutionId,
      };
    },
  },
  confirmConsultationMeeting: {
    subgraph: "exhibitions",
    allowed: MEETINGS,
    request: async () => {
      const { meetingId, institutionId } = await meeting();
      return {
        query: write("confirmConsultationMeeting", "ConfirmConsultationMeetingInput"),
        variables: { input: { meetingId } },
        institutionId,
      };
    },
  },
  cancelConsultationMeeting: {
    subgraph: "exhibitions",
    allowed: MEETINGS,
    request: async () => {
      const { meetingId, institutionId } = await meeting();
      return {
        query: write("cancelConsultationMeeting", "CancelConsultationMeetingInput"),
        variables: { input: { meetingId } },
        institutionId,
      };
    },
  },
  recordConsultationOutcome: {
    subgraph: "exhibitions",
    allowed: MEETINGS,
    request: async () => {
      const { meetingId, institutionId } = await meeting("CONFIRMED");
      return {
        query: write("recordConsultationOutcome", "RecordConsultationOutcomeInput"),
        variables: { input: { meetingId, outcome: "FOLLOW_UP" } },
        institutionId,
      };
    },
  },
};

describe("access: every mutation for every role", function () {
  this.timeout(120_000);

  it("covers all 21 mutations of the graph", async () => {
    const data = await gatewayDataAsPermitted(`{ __schema { mutationType { fields { name } } } }`);
    const names = data.__schema.mutationType.fields.map((field: { name: string }) => field.name).sort();
    expect(names).to.deep.equal(Object.keys(MUTATIONS).sort());
    expect(names).to.have.length(21);
  });

  for (const [name, mutation] of Object.entries(MUTATIONS)) {
    describe(name, () => {
      for (const role of ROLES) {
        if (mutation.allowed.includes(role)) {
          it(`lets ${role === "officer" || role === "operator" ? `an ${role} for its own institution` : `the ${role}`} make it`, async () => {
            const request = await mutation.request();
            const response = await as(role, request.query, request.variables, request.institutionId);
            expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
            expect(response.data?.[name]).to.not.equal(null);
          });
        } else {
          const code = role === "public" ? "UNAUTHENTICATED" : "FORBIDDEN";
          it(`refuses the ${role} with ${code}, and the ${mutation.subgraph} subgraph runs no SQL for it`, async () => {
            const request = await mutation.request();
            const before = await sqlStatements(mutation.subgraph);
            const response = await as(role, request.query, request.variables, request.institutionId);
            expectRefused(response, code, role === "public" ? /sign in/i : new RegExp(`\\(${role}\\).*${name}`));
            expect(await sqlStatements(mutation.subgraph)).to.equal(before);
          });
        }
      }
    });
  }
});

describe("access: officers act only for their own institution", function () {
  this.timeout(60_000);
  const officerOfAnother = async (query: string, variables: Record<string, unknown>) =>
    as("officer", query, variables, await newInstitution());

  for (const name of ["declareLeadBuyer", "setPurchaseTarget", "recordPurchase", "requestConsultationMeeting"]) {
    it(`refuses ${name} for another institution with FORBIDDEN, and writes nothing`, async () => {
      const request = await MUTATIONS[name].request();
      expectRefused(await officerOfAnother(request.query, request.variables), "FORBIDDEN", /your own institution/);
      // The institution's own officer can still make exactly this write: nothing was written for it before.
      const own = await as("officer", request.query, request.variables, request.institutionId);
      expect(own.errors, JSON.stringify(own.errors)).to.equal(undefined);
    });
  }

  it("refuses confirming, cancelling or recording the outcome of another institution's meeting, and the meeting stays as it was", async () => {
    const { meetingId } = await meeting("CONFIRMED");
    for (const field of ["confirmConsultationMeeting", "cancelConsultationMeeting"]) {
      const response = await officerOfAnother(`mutation ($id: ID!) { ${field}(input: { meetingId: $id }) { id } }`, { id: meetingId });
      expectRefused(response, "FORBIDDEN", /another institution's/);
    }
    const outcome = await officerOfAnother(
      `mutation ($id: ID!) { recordConsultationOutcome(input: { meetingId: $id, outcome: FOLLOW_UP }) { id } }`,
      {
        id: meetingId,
      },
    );
    expectRefused(outcome, "FORBIDDEN", /another institution's/);
    const { consultationMeeting } = await arrange(`query ($id: ID!) { consultationMeeting(id: $id) { status outcome } }`, {
      id: meetingId,
    });
    expect(consultationMeeting).to.deep.equal({ status: "CONFIRMED", outcome: null });
  });

  it("lets the administrator book meetings for any institution", async () => {
    const response = await as("administrator", REQUEST_MEETING, { input: await meetingRequestInput(await newInstitution()) });
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
  });
});

describe("access: operators act only on their own programs", function () {
  this.timeout(60_000);

  it("refuses opening a program operated by another institution with FORBIDDEN, and opens nothing", async () => {
    const other = await newInstitution();
    const response = await as(
      "operator",
      write("openCertificationProgram", "OpenCertificationProgramInput"),
      { input: programInput(other) },
      ktlId(),
    );
    expectRefused(response, "FORBIDDEN", /operated by another institution/);
    const { institution } = await arrange(`query ($id: ID!) { institution(id: $id) { operatedCertificationPrograms { id } } }`, {
      id: other,
    });
    expect(institution.operatedCertificationPrograms).to.deep.equal([]);
  });

  it("refuses deciding or advancing applications to another institution's program, and the application stays as it was", async () => {
    const otherOperator = await newInstitution();
    const programId = await newProgram(otherOperator);
    const applied = await supportApplication(programId);
    expectRefused(
      await as("operator", DECIDE, { input: { applicationId: applied, decision: "REJECT" } }, ktlId()),
      "FORBIDDEN",
      /another institution operates/,
    );
    const approved = await supportApplication(programId);
    await as("operator", DECIDE, { input: { applicationId: approved, decision: "APPROVE", supportAmount: 1_000_000 } }, otherOperator);
    expectRefused(
      await as("operator", ADVANCE, { input: { applicationId: approved } }, ktlId()),
      "FORBIDDEN",
      /another institution operates/,
    );

    const read = async (id: string) =>
      (await arrange(`query ($id: ID!) { supportApplication(id: $id) { status } }`, { id })).supportApplication.status as string;
    expect([await read(applied), await read(approved)]).to.deep.equal(["APPLIED", "APPROVED"]);
    // The program's own operator may decide it.
    const own = await as("operator", DECIDE, { input: { applicationId: applied, decision: "REJECT" } }, otherOperator);
    expect(own.data?.decideCertificationSupport.status).to.equal("REJECTED");
  });
});

describe("access: sensitive fields for every role", () => {
  const SENSITIVE_READERS: Role[] = ["administrator", "operator"];
  const seeded = () => testGraph().dataset;

  /** Allowed roles read the value; others get UNAUTHENTICATED (public) or FORBIDDEN, and never the value. */
  function expectReadOrRefused(role: Role, readers: Role[], response: GraphQLResponse, value: unknown) {
    if (readers.includes(role)) {
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      expect(JSON.stringify(response.data)).to.contain(JSON.stringify(value));
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.code)).to.deep.equal([role === "public" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    if (value !== null) expect(JSON.stringify(response.data ?? null)).to.not.contain(JSON.stringify(value));
  }

  for (const role of ROLES) {
    const verdict = SENSITIVE_READERS.includes(role) ? "reads" : "may not read";
    it(`the ${role} ${verdict} Company.businessRegistrationNumber`, async () => {
      const company = seeded().products.companies[0];
      const response = await as(role, `query ($id: ID!) { company(id: $id) { name businessRegistrationNumber } }`, { id: company.id });
      expectReadOrRefused(role, SENSITIVE_READERS, response, company.businessRegistrationNumber);
    });

    it(`the ${role} ${verdict} Query.designationApplication`, async () => {
      const application = seeded().products.applications[0];
      const response = await as(role, `query ($id: ID!) { designationApplication(id: $id) { productName } }`, { id: application.id });
      expectReadOrRefused(role, SENSITIVE_READERS, response, application.productName);
    });

    it(`the ${role} ${verdict} DesignationRound.applications`, async () => {
      const round = seeded().products.rounds.find((row) =>
        seeded().products.applications.some((application) => application.roundId === row.id),
      )!;
      const count = seeded().products.applications.filter((application) => application.roundId === round.id).length;
      const response = await as(role, `query ($id: ID!) { designationRound(id: $id) { title applications { totalCount } } }`, {
        id: round.id,
      });
      expectReadOrRefused(role, SENSITIVE_READERS, response, { totalCount: count });
    });

    it(`the ${role} ${verdict} DesignationApplication.scores, even as an entity straight from the products subgraph`, async () => {
      const application = seeded().products.applications.find((row) => row.innovativenessScore !== null)!;
      const response = await subgraph(
        "products",
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on DesignationApplication { id scores { innovativeness } } } }`,
        { r: [{ __typename: "DesignationApplication", id: application.id }] },
        { caller: callerFor(role, role === "officer" || role === "operator" ? { institutionId: ktlId() } : {}) },
      );
      expectReadOrRefused(role, SENSITIVE_READERS, response, { innovativeness: application.innovativenessScore });
    });

    const signedIn = role !== "public";
    it(`the ${role} ${signedIn ? "reads" : "may not read"} ConsultationMeeting.outcome (signed-in callers only)`, async () => {
      const held = seeded().exhibitions.meetings.find((row) => row.outcome !== null)!;
      const response = await as(role, `query ($id: ID!) { consultationMeeting(id: $id) { status outcome } }`, { id: held.id });
      expectReadOrRefused(
        role,
        ROLES.filter((name) => name !== "public"),
        response,
        held.outcome,
      );
    });
  }

  it("names the field and the scope it needs in the refusal", async () => {
    const company = seeded().products.companies[0];
    const response = await as("partner", `query ($id: ID!) { company(id: $id) { businessRegistrationNumber } }`, { id: company.id });
    expect(response.errors?.[0].extensions?.code).to.equal("FORBIDDEN");
    expect(response.errors?.[0].message).to.equal(
      `Your role (partner) may not use the field Company.businessRegistrationNumber: it needs the scope "sensitive:read".`,
    );
  });
});
