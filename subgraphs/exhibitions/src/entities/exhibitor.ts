import { Column, Entity } from "typeorm";
import { ProductAtEvent } from "./product-at-event.js";
import type { ExhibitorRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "exhibitor" })
export class Exhibitor extends ProductAtEvent implements ExhibitorRow {
  @Column("text")
  booth: string;
}
