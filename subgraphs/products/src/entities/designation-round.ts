import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Agency } from "../../../../lib/domain/enums.js";
import type { DesignationRoundRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "designation_round" })
export class DesignationRound implements DesignationRoundRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  agency: Agency;

  @Column("integer")
  year: number;

  @Column("text")
  title: string;

  @Column("date", { name: "opens_on" })
  opensOn: string;

  @Column("date", { name: "closes_on" })
  closesOn: string;
}
