import type { Context } from "../context.js";
import type { ConsultationMeeting as MeetingRow } from "../entities/index.js";

export const ConsultationMeeting = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.meeting.load(id),
  event: (meeting: MeetingRow, _: unknown, { loaders }: Context) => loaders.event.load(meeting.eventId),
  /** Owned by the products subgraph: a reference the gateway resolves there. */
  product: (meeting: MeetingRow) => ({ __typename: "Product", id: meeting.productId }),
  /** Owned by the institutions subgraph: a reference the gateway resolves there. */
  institution: (meeting: MeetingRow) => ({ __typename: "Institution", id: meeting.institutionId }),
  slot: (meeting: MeetingRow) => ({ startsAt: meeting.slotStartsAt, endsAt: meeting.slotEndsAt }),
};
