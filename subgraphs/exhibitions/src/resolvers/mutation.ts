import { createEvent } from "./mutations/events.js";
import { registerExhibitor } from "./mutations/exhibitors.js";
import {
  cancelConsultationMeeting,
  confirmConsultationMeeting,
  recordConsultationOutcome,
  requestConsultationMeeting,
} from "./mutations/meetings.js";
import type { MutationResolvers } from "../generated/resolvers-types.js";

/** The exhibitions subgraph's writes, one file per aggregate under mutations/; the rules are in ../rules.ts. */
export const Mutation: MutationResolvers = {
  createEvent,
  registerExhibitor,
  requestConsultationMeeting,
  confirmConsultationMeeting,
  cancelConsultationMeeting,
  recordConsultationOutcome,
};
