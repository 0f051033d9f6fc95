import { Column, Entity } from "typeorm";
import { BilingualNamedRow } from "../../../../lib/data/bilingual-named-row.js";
import type { InstitutionType } from "../../../../lib/domain/enums.js";
import type { InstitutionRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "institution" })
export class Institution extends BilingualNamedRow implements InstitutionRow {
  @Column("text", { nullable: true })
  abbreviation: string | null;

  @Column("text")
  type: InstitutionType;

  @Column("text", { name: "parent_ministry", nullable: true })
  parentMinistry: string | null;

  @Column("text")
  region: string;
}
