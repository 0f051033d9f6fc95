import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Agency, PurchaseMethod } from "../../../../lib/domain/enums.js";
import type { PurchaseRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "purchase" })
export class Purchase implements PurchaseRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "institution_id" })
  institutionId: string;

  /** A product of the products subgraph: a plain id, never a foreign key across subgraphs. */
  @Column("uuid", { name: "product_id" })
  productId: string;

  /** The product's designating agency, as the products subgraph reported it when the contract was recorded. */
  @Column("text", { name: "product_agency" })
  productAgency: Agency;

  @Column("integer")
  quantity: number;

  @Column("bigint")
  amount: number;

  @Column("text")
  method: PurchaseMethod;

  @Column("date", { name: "contracted_on" })
  contractedOn: string;
}
