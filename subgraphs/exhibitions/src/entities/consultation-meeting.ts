import { Column, Entity } from "typeorm";
import { isoInstant } from "../../../../lib/data/instants.js";
import { ProductAtEvent } from "./product-at-event.js";
import type { MeetingOutcome, MeetingStatus } from "../../../../lib/domain/enums.js";
import type { ConsultationMeetingRow } from "../../../../lib/seed/dataset.js";

/**
 * The table also has `slot`, a tstzrange generated from the two instants, which only the exclusion
 * constraints against double booking use; it is left out of the entity, so nothing ever writes it.
 */
@Entity({ name: "consultation_meeting" })
export class ConsultationMeeting extends ProductAtEvent implements ConsultationMeetingRow {
  /** The buying institution, of the institutions subgraph: a plain uuid, no foreign key. */
  @Column("uuid", { name: "institution_id" })
  institutionId: string;

  @Column("timestamptz", { name: "slot_starts_at", transformer: isoInstant })
  slotStartsAt: string;

  @Column("timestamptz", { name: "slot_ends_at", transformer: isoInstant })
  slotEndsAt: string;

  @Column("text")
  status: MeetingStatus;

  @Column("text", { nullable: true })
  outcome: MeetingOutcome | null;
}
