import { badUserInput, conflict } from "../../../lib/runtime/errors.js";
import { won } from "../../../lib/domain/money.js";
import { SCHEME_MARKETS, schemeScope } from "../../../lib/domain/certification-schemes.js";
import type { CertificationScheme, CertificationScope, Market, SupportApplicationStatus } from "../../../lib/domain/enums.js";
import type { CertificationProgram } from "./entities/index.js";

/**
 * The certifications subgraph's write rules as small named checks, run before anything is written.
 * The database holds the same rules (constraints and triggers); `constraint-meanings.ts` turns its
 * refusals into the same API errors, for the writes that race past these checks (concurrent approvals).
 * The value rules every subgraph shares (text, years, money, where a scheme counts) are in lib/domain/.
 */

/** A list that must hold at least one value, each once. */
export function requireDistinct<T>(values: T[], field: string, what: string): T[] {
  if (values.length === 0) throw badUserInput(`Name at least one ${what}.`, field);
  if (new Set(values).size !== values.length) throw badUserInput(`Each ${what} may be named once.`, field);
  return values;
}

export function requireSchemesWithinScope(schemes: CertificationScheme[], scope: CertificationScope[]): void {
  const outside = schemes.filter((scheme) => !scope.includes(schemeScope(scheme)));
  if (outside.length) {
    throw badUserInput(
      `${outside.join(", ")} ${outside.length === 1 ? "is" : "are"} outside the program's scope (${scope.join(", ")}): KC and KS are DOMESTIC, the others INTERNATIONAL.`,
      "input.schemes",
    );
  }
}

export function requireCeilingWithinBudget(perProductCeiling: number, budget: number): void {
  if (perProductCeiling > budget) throw badUserInput("The per-product ceiling cannot exceed the budget.", "input.perProductCeiling");
}

export function requireWindow(opensOn: string, closesOn: string): void {
  if (closesOn < opensOn) throw badUserInput("Applications must close on or after the day they open.", "input.applicationClosesOn");
}

/** Applications are accepted from the opening day to the closing day, both included. */
export function requireWindowOpen(program: CertificationProgram, today: string): void {
  if (today < program.applicationOpensOn || today > program.applicationClosesOn) {
    throw conflict(
      `The program accepts applications from ${program.applicationOpensOn} to ${program.applicationClosesOn}; it is not open today (${today}).`,
      "input.programId",
    );
  }
}

export function requireSchemeCovered(program: CertificationProgram, scheme: CertificationScheme): void {
  if (!program.schemes.includes(scheme)) {
    throw badUserInput(`The program does not cover ${scheme}; it covers ${program.schemes.join(", ")}.`, "input.scheme");
  }
}

/** Support within what the product has left under the ceiling and what the program has left in its budget. */
export function requireSupportAvailable(program: CertificationProgram, grantedToProduct: number, supportAmount: number): void {
  const productLeft = program.perProductCeiling - grantedToProduct;
  if (supportAmount > productLeft) {
    throw conflict(
      `The per-product ceiling is ${won(program.perProductCeiling)}; only ${won(productLeft)} remains for this product.`,
      "input.supportAmount",
    );
  }
  const budgetLeft = program.budget - program.committedAmount;
  if (supportAmount > budgetLeft) throw budgetExhausted(budgetLeft);
}

export const budgetExhausted = (remaining: number) =>
  conflict(`The program's budget cannot cover this support: only ${won(remaining)} remains.`, "input.supportAmount");

export const ACTIVE_STATUSES: SupportApplicationStatus[] = ["APPLIED", "APPROVED", "TESTING", "CERTIFIED"];

/** The moves an application's status may make; the trigger support_application_legal_status_change holds the same. */
const LEGAL_MOVES: Record<SupportApplicationStatus, SupportApplicationStatus[]> = {
  APPLIED: ["APPROVED", "REJECTED", "WITHDRAWN"],
  APPROVED: ["TESTING", "WITHDRAWN"],
  TESTING: ["CERTIFIED", "WITHDRAWN"],
  CERTIFIED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

const VERB: Record<SupportApplicationStatus, string> = {
  APPLIED: "applied for",
  APPROVED: "approved",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  TESTING: "moved to testing",
  CERTIFIED: "recorded as certified",
};

export function requireLegalMove(from: SupportApplicationStatus, to: SupportApplicationStatus): void {
  if (!LEGAL_MOVES[from].includes(to)) {
    throw conflict(`The application is ${from}, so it cannot be ${VERB[to]}.`, "input.applicationId");
  }
}

/** The one next step of an application in progress, if any. */
export function nextStep(status: SupportApplicationStatus): SupportApplicationStatus | null {
  if (status === "APPROVED") return "TESTING";
  if (status === "TESTING") return "CERTIFIED";
  return null;
}

export function requireCertificateDates(issuedOn: string, expiresOn: string | null | undefined): void {
  if (expiresOn != null && expiresOn < issuedOn) throw badUserInput("A certificate cannot expire before it is issued.", "input.expiresOn");
}

export function requireMarketOfScheme(scheme: CertificationScheme, market: Market): void {
  if (SCHEME_MARKETS[scheme] !== market) {
    throw badUserInput(`A ${scheme} certificate is recognised in ${SCHEME_MARKETS[scheme]}, not ${market}.`, "input.market");
  }
}
