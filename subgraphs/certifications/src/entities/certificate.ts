import { Column, Entity, PrimaryColumn } from "typeorm";
import type { CertificationScheme, Market } from "../../../../lib/domain/enums.js";
import type { CertificateRow } from "../../../../lib/seed/dataset.js";

@Entity({ name: "certificate" })
export class Certificate implements CertificateRow {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "product_id" })
  productId: string;

  @Column("text")
  scheme: CertificationScheme;

  @Column("text")
  number: string;

  @Column("text")
  issuer: string;

  @Column("date", { name: "issued_on" })
  issuedOn: string;

  @Column("date", { name: "expires_on", nullable: true })
  expiresOn: string | null;

  @Column("text")
  market: Market;
}
