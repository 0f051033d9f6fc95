import { Column, Entity, PrimaryColumn } from "typeorm";
import type { LeadBuyerDeclarationRow } from "../../../../lib/seed/dataset.js";

/** Keyed by the institution: an institution declares itself a purchase leader once. */
@Entity({ name: "lead_buyer_declaration" })
export class LeadBuyerDeclaration implements LeadBuyerDeclarationRow {
  @PrimaryColumn("uuid", { name: "institution_id" })
  institutionId: string;

  @Column("date", { name: "declared_on" })
  declaredOn: string;

  @Column("text")
  venue: string;

  @Column("text")
  pledge: string;
}
