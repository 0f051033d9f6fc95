import { badUserInput } from "../runtime/errors.js";

/**
 * How large an amount of money the program can hold. Every total the graph answers (a product's
 * procurement, an institution's purchases in a year, an agency's program figures, a program's committed
 * support) is a sum of amounts that are each held to MAX_AMOUNT by a CHECK constraint, and the sums
 * that run over unboundedly many rows are held to MAX_TOTAL by the database itself (the institutions
 * subgraph's purchase ledger; a certification program's committed support is held to its budget).
 * So no total can leave the range of a JavaScript number, and a public total never fails.
 */

/**
 * KRW 1,000,000,000,000 (one trillion won): the most any single amount may be, whether a contract, a
 * unit price, a purchase target, a support budget or a grant. It is about twice the KRW 518.6 billion
 * that all of MOTIE's 313 designated products generated through 2024, so no real contract comes near it.
 * The migrations hold the same figure as a literal (a released migration never changes).
 */
export const MAX_AMOUNT = 1_000_000_000_000;

/** The most a total may reach: 2^53 − 1, the largest whole number a GraphQL client's JSON number holds exactly. */
export const MAX_TOTAL = Number.MAX_SAFE_INTEGER;

export const won = (amount: number): string => `KRW ${amount.toLocaleString("en-US")}`;

/** A whole number of won from 1 to MAX_AMOUNT; `what` is the amount's name in a sentence, e.g. "A contract amount". */
export function requireAmount(amount: number, field: string, what: string): number {
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw badUserInput(
      `${what} must be a whole number of won, more than KRW 0 and at most ${won(MAX_AMOUNT)} (one trillion won, about twice ` +
        `the KRW 518.6 billion all of MOTIE's designated products generated through 2024); got ${Number.isFinite(amount) ? won(amount) : String(amount)}.`,
      field,
    );
  }
  return amount;
}
