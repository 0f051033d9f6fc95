import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireText } from "../../../../../lib/domain/text.js";
import type { Context } from "../../context.js";
import { Event } from "../../entities/index.js";
import type { CreateEventInput, MutationCreateEventArgs } from "../../generated/resolvers-types.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import { requireCapacity, requireEndsAfterStart } from "../../rules.js";

function readEventInput(input: CreateEventInput): Event {
  requireEndsAfterStart(input.startsAt, input.endsAt, "input.endsAt");
  return {
    id: randomUUID(),
    title: requireText(input.title, "input.title", 200),
    titleEn: requireText(input.titleEn, "input.titleEn", 200),
    kind: input.kind,
    venue: requireText(input.venue, "input.venue", 200),
    city: requireText(input.city, "input.city", 100),
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    organizer: requireText(input.organizer, "input.organizer", 200),
    capacity: requireCapacity(input.capacity),
  };
}

export async function createEvent(_: unknown, { input }: MutationCreateEventArgs, { db }: Context): Promise<Event> {
  const event = db.getRepository(Event).create(readEventInput(input));
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => db.getRepository(Event).insert(event));
  return event;
}
