import { Column, Entity } from "typeorm";
import { BilingualNamedRow } from "../../../../lib/data/bilingual-named-row.js";
import type { CompanySize } from "../../../../lib/domain/enums.js";
import type { CompanyRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "company" })
export class Company extends BilingualNamedRow implements CompanyRow {
  @Column("text", { name: "business_registration_number" })
  businessRegistrationNumber: string;

  @Column("text")
  size: CompanySize;

  @Column("text")
  region: string;
}
