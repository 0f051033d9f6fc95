import { Column, Entity, PrimaryColumn } from "typeorm";
import type { PurchaseTargetRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "purchase_target" })
export class PurchaseTarget implements PurchaseTargetRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "institution_id" })
  institutionId: string;

  @Column("integer")
  year: number;

  @Column("bigint", { name: "target_amount" })
  targetAmount: number;
}
