import { Column, Entity } from "typeorm";
import { BilingualNamedRow } from "../../../../lib/data/bilingual-named-row.js";
import type { Agency, ProcurementBenefit, ProductField } from "../../../../lib/domain/enums.js";
import type { ProductRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "product" })
export class Product extends BilingualNamedRow implements ProductRow {
  @Column("text", { name: "designation_number" })
  designationNumber: string;

  @Column("text")
  description: string;

  @Column("uuid", { name: "company_id" })
  companyId: string;

  @Column("text")
  field: ProductField;

  @Column("text", { name: "designating_agency" })
  designatingAgency: Agency;

  @Column("date", { name: "designated_on" })
  designatedOn: string;

  /** designated_on + 3 years, computed by PostgreSQL (a generated column), so it can never disagree. */
  @Column({ type: "date", name: "valid_until", insert: false, update: false })
  validUntil: string;

  @Column("date", { name: "revoked_on", nullable: true })
  revokedOn: string | null;

  /** Why the designation was revoked; null when not revoked (and for revocations recorded before reasons were kept). */
  @Column("text", { name: "revocation_reason", nullable: true })
  revocationReason?: string | null;

  @Column("text", { name: "procurement_item_number" })
  procurementItemNumber: string;

  @Column("bigint", { name: "unit_price" })
  unitPrice: number;

  @Column("text", { array: true })
  benefits: ProcurementBenefit[];
}
