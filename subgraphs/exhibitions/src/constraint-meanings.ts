import type { ConstraintMeanings } from "../../../lib/data/database-errors.js";
import { MAX_MEETING_HOURS } from "./rules.js";

export const CONSTRAINT_MEANINGS: ConstraintMeanings = {
  event_ends_after_start: { code: "BAD_USER_INPUT", message: "The end must come after the start.", field: "input.endsAt" },
  event_capacity_check: { code: "BAD_USER_INPUT", message: "Capacity is at least 1.", field: "input.capacity" },
  exhibitor_event_id_fkey: { code: "NOT_FOUND", message: "There is no event with this id.", field: "input.eventId" },
  exhibitor_one_booth_per_product: {
    code: "CONFLICT",
    message: "This product already has a booth at this event.",
    field: "input.productId",
  },
  exhibitor_booth_unique_in_event: {
    code: "CONFLICT",
    message: "This booth is already taken at this event; choose another.",
    field: "input.booth",
  },
  exhibitor_within_event_capacity: {
    code: "CONFLICT",
    message: "The event is full: every place for exhibitors is taken.",
    field: "input.eventId",
  },
  consultation_meeting_event_id_fkey: { code: "NOT_FOUND", message: "There is no event with this id.", field: "input.eventId" },
  consultation_meeting_product_not_double_booked: {
    code: "CONFLICT",
    message: "The product is already booked into an overlapping meeting; choose another slot.",
    field: "input.productId",
  },
  consultation_meeting_institution_not_double_booked: {
    code: "CONFLICT",
    message: "The institution is already booked into an overlapping meeting; choose another slot.",
    field: "input.institutionId",
  },
  consultation_meeting_slot_bounded: { code: "BAD_USER_INPUT", message: "The end must come after the start.", field: "input.slot.endsAt" },
  consultation_meeting_slot_at_most_4_hours: {
    code: "BAD_USER_INPUT",
    message: `A consultation meeting lasts at most ${MAX_MEETING_HOURS} hours.`,
    field: "input.slot.endsAt",
  },
  consultation_meeting_slot_within_event: {
    code: "BAD_USER_INPUT",
    message: "The slot must lie within the event's dates.",
    field: "input.slot",
  },
  consultation_meeting_legal_status_change: {
    code: "CONFLICT",
    message: "The meeting's status cannot change that way.",
    field: "input.meetingId",
  },
  consultation_meeting_outcome_once_held: {
    code: "CONFLICT",
    message: "An outcome is recorded only for a meeting that was held.",
    field: "input.outcome",
  },
};
