import { requireText } from "../../../lib/domain/text.js";
import { badUserInput, conflict } from "../../../lib/runtime/errors.js";
import type { MeetingStatus } from "../../../lib/domain/enums.js";

/**
 * The exhibitions subgraph's write rules as small named checks, run before anything is written. The
 * database holds the same rules (constraints and triggers); `constraint-meanings.ts` turns its refusals
 * into the same API errors, for the writes that race past these checks. The value rules every subgraph
 * shares (text, years, money) are in lib/domain/.
 */

export const MAX_MEETING_HOURS = 4;

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
