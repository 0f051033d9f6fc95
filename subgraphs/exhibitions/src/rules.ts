import type { ConstraintMeanings } from "../../../lib/database-errors.js";
import { badUserInput, conflict } from "../../../lib/errors.js";
import type { MeetingStatus } from "../../../lib/seed/dataset.js";

/**
 * The exhibitions subgraph's write rules as small named checks, run before anything is written. The
 * database holds the same rules (constraints and triggers); `constraintMeanings` turns its refusals
 * into the same API errors, for the writes that race past these checks.
 */

export const MAX_MEETING_HOURS = 4;

/** Trims a required text and refuses it empty or longer than `max`. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) throw badUserInput(`This must have 1 to ${max} characters.`, field);
  return text;
}

/** A DateTime scalar value (a Date) as an instant, refusing anything not finite. */
function instant(value: Date, field: string): number {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw badUserInput("This is not a valid instant.", field);
  return time;
}

export function requireEndsAfterStart(startsAt: Date, endsAt: Date, endField: string): void {
  if (instant(endsAt, endField) <= instant(startsAt, endField.replace(/endsAt$/, "startsAt"))) {
    throw badUserInput("The end must come after the start.", endField);
  }
}

export function requireCapacity(capacity: number | null | undefined): number | null {
  if (capacity == null) return null;
  if (capacity < 1) throw badUserInput("Capacity is at least 1; leave it out for an unlimited event.", "input.capacity");
  return capacity;
}

export function requireBooth(booth: string): string {
  return requireText(booth, "input.booth", 20);
}

/** A slot is at most MAX_MEETING_HOURS long and lies within the event's dates. */
export function requireSlotWithinEvent(slot: { startsAt: Date; endsAt: Date }, event: { startsAt: string; endsAt: string }): void {
  requireEndsAfterStart(slot.startsAt, slot.endsAt, "input.slot.endsAt");
  const length = slot.endsAt.getTime() - slot.startsAt.getTime();
  if (length > MAX_MEETING_HOURS * 60 * 60 * 1000) {
    throw badUserInput(`A consultation meeting lasts at most ${MAX_MEETING_HOURS} hours.`, "input.slot.endsAt");
  }
  if (slot.startsAt.getTime() < new Date(event.startsAt).getTime()) {
    throw badUserInput(`The slot starts before the event does (${event.startsAt}).`, "input.slot.startsAt");
  }
  if (slot.endsAt.getTime() > new Date(event.endsAt).getTime()) {
    throw badUserInput(`The slot ends after the event does (${event.endsAt}).`, "input.slot.endsAt");
  }
}

/** The moves a meeting's status may make; the database trigger consultation_meeting_legal_status_change holds the same. */
const LEGAL_MOVES: Record<MeetingStatus, MeetingStatus[]> = {
  REQUESTED: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["HELD", "CANCELLED"],
  HELD: [],
  CANCELLED: [],
};

const VERB: Partial<Record<MeetingStatus, string>> = { CONFIRMED: "confirmed", CANCELLED: "cancelled", HELD: "recorded as held" };

export function requireLegalMove(from: MeetingStatus, to: MeetingStatus): void {
  if (!LEGAL_MOVES[from].includes(to)) {
    throw conflict(`The meeting is ${from}, so it cannot be ${VERB[to] ?? `moved to ${to}`}.`, "input.meetingId");
  }
}

export const constraintMeanings: ConstraintMeanings = {
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
