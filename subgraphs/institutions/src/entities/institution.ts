import { Column, Entity, PrimaryColumn } from "typeorm";
import type { InstitutionType } from "../../../../lib/domain/enums.js";
import type { InstitutionRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "institution" })
export class Institution implements InstitutionRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { name: "name_en" })
  nameEn: string;

  @Column("text", { nullable: true })
  abbreviation: string | null;

  @Column("text")
  type: InstitutionType;

  @Column("text", { name: "parent_ministry", nullable: true })
  parentMinistry: string | null;

  @Column("text")
  region: string;
}
