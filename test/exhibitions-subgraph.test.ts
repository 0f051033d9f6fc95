import { expect } from "chai";
import { testGraph } from "./support/graph.js";
import { subgraph } from "./support/client.js";

describe("exhibitions subgraph (called directly)", () => {
  it("has the 2025 Technology Commercialization Fair with a consultation fair and a procurement briefing", async () => {
    const response = await subgraph(
      "exhibitions",
      `{ events(first: 100) { nodes { id title titleEn kind startsAt endsAt exhibitors(first: 5) { totalCount } consultationMeetings(first: 5) { totalCount } } } }`,
    );
    expect(response.errors).to.equal(undefined);
    const events = response.data.events.nodes;
    const fair = events.find((event: { titleEn: string }) => /Technology Commercialization Fair/.test(event.titleEn));
    expect(fair, "the fair").to.not.equal(undefined);
    expect(fair.title).to.match(/기술사업화 대전/);
    const seeded = testGraph().dataset.exhibitions;
    expect(fair.exhibitors.totalCount).to.equal(seeded.exhibitors.filter((row) => row.eventId === fair.id).length);
    const consultation = events.find((event: { kind: string }) => event.kind === "CONSULTATION_FAIR");
    expect(consultation.consultationMeetings.totalCount).to.equal(seeded.meetings.filter((row) => row.eventId === consultation.id).length);
    expect(events.some((event: { kind: string }) => event.kind === "PROCUREMENT_BRIEFING")).to.equal(true);
    const starts = events.map((event: { startsAt: string }) => event.startsAt);
    expect(starts).to.deep.equal([...starts].sort());
  });

  it("resolves Event, Exhibitor, ConsultationMeeting, Product and Institution references through _entities", async () => {
    const { exhibitions } = testGraph().dataset;
    const meeting = exhibitions.meetings[0];
    const exhibitor = exhibitions.exhibitors[0];
    const response = await subgraph(
      "exhibitions",
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Event { id title } ... on Exhibitor { id booth }
         ... on ConsultationMeeting { id status slot { startsAt endsAt } }
         ... on Product { id exhibitions { id } } ... on Institution { id consultationMeetings(first: 100) { totalCount } } } }`,
      {
        representations: [
          { __typename: "Event", id: meeting.eventId },
          { __typename: "Exhibitor", id: exhibitor.id },
          { __typename: "ConsultationMeeting", id: meeting.id },
          { __typename: "Product", id: exhibitor.productId },
          { __typename: "Institution", id: meeting.institutionId },
        ],
      },
    );
    expect(response.errors).to.equal(undefined);
    const [event, foundExhibitor, foundMeeting, product, institution] = response.data._entities;
    expect(event.id).to.equal(meeting.eventId);
    expect(foundExhibitor).to.deep.equal({ id: exhibitor.id, booth: exhibitor.booth });
    expect(foundMeeting.status).to.equal(meeting.status);
    expect(new Date(foundMeeting.slot.startsAt).getTime()).to.equal(new Date(meeting.slotStartsAt).getTime());
    expect(product.exhibitions.map((row: { id: string }) => row.id)).to.include(exhibitor.id);
    expect(institution.consultationMeetings.totalCount).to.equal(
      exhibitions.meetings.filter((row) => row.institutionId === meeting.institutionId).length,
    );
  });

  it("filters events by kind and refuses an invalid DateTime", async () => {
    const briefings = await subgraph("exhibitions", `{ events(filter: { kind: PROCUREMENT_BRIEFING }) { nodes { kind } } }`);
    expect(briefings.errors).to.equal(undefined);
    expect(briefings.data.events.nodes.length).to.equal(
      testGraph().dataset.exhibitions.events.filter((event) => event.kind === "PROCUREMENT_BRIEFING").length,
    );
    expect(briefings.data.events.nodes.every((event: { kind: string }) => event.kind === "PROCUREMENT_BRIEFING")).to.equal(true);

    const invalid = await subgraph("exhibitions", `query ($from: DateTime) { events(filter: { from: $from }) { totalCount } }`, {
      from: "next tuesday",
    });
    expect(invalid.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
  });
});
