import { createEvent } from "./mutations/events.js";
import { registerExhibitor } from "./mutations/exhibitors.js";
import {
  cancelConsultationMeeting,
  confirmConsultationMeeting,
  recordConsultationOutcome,
  requestConsultationMeeting,
} from "./mutations/meetings.js";

/** The exhibitions subgraph's writes, one file per aggregate under mutations/; the rules are in ../rules.ts. */
export const Mutation = {
  createEvent,
  registerExhibitor,
  requestConsultationMeeting,
  confirmConsultationMeeting,
  cancelConsultationMeeting,
  recordConsultationOutcome,
};
