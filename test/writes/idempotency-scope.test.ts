import { randomUUID } from "node:crypto";
import { expect } from "chai";
import pg from "pg";
import { signDevelopmentToken } from "../../lib/access/development-tokens.js";
import { gateway, gatewayData, gatewayDataAsPermitted } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { tokenFor } from "../support/tokens.js";

/**
 * An idempotency key belongs to the caller's institution, or to the caller's subject when it acts for
 * none (lib/data/idempotency.ts): one institution's key neither blocks another's write nor tells it that
 * the key was used. The purchases this file records are removed after, so the seeded totals stay true.
 */
const RECORD = `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id amount institution { id } } }`;

const product = () =>
  testGraph().dataset.products.products.filter((row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025"))[21];

async function newInstitution(label: string): Promise<string> {
  const n = `${process.pid}-${label}`;
  const data = await gatewayDataAsPermitted(`mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`, {
    input: { name: `키 시험 ${n}`, nameEn: `Key test ${n}`, type: "PUBLIC_INSTITUTION", region: "Gyeongnam" },
  });
  return data.registerInstitution.id;
}

const purchase = (institutionId: string, key: string, amount = 30_000_000) => ({
  institutionId,
  productId: product().id,
  quantity: 2,
  amount,
  method: "NEGOTIATED_CONTRACT",
  contractedOn: "2026-03-16",
  idempotencyKey: key,
});

describe("idempotency keys are scoped to the caller's institution, or its subject", () => {
  let first: string;
  let second: string;
  const recorded: string[] = [];
  const recordAs = async (token: string, input: ReturnType<typeof purchase>) => {
    const response = await gateway(RECORD, { input }, { token });
    if (response.data?.recordPurchase) recorded.push(response.data.recordPurchase.id);
    return response;
  };

  before(async () => {
    first = await newInstitution("a");
    second = await newInstitution("b");
  });
  after(async () => {
    const pool = new pg.Pool({ connectionString: testGraph().databaseUrl });
    try {
      await pool.query(`DELETE FROM institutions.purchase WHERE id = ANY($1::uuid[])`, [recorded]);
    } finally {
      await pool.end();
    }
  });

  it("lets two institutions use the same key, each for its own purchase; each retry replays its own", async () => {
    const key = `po-${randomUUID()}`;
    const officerOfFirst = await tokenFor("officer", { institutionId: first });
    const officerOfSecond = await tokenFor("officer", { institutionId: second });
    const a = await recordAs(officerOfFirst, purchase(first, key, 30_000_000));
    // Another payload under the same key: for another institution this is simply a new request.
    const b = await recordAs(officerOfSecond, purchase(second, key, 70_000_000));
    expect(a.errors).to.equal(undefined);
    expect(b.errors).to.equal(undefined);
    expect(a.data.recordPurchase.id).to.not.equal(b.data.recordPurchase.id);
    expect(b.data.recordPurchase).to.deep.include({ amount: 70_000_000, institution: { id: second } });

    const retryOfA = await recordAs(officerOfFirst, purchase(first, key, 30_000_000));
    expect(retryOfA.data).to.deep.equal(a.data);
    const retryOfB = await recordAs(officerOfSecond, purchase(second, key, 70_000_000));
    expect(retryOfB.data).to.deep.equal(b.data);

    // Within one institution the key still means one request: another payload is refused.
    const reused = await recordAs(officerOfFirst, purchase(first, key, 31_000_000));
    expect(reused.errors?.[0].extensions).to.deep.include({ code: "CONFLICT", field: "input.idempotencyKey" });

    for (const [institutionId, amount] of [
      [first, 30_000_000],
      [second, 70_000_000],
    ] as const) {
      const data = await gatewayData(`query ($id: ID!) { institution(id: $id) { totalPurchased } }`, { id: institutionId });
      expect(data.institution.totalPurchased).to.equal(amount);
    }
  });

  it("keeps the keys of callers acting for no institution apart by subject, and replays each one's own", async () => {
    const administrator = (subject: string) =>
      signDevelopmentToken("administrator", { subject, secret: testGraph().secrets.authJwtSecret });
    const one = await administrator(`admin-one-${randomUUID()}`);
    const other = await administrator(`admin-other-${randomUUID()}`);
    const event = (
      await gatewayData(
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        {
          input: {
            title: "키 범위 상담회",
            titleEn: "Key scope fair",
            kind: "CONSULTATION_FAIR",
            venue: "COEX Hall C",
            city: "Seoul",
            startsAt: "2033-05-10T09:00:00+09:00",
            endsAt: "2033-05-10T18:00:00+09:00",
            organizer: "KEIT",
            capacity: 20,
          },
        },
        { token: one },
      )
    ).createEvent;
    const key = `meeting-${randomUUID()}`;
    const meeting = (institutionId: string, from: string, to: string) => ({
      eventId: event.id,
      productId: product().id,
      institutionId,
      slot: { startsAt: `2033-05-10T${from}:00+09:00`, endsAt: `2033-05-10T${to}:00+09:00` },
      idempotencyKey: key,
    });
    const REQUEST = `mutation ($input: RequestConsultationMeetingInput!) { requestConsultationMeeting(input: $input) { id institution { id } } }`;
    const a = await gateway(REQUEST, { input: meeting(first, "10:00", "10:30") }, { token: one });
    const b = await gateway(REQUEST, { input: meeting(second, "11:00", "11:30") }, { token: other });
    expect([a.errors, b.errors]).to.deep.equal([undefined, undefined]);
    expect(a.data.requestConsultationMeeting.id).to.not.equal(b.data.requestConsultationMeeting.id);
    expect(b.data.requestConsultationMeeting.institution).to.deep.equal({ id: second });
    expect((await gateway(REQUEST, { input: meeting(first, "10:00", "10:30") }, { token: one })).data).to.deep.equal(a.data);
  });
});
