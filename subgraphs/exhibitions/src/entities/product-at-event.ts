import { Column, PrimaryColumn } from "typeorm";

/** The columns of a row about one product at one fair: an exhibitor's booth, a consultation meeting. */
export abstract class ProductAtEvent {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "event_id" })
  eventId: string;

  /** A product of the products subgraph: a plain uuid, no foreign key. */
  @Column("uuid", { name: "product_id" })
  productId: string;
}
