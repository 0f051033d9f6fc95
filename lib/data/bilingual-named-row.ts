import { Column, PrimaryColumn } from "typeorm";

/**
 * The columns a row named in Korean and English has (an institution, a company, a product, a
 * certification program): its uuid, its name and its English name. Its entity extends this class, and
 * TypeORM takes the columns from it as from the entity itself.
 */
export abstract class BilingualNamedRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { name: "name_en" })
  nameEn: string;
}
