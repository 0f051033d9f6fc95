import { Column, Entity, PrimaryColumn } from "typeorm";
import { isoInstant } from "../../../../lib/data/instants.js";
import type { EventKind } from "../../../../lib/domain/enums.js";
import type { EventRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "event" })
export class Event implements EventRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  title: string;

  @Column("text", { name: "title_en" })
  titleEn: string;

  @Column("text")
  kind: EventKind;

  @Column("text")
  venue: string;

  @Column("text")
  city: string;

  @Column("timestamptz", { name: "starts_at", transformer: isoInstant })
  startsAt: string;

  @Column("timestamptz", { name: "ends_at", transformer: isoInstant })
  endsAt: string;

  @Column("text")
  organizer: string;

  @Column("integer", { nullable: true })
  capacity: number | null;
}
