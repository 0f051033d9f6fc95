import { todayInKorea } from "../../../lib/dates.js";
import { badUserInput, conflict, notFound } from "../../../lib/errors.js";
import type { PurchaseMethod } from "../../../lib/domain/enums.js";
import type { ProductFacts } from "./owners.js";

/** The rules of the institutions subgraph's writes, checked before anything is written. */

/** A required text: trimmed, and within its length. */
export function requireText(value: string, field: string, label: string, max: number): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) throw badUserInput(`${label} has 1 to ${max} characters.`, field);
  return text;
}

/** An optional text: trimmed; blank means none. */
export function optionalText(value: string | null | undefined, field: string, label: string, max: number): string | null {
  if (value == null || value.trim() === "") return null;
  return requireText(value, field, label, max);
}

/** A date on which something already happened: not after today in Korea, not before the program began. */
export function requirePastDate(date: string, field: string, what: string): string {
  const today = todayInKorea();
  if (date > today) throw badUserInput(`${what} cannot be in the future (today in Korea is ${today}); got ${date}.`, field);
  if (date < "2020-01-01") throw badUserInput(`${what} cannot be before the program began in 2020; got ${date}.`, field);
  return date;
}

export function requirePositiveInteger(value: number, field: string, what: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw badUserInput(`${what} must be a positive whole number; got ${value}.`, field);
  return value;
}

export function requireTargetYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < 2020 || year > 2100) {
    throw badUserInput(`A purchase target's year is from 2020 (when the program began) to 2100; got ${year}.`, field);
  }
  return year;
}

/** The product must exist in the products subgraph. */
export function requireProduct(product: ProductFacts | null, productId: string): ProductFacts {
  if (!product) throw notFound(`No designated product has the id ${productId}.`, "input.productId");
  return product;
}

/**
 * A negotiated contract (수의계약) is a benefit of designation: it may be signed only while the
 * designation is in force (from designation through validUntil, and not after a revocation).
 */
export function requireNegotiable(product: ProductFacts, method: PurchaseMethod, contractedOn: string): void {
  if (method !== "NEGOTIATED_CONTRACT" || product.isDesignatedOn) return;
  const revoked = product.revokedOn && product.revokedOn <= contractedOn ? ` and was revoked on ${product.revokedOn}` : "";
  throw conflict(
    `${product.designationNumber}'s designation was valid from ${product.designatedOn} to ${product.validUntil}${revoked}; ` +
      `a negotiated contract on ${contractedOn} is not allowed. Record it with another method, such as COMPETITIVE_BID.`,
    "input.contractedOn",
  );
}

/** Checked before anything is asked or written (lib/idempotency.ts holds the same limit). */
export function optionalIdempotencyKey(key: string | null | undefined, field: string): string | null {
  if (key == null) return null;
  if (key.length < 1 || key.length > 200) throw badUserInput("An idempotency key has 1 to 200 characters.", field);
  return key;
}
