import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import type { ConsultationMeetingResolvers } from "../generated/resolvers-types.js";

export const ConsultationMeeting: ConsultationMeetingResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.meeting.load(id),
  event: (meeting, _, { loaders }) => loadReferenced(loaders.event, meeting.eventId),
  /** Owned by the products subgraph: a reference the gateway resolves there. */
  product: (meeting) => ({ __typename: "Product", id: meeting.productId }),
  /** Owned by the institutions subgraph: a reference the gateway resolves there. */
  institution: (meeting) => ({ __typename: "Institution", id: meeting.institutionId }),
  slot: (meeting) => ({ startsAt: meeting.slotStartsAt, endsAt: meeting.slotEndsAt }),
};
