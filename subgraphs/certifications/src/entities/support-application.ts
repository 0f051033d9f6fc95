import { Column, Entity, PrimaryColumn } from "typeorm";
import type { CertificationScheme, SupportApplicationStatus } from "../../../../lib/domain/enums.js";
import type { SupportApplicationRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "support_application" })
export class SupportApplication implements SupportApplicationRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "program_id" })
  programId: string;

  @Column("uuid", { name: "product_id" })
  productId: string;

  @Column("text")
  scheme: CertificationScheme;

  @Column("text")
  status: SupportApplicationStatus;

  @Column("bigint", { name: "requested_amount" })
  requestedAmount: number;

  @Column("bigint", { name: "support_amount", nullable: true })
  supportAmount: number | null;

  @Column("date", { name: "applied_on" })
  appliedOn: string;

  @Column("date", { name: "decided_on", nullable: true })
  decidedOn: string | null;
}
