import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireText } from "../../../../../lib/domain/text.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import type { Context } from "../../context.js";
import { Certificate } from "../../entities/index.js";
import type { MutationRecordCertificateArgs, RecordCertificateInput } from "../../generated/resolvers-types.js";
import { requireProduct } from "../../owners.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import { requireCertificateDates, requireMarketOfScheme } from "../../rules.js";

function readCertificateInput(input: RecordCertificateInput): Certificate {
  const productId = requireId(input.productId, "input.productId");
  const number = requireText(input.number, "input.number", 100);
  const issuer = requireText(input.issuer, "input.issuer", 200);
  requireCertificateDates(input.issuedOn, input.expiresOn);
  requireMarketOfScheme(input.scheme, input.market);
  return {
    id: randomUUID(),
    productId,
    scheme: input.scheme,
    number,
    issuer,
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn ?? null,
    market: input.market,
  };
}

/** Records a certificate a product obtained; its number is unique (the database's UNIQUE holds it). */
export async function recordCertificate(_: unknown, { input }: MutationRecordCertificateArgs, { db }: Context): Promise<Certificate> {
  const row = readCertificateInput(input);
  await requireProduct(row.productId);
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => db.getRepository(Certificate).insert(row));
  return db.getRepository(Certificate).findOneByOrFail({ id: row.id });
}
