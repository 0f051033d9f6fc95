import { Column, Entity, PrimaryColumn } from "typeorm";
import type { ApplicationStage, ProductField } from "../../../../lib/domain/enums.js";
import type { DesignationApplicationRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "designation_application" })
export class DesignationApplication implements DesignationApplicationRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "round_id" })
  roundId: string;

  @Column("uuid", { name: "company_id" })
  companyId: string;

  @Column("text", { name: "product_name" })
  productName: string;

  @Column("text", { name: "product_name_en" })
  productNameEn: string;

  @Column("text")
  field: ProductField;

  @Column("text")
  stage: ApplicationStage;

  @Column("date", { name: "submitted_on" })
  submittedOn: string;

  @Column("numeric", { name: "innovativeness_score", precision: 5, scale: 2, nullable: true })
  innovativenessScore: number | null;

  @Column("numeric", { name: "marketability_score", precision: 5, scale: 2, nullable: true })
  marketabilityScore: number | null;

  @Column("numeric", { name: "public_value_score", precision: 5, scale: 2, nullable: true })
  publicValueScore: number | null;

  @Column("uuid", { name: "product_id", nullable: true })
  productId: string | null;
}
