import { randomUUID } from "node:crypto";
import { expect } from "chai";
import pg from "pg";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { consultationFairInput } from "../support/events.js";
import { expectRefusal } from "../support/refusals.js";

/**
 * The exhibitions subgraph's writes, through the gateway. Every test creates its own event in days of
 * its own from 2031 (support/events.ts; seeded meetings are in 2024–2025), so bookings of seeded products and
 * institutions never meet the seeded meetings or each other's.
 */
const EVENT_FIELDS = "id title titleEn kind venue city startsAt endsAt organizer capacity";
const MEETING_FIELDS = "id status outcome slot { startsAt endsAt } event { id } product { id name } institution { id name }";

/** A fresh two-day event in its own window (support/events.ts): 09:00 on `date` to 18:00 on `next`, KST. */
async function newEvent(overrides: Record<string, unknown> = {}) {
  const fair = consultationFairInput({
    title: ["상담회", "Consultation fair"],
    venue: "COEX Hall B",
    city: "Seoul",
    capacity: 50,
    days: 2,
  });
  const { date, next } = fair;
  const input = { ...fair.input, ...overrides };
  const data = await gatewayData(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`, { input });
  return { ...data.createEvent, date, next } as { id: string; date: string; next: string; startsAt: string; endsAt: string };
}

const utc = (instant: string) => new Date(instant).toISOString();

const REGISTER = `mutation ($input: RegisterExhibitorInput!) { registerExhibitor(input: $input) { id booth event { id } product { id name } } }`;
const REQUEST = `mutation ($input: RequestConsultationMeetingInput!) { requestConsultationMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const CONFIRM = `mutation ($id: ID!) { confirmConsultationMeeting(input: { meetingId: $id }) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelConsultationMeeting(input: { meetingId: $id }) { ${MEETING_FIELDS} } }`;
const RECORD = `mutation ($id: ID!, $outcome: MeetingOutcome!) { recordConsultationOutcome(input: { meetingId: $id, outcome: $outcome }) { ${MEETING_FIELDS} } }`;

const product = (index: number) => testGraph().dataset.products.products[index];
const institution = (index: number) => testGraph().dataset.institutions.institutions[index];

async function exhibitorsOf(eventId: string) {
  const data = await gatewayData(
    `query ($id: ID!) { event(id: $id) { exhibitors(first: 100) { totalCount nodes { id booth product { id } } } } }`,
    {
      id: eventId,
    },
  );
  return data.event.exhibitors;
}

async function meetingsOf(eventId: string) {
  const data = await gatewayData(
    `query ($id: ID!) { event(id: $id) { consultationMeetings(first: 100) { totalCount nodes { id status outcome } } } }`,
    { id: eventId },
  );
  return data.event.consultationMeetings;
}

async function meeting(id: string) {
  return (await gatewayData(`query ($id: ID!) { consultationMeeting(id: $id) { ${MEETING_FIELDS} } }`, { id })).consultationMeeting;
}

function requestInput(event: { id: string; date: string }, productIndex: number, institutionIndex: number, from: string, to: string) {
  return {
    eventId: event.id,
    productId: product(productIndex).id,
    institutionId: institution(institutionIndex).id,
    slot: { startsAt: `${event.date}T${from}:00+09:00`, endsAt: `${event.date}T${to}:00+09:00` },
  };
}

async function requestMeeting(input: Record<string, unknown>) {
  return (await gatewayData(REQUEST, { input })).requestConsultationMeeting;
}

describe("createEvent", () => {
  it("creates an event and a follow-up query sees it", async () => {
    const input = {
      title: "2031 혁신제품 구매상담회",
      titleEn: "2031 Innovative Product Purchasing Fair",
      kind: "CONSULTATION_FAIR",
      venue: "  BEXCO Hall 1 ",
      city: "Busan",
      startsAt: "2031-09-02T10:00:00+09:00",
      endsAt: "2031-09-03T17:00:00+09:00",
      organizer: "KEIT",
      capacity: 40,
    };
    const { createEvent } = await gatewayData(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`, {
      input,
    });
    const expected = {
      id: createEvent.id,
      ...input,
      venue: "BEXCO Hall 1",
      startsAt: "2031-09-02T01:00:00.000Z",
      endsAt: "2031-09-03T08:00:00.000Z",
    };
    expect(createEvent).to.deep.equal(expected);
    const { event } = await gatewayData(`query ($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`, { id: createEvent.id });
    expect(event).to.deep.equal(expected);
  });

  it("creates an event without a capacity (unlimited)", async () => {
    const event = await newEvent({ capacity: null, city: "Daejeon" });
    expect(event).to.deep.include({ capacity: null, city: "Daejeon" });
  });

  it("refuses an event that ends at or before its start, and writes nothing", async () => {
    const response = await gateway(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      input: {
        title: "거꾸로 행사",
        titleEn: "Backwards event",
        kind: "EXHIBITION",
        venue: "Hall",
        city: "Refused City",
        startsAt: "2031-10-02T10:00:00+09:00",
        endsAt: "2031-10-02T10:00:00+09:00",
        organizer: "KEIT",
      },
    });
    expectRefusal(response, "BAD_USER_INPUT", "input.endsAt", /end must come after the start/);
    const { events } = await gatewayData(`{ events(filter: { city: "Refused City" }) { totalCount } }`);
    expect(events.totalCount).to.equal(0);
  });

  it("refuses an empty title and a capacity below 1", async () => {
    const base = {
      title: "행사",
      titleEn: "Event",
      kind: "EXHIBITION",
      venue: "Hall",
      city: "Refused City",
      startsAt: "2031-10-02T10:00:00+09:00",
      endsAt: "2031-10-02T12:00:00+09:00",
      organizer: "KEIT",
    };
    const create = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
    expectRefusal(await gateway(create, { input: { ...base, title: "   " } }), "BAD_USER_INPUT", "input.title");
    expectRefusal(await gateway(create, { input: { ...base, capacity: 0 } }), "BAD_USER_INPUT", "input.capacity");
    const { events } = await gatewayData(`{ events(filter: { city: "Refused City" }) { totalCount } }`);
    expect(events.totalCount).to.equal(0);
  });
});

describe("registerExhibitor", () => {
  it("gives a product a booth; the event and the product see it", async () => {
    const event = await newEvent();
    const { registerExhibitor } = await gatewayData(REGISTER, { input: { eventId: event.id, productId: product(0).id, booth: " A-01 " } });
    expect(registerExhibitor).to.deep.equal({
      id: registerExhibitor.id,
      booth: "A-01",
      event: { id: event.id },
      product: { id: product(0).id, name: product(0).name },
    });
    expect(await exhibitorsOf(event.id)).to.deep.equal({
      totalCount: 1,
      nodes: [{ id: registerExhibitor.id, booth: "A-01", product: { id: product(0).id } }],
    });
    const { product: found } = await gatewayData(`query ($id: ID!) { product(id: $id) { exhibitions { id booth event { id } } } }`, {
      id: product(0).id,
    });
    expect(found.exhibitions).to.deep.include({ id: registerExhibitor.id, booth: "A-01", event: { id: event.id } });
  });

  it("refuses a second booth for the same product and a booth already taken", async () => {
    const event = await newEvent();
    await gatewayData(REGISTER, { input: { eventId: event.id, productId: product(1).id, booth: "B-01" } });
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: event.id, productId: product(1).id, booth: "B-02" } }),
      "CONFLICT",
      "input.productId",
      /already has a booth/,
    );
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: event.id, productId: product(2).id, booth: "B-01" } }),
      "CONFLICT",
      "input.booth",
      /booth is already taken/,
    );
    expect((await exhibitorsOf(event.id)).totalCount).to.equal(1);
  });

  it("refuses an exhibitor beyond the event's capacity", async () => {
    const event = await newEvent({ capacity: 2 });
    for (const index of [3, 4])
      await gatewayData(REGISTER, { input: { eventId: event.id, productId: product(index).id, booth: `C-0${index}` } });
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: event.id, productId: product(5).id, booth: "C-05" } }),
      "CONFLICT",
      "input.eventId",
      /full/,
    );
    expect((await exhibitorsOf(event.id)).totalCount).to.equal(2);
  });

  it("refuses an unknown product, an unknown event and a malformed id", async () => {
    const event = await newEvent();
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: event.id, productId: randomUUID(), booth: "D-01" } }),
      "NOT_FOUND",
      "input.productId",
      /no product/,
    );
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: randomUUID(), productId: product(6).id, booth: "D-01" } }),
      "NOT_FOUND",
      "input.eventId",
      /no event/,
    );
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: event.id, productId: "not-an-id", booth: "D-01" } }),
      "BAD_USER_INPUT",
      "input.productId",
    );
    expectRefusal(
      await gateway(REGISTER, { input: { eventId: event.id, productId: product(6).id, booth: "" } }),
      "BAD_USER_INPUT",
      "input.booth",
    );
    expect((await exhibitorsOf(event.id)).totalCount).to.equal(0);
  });

  it("answers SERVICE_UNAVAILABLE and writes nothing while the products subgraph is down", async () => {
    const event = await newEvent();
    await testGraph().running.stopSubgraph("products");
    try {
      const response = await gateway(`mutation ($input: RegisterExhibitorInput!) { registerExhibitor(input: $input) { id booth } }`, {
        input: { eventId: event.id, productId: product(7).id, booth: "E-01" },
      });
      expectRefusal(response, "SERVICE_UNAVAILABLE", null, /products service could not be reached.*nothing was changed/);
    } finally {
      await testGraph().running.restartSubgraph("products");
    }
    expect((await exhibitorsOf(event.id)).totalCount).to.equal(0);
  });
});

describe("requestConsultationMeeting", () => {
  it("books a product and an institution into a slot; the event, the meeting and the product see it", async () => {
    const event = await newEvent();
    const input = requestInput(event, 10, 10, "10:00", "10:30");
    const created = await requestMeeting(input);
    const expected = {
      id: created.id,
      status: "REQUESTED",
      outcome: null,
      slot: { startsAt: utc(input.slot.startsAt), endsAt: utc(input.slot.endsAt) },
      event: { id: event.id },
      product: { id: product(10).id, name: product(10).name },
      institution: { id: institution(10).id, name: institution(10).name },
    };
    expect(created).to.deep.equal(expected);
    expect(await meeting(created.id)).to.deep.equal(expected);
    expect(await meetingsOf(event.id)).to.deep.equal({ totalCount: 1, nodes: [{ id: created.id, status: "REQUESTED", outcome: null }] });
    const { product: found } = await gatewayData(
      `query ($id: ID!) { product(id: $id) { consultationMeetings(first: 100, status: REQUESTED) { nodes { id } } } }`,
      { id: product(10).id },
    );
    expect(found.consultationMeetings.nodes).to.deep.include({ id: created.id });
  });

  it("refuses a slot outside the event, ending before it starts, or longer than 4 hours, and writes nothing", async () => {
    const event = await newEvent();
    const cases: Array<[string, string, string, string]> = [
      [`${event.date}T08:30:00+09:00`, `${event.date}T09:30:00+09:00`, "input.slot.startsAt", "starts before the event"],
      [`${event.next}T17:30:00+09:00`, `${event.next}T18:30:00+09:00`, "input.slot.endsAt", "ends after the event"],
      [`${event.date}T11:00:00+09:00`, `${event.date}T10:00:00+09:00`, "input.slot.endsAt", "end must come after the start"],
      [`${event.date}T11:00:00+09:00`, `${event.date}T11:00:00+09:00`, "input.slot.endsAt", "end must come after the start"],
      [`${event.date}T10:00:00+09:00`, `${event.date}T14:01:00+09:00`, "input.slot.endsAt", "at most 4 hours"],
    ];
    for (const [startsAt, endsAt, field, message] of cases) {
      const input = { ...requestInput(event, 11, 11, "10:00", "10:30"), slot: { startsAt, endsAt } };
      expectRefusal(await gateway(REQUEST, { input }), "BAD_USER_INPUT", field, new RegExp(message));
    }
    expect((await meetingsOf(event.id)).totalCount).to.equal(0);
    // Exactly 4 hours, at the event's very start, is allowed.
    const allowed = await requestMeeting({ ...requestInput(event, 11, 11, "09:00", "13:00") });
    expect(allowed.status).to.equal("REQUESTED");
  });

  it("refuses an unknown product, institution or event", async () => {
    const event = await newEvent();
    const base = requestInput(event, 12, 12, "10:00", "10:30");
    expectRefusal(await gateway(REQUEST, { input: { ...base, productId: randomUUID() } }), "NOT_FOUND", "input.productId", /no product/);
    expectRefusal(
      await gateway(REQUEST, { input: { ...base, institutionId: randomUUID() } }),
      "NOT_FOUND",
      "input.institutionId",
      /no institution/,
    );
    expectRefusal(await gateway(REQUEST, { input: { ...base, eventId: randomUUID() } }), "NOT_FOUND", "input.eventId", /no event/);
    expectRefusal(await gateway(REQUEST, { input: { ...base, institutionId: "12" } }), "BAD_USER_INPUT", "input.institutionId");
    expect((await meetingsOf(event.id)).totalCount).to.equal(0);
  });

  it("refuses a product or an institution already booked in an overlapping slot, naming which one is busy", async () => {
    const event = await newEvent();
    await requestMeeting(requestInput(event, 13, 13, "10:00", "11:00"));
    expectRefusal(
      await gateway(REQUEST, { input: requestInput(event, 13, 14, "10:30", "11:30") }),
      "CONFLICT",
      "input.productId",
      /product is already booked/,
    );
    expectRefusal(
      await gateway(REQUEST, { input: requestInput(event, 14, 13, "09:30", "10:01") }),
      "CONFLICT",
      "input.institutionId",
      /institution is already booked/,
    );
    // Half-open slots: back to back is fine for both.
    const next = await requestMeeting(requestInput(event, 13, 13, "11:00", "11:30"));
    const before = await requestMeeting(requestInput(event, 13, 13, "09:30", "10:00"));
    expect([next.status, before.status]).to.deep.equal(["REQUESTED", "REQUESTED"]);
    expect((await meetingsOf(event.id)).totalCount).to.equal(3);
  });

  it("frees the slot when a meeting is cancelled, so it can be booked again", async () => {
    const event = await newEvent();
    const first = await requestMeeting(requestInput(event, 15, 15, "10:00", "11:00"));
    expectRefusal(await gateway(REQUEST, { input: requestInput(event, 15, 16, "10:00", "11:00") }), "CONFLICT", "input.productId");
    await gatewayData(CANCEL, { id: first.id });
    const again = await requestMeeting(requestInput(event, 15, 16, "10:00", "11:00"));
    expect(again).to.deep.include({ status: "REQUESTED", institution: { id: institution(16).id, name: institution(16).name } });
    const meetings = await meetingsOf(event.id);
    expect(meetings.totalCount).to.equal(2);
    expect(meetings.nodes).to.have.deep.members([
      { id: first.id, status: "CANCELLED", outcome: null },
      { id: again.id, status: "REQUESTED", outcome: null },
    ]);
  });

  it("answers a retry with the same idempotency key with the first meeting, and refuses the key for another request", async () => {
    const event = await newEvent();
    const input = { ...requestInput(event, 17, 17, "10:00", "10:30"), idempotencyKey: `retry-${event.id}` };
    const first = await requestMeeting(input);
    const retry = await requestMeeting(input);
    expect(retry).to.deep.equal(first);
    expectRefusal(
      await gateway(REQUEST, { input: { ...input, slot: { ...input.slot, endsAt: `${event.date}T10:45:00+09:00` } } }),
      "CONFLICT",
      "input.idempotencyKey",
      /already used for a different request/,
    );
    expectRefusal(
      await gateway(REQUEST, { input: { ...input, idempotencyKey: "k".repeat(201) } }),
      "BAD_USER_INPUT",
      "input.idempotencyKey",
      /1 to 200 characters/,
    );
    expect(await meetingsOf(event.id)).to.deep.equal({ totalCount: 1, nodes: [{ id: first.id, status: "REQUESTED", outcome: null }] });
  });

  it("answers SERVICE_UNAVAILABLE and writes nothing while the institutions subgraph is down", async () => {
    const event = await newEvent();
    await testGraph().running.stopSubgraph("institutions");
    try {
      const response = await gateway(
        `mutation ($input: RequestConsultationMeetingInput!) { requestConsultationMeeting(input: $input) { id } }`,
        {
          input: requestInput(event, 18, 18, "10:00", "10:30"),
        },
      );
      expectRefusal(response, "SERVICE_UNAVAILABLE", null, /institutions service could not be reached.*nothing was changed/);
    } finally {
      await testGraph().running.restartSubgraph("institutions");
    }
    expect((await meetingsOf(event.id)).totalCount).to.equal(0);
  });
});

describe("consultation meeting status moves", () => {
  it("confirms a requested meeting, then records its outcome", async () => {
    const event = await newEvent();
    const requested = await requestMeeting(requestInput(event, 20, 20, "10:00", "10:30"));
    const { confirmConsultationMeeting } = await gatewayData(CONFIRM, { id: requested.id });
    expect(confirmConsultationMeeting).to.deep.equal({ ...requested, status: "CONFIRMED" });
    expect(await meeting(requested.id)).to.deep.equal({ ...requested, status: "CONFIRMED" });
    const { recordConsultationOutcome } = await gatewayData(RECORD, { id: requested.id, outcome: "PURCHASE_INTENT" });
    expect(recordConsultationOutcome).to.deep.equal({ ...requested, status: "HELD", outcome: "PURCHASE_INTENT" });
    expect(await meeting(requested.id)).to.deep.equal({ ...requested, status: "HELD", outcome: "PURCHASE_INTENT" });
  });

  it("cancels a requested meeting and a confirmed one", async () => {
    const event = await newEvent();
    const requested = await requestMeeting(requestInput(event, 21, 21, "10:00", "10:30"));
    const confirmed = await requestMeeting(requestInput(event, 21, 21, "11:00", "11:30"));
    await gatewayData(CONFIRM, { id: confirmed.id });
    expect((await gatewayData(CANCEL, { id: requested.id })).cancelConsultationMeeting).to.deep.equal({
      ...requested,
      status: "CANCELLED",
    });
    expect((await gatewayData(CANCEL, { id: confirmed.id })).cancelConsultationMeeting).to.deep.equal({
      ...confirmed,
      status: "CANCELLED",
    });
    expect((await meeting(requested.id)).status).to.equal("CANCELLED");
    expect((await meeting(confirmed.id)).status).to.equal("CANCELLED");
  });

  it("refuses illegal moves with CONFLICT naming the current status, and changes nothing", async () => {
    const event = await newEvent();
    const requested = await requestMeeting(requestInput(event, 22, 22, "10:00", "10:30"));
    expectRefusal(await gateway(RECORD, { id: requested.id, outcome: "FOLLOW_UP" }), "CONFLICT", "input.meetingId", /meeting is REQUESTED/);

    const confirmed = await requestMeeting(requestInput(event, 22, 22, "11:00", "11:30"));
    await gatewayData(CONFIRM, { id: confirmed.id });
    expectRefusal(await gateway(CONFIRM, { id: confirmed.id }), "CONFLICT", "input.meetingId", /meeting is CONFIRMED/);

    const held = await requestMeeting(requestInput(event, 22, 22, "12:00", "12:30"));
    await gatewayData(CONFIRM, { id: held.id });
    await gatewayData(RECORD, { id: held.id, outcome: "NO_INTEREST" });
    expectRefusal(await gateway(CANCEL, { id: held.id }), "CONFLICT", "input.meetingId", /meeting is HELD/);
    expectRefusal(await gateway(RECORD, { id: held.id, outcome: "FOLLOW_UP" }), "CONFLICT", "input.meetingId", /meeting is HELD/);

    const cancelled = await requestMeeting(requestInput(event, 22, 22, "13:00", "13:30"));
    await gatewayData(CANCEL, { id: cancelled.id });
    expectRefusal(await gateway(CONFIRM, { id: cancelled.id }), "CONFLICT", "input.meetingId", /meeting is CANCELLED/);
    expectRefusal(await gateway(CANCEL, { id: cancelled.id }), "CONFLICT", "input.meetingId", /meeting is CANCELLED/);

    expect(await meetingsOf(event.id)).to.deep.equal({
      totalCount: 4,
      nodes: [
        { id: requested.id, status: "REQUESTED", outcome: null },
        { id: confirmed.id, status: "CONFIRMED", outcome: null },
        { id: held.id, status: "HELD", outcome: "NO_INTEREST" },
        { id: cancelled.id, status: "CANCELLED", outcome: null },
      ],
    });
  });

  it("refuses an unknown meeting and a malformed id", async () => {
    expectRefusal(await gateway(CONFIRM, { id: randomUUID() }), "NOT_FOUND", "input.meetingId", /no consultation meeting/);
    expectRefusal(await gateway(CANCEL, { id: "nope" }), "BAD_USER_INPUT", "input.meetingId");
  });
});

describe("exhibitions rules held by the database itself", () => {
  let client: pg.Client;
  before(async () => {
    client = new pg.Client({ connectionString: testGraph().databaseUrl, options: "-c search_path=exhibitions" });
    await client.connect();
  });
  after(() => client.end());

  const refusal = (sql: string, params: unknown[]) =>
    client.query(sql, params).then(
      () => null,
      (error: { constraint?: string }) => error.constraint ?? "no constraint",
    );

  it("refuses an illegal status move and an outcome on a meeting that was not held, whatever code writes", async () => {
    const event = await newEvent();
    const held = await requestMeeting(requestInput(event, 23, 23, "10:00", "10:30"));
    await gatewayData(CONFIRM, { id: held.id });
    await gatewayData(RECORD, { id: held.id, outcome: "FOLLOW_UP" });
    const requested = await requestMeeting(requestInput(event, 23, 23, "11:00", "11:30"));
    expect(await refusal(`UPDATE consultation_meeting SET status = 'REQUESTED', outcome = NULL WHERE id = $1`, [held.id])).to.equal(
      "consultation_meeting_legal_status_change",
    );
    expect(await refusal(`UPDATE consultation_meeting SET status = 'HELD' WHERE id = $1`, [requested.id])).to.equal(
      "consultation_meeting_legal_status_change",
    );
    expect(await refusal(`UPDATE consultation_meeting SET outcome = 'FOLLOW_UP' WHERE id = $1`, [requested.id])).to.equal(
      "consultation_meeting_outcome_once_held",
    );
    expect((await meeting(held.id)).status).to.equal("HELD");
    expect((await meeting(requested.id)).status).to.equal("REQUESTED");
  });

  it("refuses an exhibitor beyond capacity and a meeting outside its event or longer than 4 hours", async () => {
    const event = await newEvent({ capacity: 1 });
    await gatewayData(REGISTER, { input: { eventId: event.id, productId: product(24).id, booth: "F-01" } });
    expect(
      await refusal(`INSERT INTO exhibitor (id, event_id, product_id, booth) VALUES ($1, $2, $3, 'F-02')`, [
        randomUUID(),
        event.id,
        product(25).id,
      ]),
    ).to.equal("exhibitor_within_event_capacity");
    const insertMeeting = `INSERT INTO consultation_meeting (id, event_id, product_id, institution_id, slot_starts_at, slot_ends_at, status)
      VALUES ($1, $2, $3, $4, $5, $6, 'REQUESTED')`;
    const ids = [randomUUID(), event.id, product(25).id, institution(25).id];
    expect(await refusal(insertMeeting, [...ids, `${event.date}T08:00:00+09:00`, `${event.date}T09:30:00+09:00`])).to.equal(
      "consultation_meeting_slot_within_event",
    );
    expect(await refusal(insertMeeting, [...ids, `${event.date}T09:00:00+09:00`, `${event.date}T13:30:00+09:00`])).to.equal(
      "consultation_meeting_slot_at_most_4_hours",
    );
    expect((await exhibitorsOf(event.id)).totalCount).to.equal(1);
    expect((await meetingsOf(event.id)).totalCount).to.equal(0);
  });
});
