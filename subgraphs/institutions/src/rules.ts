import { todayInKorea } from "../../../lib/domain/dates.js";
import { badUserInput, conflict, notFound } from "../../../lib/runtime/errors.js";
import type { PurchaseMethod } from "../../../lib/domain/enums.js";
import { PROGRAM_FIRST_YEAR } from "../../../lib/domain/years.js";
import type { ProductFacts } from "./owners.js";

/**
 * The rules of the institutions subgraph's writes that are its own; the value rules every subgraph
 * shares (text, years, money) are in lib/domain/.
 */

/** A date on which something already happened: not after today in Korea, not before the program began. */
export function requirePastDate(date: string, field: string, what: string): string {
  const today = todayInKorea();
  if (date > today) throw badUserInput(`${what} cannot be in the future (today in Korea is ${today}); got ${date}.`, field);
  if (date < `${PROGRAM_FIRST_YEAR}-01-01`) {
    throw badUserInput(`${what} cannot be before the program began in ${PROGRAM_FIRST_YEAR}; got ${date}.`, field);
  }
  return date;
}

export function requirePositiveInteger(value: number, field: string, what: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw badUserInput(`${what} must be a positive whole number; got ${value}.`, field);
  return value;
}

/**
 * What the products subgraph answered about a purchase's product, checked: it must exist, and a
 * negotiated contract (수의계약), a benefit of designation, may be signed only while the designation is
 * in force (from designation through validUntil, and not after a revocation).
 */
export function requirePurchasable(
  product: ProductFacts | null,
  purchase: { productId: string; method: PurchaseMethod; contractedOn: string },
): ProductFacts {
  if (!product) throw notFound(`No designated product has the id ${purchase.productId}.`, "input.productId");
  if (purchase.method !== "NEGOTIATED_CONTRACT" || product.isDesignatedOn) return product;
  const revoked = product.revokedOn && product.revokedOn <= purchase.contractedOn ? ` and was revoked on ${product.revokedOn}` : "";
  throw conflict(
    `${product.designationNumber}'s designation was valid from ${product.designatedOn} to ${product.validUntil}${revoked}; ` +
      `a negotiated contract on ${purchase.contractedOn} is not allowed. Record it with another method, such as COMPETITIVE_BID.`,
    "input.contractedOn",
  );
}
