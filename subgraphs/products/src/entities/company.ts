import { Column, Entity, PrimaryColumn } from "typeorm";
import type { CompanySize } from "../../../../lib/domain/enums.js";
import type { CompanyRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "company" })
export class Company implements CompanyRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { name: "name_en" })
  nameEn: string;

  @Column("text", { name: "business_registration_number" })
  businessRegistrationNumber: string;

  @Column("text")
  size: CompanySize;

  @Column("text")
  region: string;
}
