import { Column, Entity, PrimaryColumn } from "typeorm";
import type { ExhibitorRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "exhibitor" })
export class Exhibitor implements ExhibitorRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "event_id" })
  eventId: string;

  /** A product of the products subgraph: a plain uuid, no foreign key. */
  @Column("uuid", { name: "product_id" })
  productId: string;

  @Column("text")
  booth: string;
}
