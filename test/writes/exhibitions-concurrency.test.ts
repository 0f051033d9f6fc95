import { expect } from "chai";
import { gatewayAsPermitted as gateway, gatewayDataAsPermitted as gatewayData, type GraphQLResponse } from "../support/client.js";
import { consultationFairInput } from "../support/events.js";
import { testGraph } from "../support/graph.js";

/**
 * Real parallel requests through the gateway: the database, not the code's checks, decides who wins.
 * Each test has its own event in days of its own (support/events.ts), apart from the seeded meetings and
 * from every other test's.
 */
async function newEvent(capacity: number | null = null) {
  const { input, date } = consultationFairInput({
    title: ["동시 상담회", "Concurrency fair"],
    venue: "KINTEX Hall 5",
    city: "Goyang",
    capacity,
    days: 1,
  });
  const { createEvent } = await gatewayData(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input });
  return { id: createEvent.id as string, day: date };
}

const REQUEST = `mutation ($input: RequestConsultationMeetingInput!) { requestConsultationMeeting(input: $input) { id status product { id } institution { id } } }`;

const product = (index: number) => testGraph().dataset.products.products[index].id;
const institution = (index: number) => testGraph().dataset.institutions.institutions[index].id;

/** `HH:MM` plus minutes, on the event's day, in KST. */
function at(day: string, hour: number, minutes: number) {
  const total = hour * 60 + minutes;
  return `${day}T${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}:00+09:00`;
}

/** Splits answers into successes and refusals, and checks every answer is one or the other. */
function outcomes(responses: GraphQLResponse[], mutation: string) {
  const wins = responses.filter((response) => !response.errors && response.data?.[mutation]);
  const refusals = responses.filter((response) => response.errors);
  expect(wins.length + refusals.length, JSON.stringify(responses.filter((r) => !wins.includes(r) && !refusals.includes(r)))).to.equal(
    responses.length,
  );
  return {
    wins,
    refusals,
    refusalKinds: [...new Set(refusals.map((r) => `${r.errors![0].extensions?.code} ${r.errors![0].extensions?.field}`))],
  };
}

/** 50 simultaneous meeting requests at the event, the i-th for [10:00+i, 11:00+i): every pair overlaps. */
const fiftyOverlappingRequests = (event: { id: string; day: string }, who: (i: number) => { productId: string; institutionId: string }) =>
  Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      gateway(REQUEST, { input: { eventId: event.id, ...who(i), slot: { startsAt: at(event.day, 10, i), endsAt: at(event.day, 11, i) } } }),
    ),
  );

async function meetingsOf(eventId: string) {
  const data = await gatewayData(
    `query ($id: ID!) { event(id: $id) { consultationMeetings(first: 100) { totalCount nodes { id status } } } }`,
    { id: eventId },
  );
  return data.event.consultationMeetings;
}

describe("requestConsultationMeeting under concurrency", () => {
  it("books one product only once among 50 simultaneous overlapping requests from different institutions", async () => {
    const event = await newEvent();
    const responses = await fiftyOverlappingRequests(event, (i) => ({ productId: product(100), institutionId: institution(i) }));
    const { wins, refusals, refusalKinds } = outcomes(responses, "requestConsultationMeeting");
    expect(wins).to.have.length(1);
    expect(refusals).to.have.length(49);
    expect(refusalKinds).to.deep.equal(["CONFLICT input.productId"]);
    expect(await meetingsOf(event.id)).to.deep.equal({
      totalCount: 1,
      nodes: [{ id: wins[0].data.requestConsultationMeeting.id, status: "REQUESTED" }],
    });
  });

  it("books one institution only once among 50 simultaneous overlapping requests for different products", async () => {
    const event = await newEvent();
    const responses = await fiftyOverlappingRequests(event, (i) => ({ productId: product(200 + i), institutionId: institution(100) }));
    const { wins, refusals, refusalKinds } = outcomes(responses, "requestConsultationMeeting");
    expect(wins).to.have.length(1);
    expect(refusals).to.have.length(49);
    expect(refusalKinds).to.deep.equal(["CONFLICT input.institutionId"]);
    expect((await meetingsOf(event.id)).totalCount).to.equal(1);
  });

  it("creates one meeting for 20 simultaneous requests with one idempotency key, and every answer names it", async () => {
    const event = await newEvent();
    const input = {
      eventId: event.id,
      productId: product(101),
      institutionId: institution(101),
      slot: { startsAt: at(event.day, 14, 0), endsAt: at(event.day, 14, 30) },
      idempotencyKey: `concurrent-${event.id}`,
    };
    const responses = await Promise.all(Array.from({ length: 20 }, () => gateway(REQUEST, { input })));
    const { wins } = outcomes(responses, "requestConsultationMeeting");
    expect(wins).to.have.length(20);
    const ids = new Set(wins.map((response) => response.data.requestConsultationMeeting.id));
    expect(ids.size).to.equal(1);
    expect(await meetingsOf(event.id)).to.deep.equal({ totalCount: 1, nodes: [{ id: [...ids][0], status: "REQUESTED" }] });
  });

  it("lets the slot be booked again after the winner is cancelled", async () => {
    const event = await newEvent();
    const request = (i: number) =>
      gateway(REQUEST, {
        input: {
          eventId: event.id,
          productId: product(102),
          institutionId: institution(30 + i),
          slot: { startsAt: at(event.day, 15, 0), endsAt: at(event.day, 16, 0) },
        },
      });
    const first = outcomes(await Promise.all(Array.from({ length: 10 }, (_, i) => request(i))), "requestConsultationMeeting");
    expect(first.wins).to.have.length(1);
    const winner = first.wins[0].data.requestConsultationMeeting;
    await gatewayData(`mutation ($id: ID!) { cancelConsultationMeeting(input: { meetingId: $id }) { id } }`, { id: winner.id });
    const second = outcomes(await Promise.all(Array.from({ length: 10 }, (_, i) => request(10 + i))), "requestConsultationMeeting");
    expect(second.wins).to.have.length(1);
    expect(second.refusalKinds).to.deep.equal(["CONFLICT input.productId"]);
    const meetings = await meetingsOf(event.id);
    expect(meetings.totalCount).to.equal(2);
    expect(meetings.nodes).to.have.deep.members([
      { id: winner.id, status: "CANCELLED" },
      { id: second.wins[0].data.requestConsultationMeeting.id, status: "REQUESTED" },
    ]);
  });
});

describe("meeting status moves under concurrency", () => {
  async function requested(event: { id: string; day: string }, index: number) {
    const { requestConsultationMeeting } = await gatewayData(REQUEST, {
      input: {
        eventId: event.id,
        productId: product(103 + index),
        institutionId: institution(103 + index),
        slot: { startsAt: at(event.day, 10, 0), endsAt: at(event.day, 10, 30) },
      },
    });
    return requestConsultationMeeting.id as string;
  }

  it("confirms a meeting once among 10 simultaneous confirmations", async () => {
    const event = await newEvent();
    const id = await requested(event, 0);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        gateway(`mutation ($id: ID!) { confirmConsultationMeeting(input: { meetingId: $id }) { id status } }`, { id }),
      ),
    );
    const { wins, refusals, refusalKinds } = outcomes(responses, "confirmConsultationMeeting");
    expect(wins.map((response) => response.data.confirmConsultationMeeting)).to.deep.equal([{ id, status: "CONFIRMED" }]);
    expect(refusals).to.have.length(9);
    expect(refusalKinds).to.deep.equal(["CONFLICT input.meetingId"]);
    expect(refusals.every((response) => /meeting is CONFIRMED/.test(response.errors![0].message))).to.equal(true);
  });

  it("lets exactly one of simultaneous cancellations and outcome recordings win on a confirmed meeting", async () => {
    const event = await newEvent();
    const id = await requested(event, 1);
    await gatewayData(`mutation ($id: ID!) { confirmConsultationMeeting(input: { meetingId: $id }) { id } }`, { id });
    const cancel = () => gateway(`mutation ($id: ID!) { cancelConsultationMeeting(input: { meetingId: $id }) { id status } }`, { id });
    const record = () =>
      gateway(`mutation ($id: ID!) { recordConsultationOutcome(input: { meetingId: $id, outcome: FOLLOW_UP }) { id status } }`, { id });
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? cancel() : record())));
    const wins = responses.filter((response) => !response.errors);
    expect(wins).to.have.length(1);
    const refusals = responses.filter((response) => response.errors);
    expect(refusals).to.have.length(19);
    expect([...new Set(refusals.map((response) => response.errors![0].extensions?.code))]).to.deep.equal(["CONFLICT"]);
    const won = wins[0].data.cancelConsultationMeeting ?? wins[0].data.recordConsultationOutcome;
    const { consultationMeeting } = await gatewayData(`query ($id: ID!) { consultationMeeting(id: $id) { status outcome } }`, { id });
    expect(consultationMeeting).to.deep.equal(
      won.status === "HELD" ? { status: "HELD", outcome: "FOLLOW_UP" } : { status: "CANCELLED", outcome: null },
    );
  });
});

describe("registerExhibitor under concurrency", () => {
  it("never registers more exhibitors than the event's capacity", async () => {
    const event = await newEvent(5);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gateway(`mutation ($input: RegisterExhibitorInput!) { registerExhibitor(input: $input) { id } }`, {
          input: { eventId: event.id, productId: product(300 + i), booth: `G-${String(i).padStart(2, "0")}` },
        }),
      ),
    );
    const { wins, refusals, refusalKinds } = outcomes(responses, "registerExhibitor");
    expect(wins).to.have.length(5);
    expect(refusals).to.have.length(15);
    expect(refusalKinds).to.deep.equal(["CONFLICT input.eventId"]);
    const data = await gatewayData(`query ($id: ID!) { event(id: $id) { exhibitors(first: 100) { totalCount } } }`, { id: event.id });
    expect(data.event.exhibitors.totalCount).to.equal(5);
  });
});
