import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { notFound } from "../../../../../lib/runtime/errors.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import type { Context } from "../../context.js";
import { Event, Exhibitor } from "../../entities/index.js";
import type { MutationRegisterExhibitorArgs, RegisterExhibitorInput } from "../../generated/resolvers-types.js";
import { requireProduct } from "../../owners.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import { requireBooth } from "../../rules.js";

function readExhibitorInput(input: RegisterExhibitorInput) {
  return {
    eventId: requireId(input.eventId, "input.eventId"),
    productId: requireId(input.productId, "input.productId"),
    booth: requireBooth(input.booth),
  };
}

/**
 * One booth per product per event, booths unique in the event and the event's capacity are the
 * database's (two unique constraints and the exhibitor_within_event_capacity trigger, which locks the
 * event row and counts); the product's existence is the products subgraph's answer.
 */
export async function registerExhibitor(_: unknown, { input }: MutationRegisterExhibitorArgs, { db }: Context): Promise<Exhibitor> {
  const { eventId, productId, booth } = readExhibitorInput(input);
  if (!(await db.getRepository(Event).existsBy({ id: eventId }))) throw notFound("There is no event with this id.", "input.eventId");
  await requireProduct(productId);
  const exhibitor = db.getRepository(Exhibitor).create({ id: randomUUID(), eventId, productId, booth });
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => db.transaction((manager) => manager.getRepository(Exhibitor).insert(exhibitor)));
  return exhibitor;
}
