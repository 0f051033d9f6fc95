import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { requireActingFor } from "../../../../../lib/access/access.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { notFound } from "../../../../../lib/runtime/errors.js";
import { idempotent, optionalIdempotencyKey } from "../../../../../lib/data/idempotency.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import { lockRowById } from "../../../../../lib/data/row-lock.js";
import type { MeetingStatus } from "../../../../../lib/domain/enums.js";
import type { Context } from "../../context.js";
import { ConsultationMeeting, Event } from "../../entities/index.js";
import type {
  MutationCancelConsultationMeetingArgs,
  MutationConfirmConsultationMeetingArgs,
  MutationRecordConsultationOutcomeArgs,
  MutationRequestConsultationMeetingArgs,
  RequestConsultationMeetingInput,
} from "../../generated/resolvers-types.js";
import { requireProductAndInstitution } from "../../owners.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import { requireLegalMove, requireSlotWithinEvent } from "../../rules.js";

/** The ids and the key, checked; the slot is checked against its event, once the event is read. */
function readMeetingInput(input: RequestConsultationMeetingInput) {
  return {
    eventId: requireId(input.eventId, "input.eventId"),
    productId: requireId(input.productId, "input.productId"),
    institutionId: requireId(input.institutionId, "input.institutionId"),
    idempotencyKey: optionalIdempotencyKey(input.idempotencyKey, "input.idempotencyKey"),
  };
}

/**
 * Books a product's seller and an institution into a slot. Double booking is refused by the two
 * exclusion constraints (the second of two concurrent writers waits for the first, then fails); the
 * idempotency key is claimed in the same transaction as the insert.
 */
export async function requestConsultationMeeting(
  _: unknown,
  { input }: MutationRequestConsultationMeetingArgs,
  { caller, db }: Context,
): Promise<ConsultationMeeting> {
  const { eventId, productId, institutionId, idempotencyKey } = readMeetingInput(input);
  requireActingFor(caller, institutionId, "this meeting would be another institution's", "input.institutionId");
  const event = await db.getRepository(Event).findOneBy({ id: eventId });
  if (!event) throw notFound("There is no event with this id.", "input.eventId");
  requireSlotWithinEvent(input.slot, event);
  await requireProductAndInstitution(productId, institutionId);
  const slotStartsAt = input.slot.startsAt.toISOString();
  const slotEndsAt = input.slot.endsAt.toISOString();
  const payload = { eventId, productId, institutionId, slotStartsAt, slotEndsAt };
  const id = await withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const result = await idempotent(
        manager,
        { operation: "requestConsultationMeeting", caller, key: idempotencyKey },
        payload,
        async () => {
          const meeting = manager
            .getRepository(ConsultationMeeting)
            .create({ id: randomUUID(), ...payload, status: "REQUESTED", outcome: null });
          await manager.getRepository(ConsultationMeeting).insert(meeting);
          return meeting.id;
        },
        "input.idempotencyKey",
      );
      return result.id;
    }),
  );
  return await db.getRepository(ConsultationMeeting).findOneByOrFail({ id });
}

/** Locks the meeting, checks the move is legal (naming the current status if not), and makes it. */
async function moveMeeting(
  { caller, db }: Context,
  meetingIdInput: string,
  to: MeetingStatus,
  change: Partial<Pick<ConsultationMeeting, "outcome">> = {},
): Promise<ConsultationMeeting> {
  const meetingId = requireId(meetingIdInput, "input.meetingId");
  return withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager: EntityManager) => {
      const meeting = await lockRowById(manager, ConsultationMeeting, meetingId);
      if (!meeting) throw notFound("There is no consultation meeting with this id.", "input.meetingId");
      requireActingFor(caller, meeting.institutionId, "this meeting is another institution's", "input.meetingId");
      requireLegalMove(meeting.status, to);
      await manager.getRepository(ConsultationMeeting).update({ id: meetingId }, { status: to, ...change });
      return { ...meeting, status: to, ...change };
    }),
  );
}

export const confirmConsultationMeeting = (_: unknown, { input }: MutationConfirmConsultationMeetingArgs, context: Context) =>
  moveMeeting(context, input.meetingId, "CONFIRMED");

export const cancelConsultationMeeting = (_: unknown, { input }: MutationCancelConsultationMeetingArgs, context: Context) =>
  moveMeeting(context, input.meetingId, "CANCELLED");

export const recordConsultationOutcome = (_: unknown, { input }: MutationRecordConsultationOutcomeArgs, context: Context) =>
  moveMeeting(context, input.meetingId, "HELD", { outcome: input.outcome });
