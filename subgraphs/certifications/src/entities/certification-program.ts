import { Column, Entity } from "typeorm";
import { BilingualNamedRow } from "../../../../lib/data/bilingual-named-row.js";
import type { CertificationScheme, CertificationScope } from "../../../../lib/domain/enums.js";
import type { CertificationProgramRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "certification_program" })
export class CertificationProgram extends BilingualNamedRow implements CertificationProgramRow {
  @Column("uuid", { name: "operator_institution_id" })
  operatorInstitutionId: string;

  @Column("integer")
  year: number;

  @Column("text", { array: true })
  scope: CertificationScope[];

  @Column("text", { array: true })
  schemes: CertificationScheme[];

  @Column("bigint", { name: "per_product_ceiling" })
  perProductCeiling: number;

  @Column("bigint")
  budget: number;

  /** Support granted to approved applications, kept by a trigger and held within the budget by a CHECK. */
  @Column({ type: "bigint", name: "committed_amount", insert: false, update: false })
  committedAmount: number;

  @Column("date", { name: "application_opens_on" })
  applicationOpensOn: string;

  @Column("date", { name: "application_closes_on" })
  applicationClosesOn: string;
}
