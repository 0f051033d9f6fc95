import { isValidBusinessRegistrationNumber } from "../../../lib/domain/business-registration-number.js";
import { badUserInput, conflict } from "../../../lib/runtime/errors.js";
import type { ApplicationStage, ProcurementBenefit } from "../../../lib/domain/enums.js";
import type { EvaluationScoresInput } from "./generated/resolvers-types.js";

/**
 * The products subgraph's write rules, as small named checks. Each throws the API error a person
 * understands; the database holds the same rules as constraints and triggers (see the migrations).
 * The value rules every subgraph shares (text, years, money) are in lib/domain/.
 */

/** Where an application may go from each stage; a closed stage goes nowhere. */
export const NEXT_STAGES: Record<ApplicationStage, ApplicationStage[]> = {
  SUBMITTED: ["DOCUMENT_REVIEW", "REJECTED"],
  DOCUMENT_REVIEW: ["TECHNICAL_EVALUATION", "REJECTED"],
  TECHNICAL_EVALUATION: ["FINAL_DELIBERATION", "REJECTED"],
  FINAL_DELIBERATION: ["DESIGNATED", "REJECTED"],
  DESIGNATED: [],
  REJECTED: [],
};

export function requireLegalMove(from: ApplicationStage, to: ApplicationStage): void {
  const allowed = NEXT_STAGES[from];
  if (allowed.includes(to)) return;
  const next = allowed.length === 0 ? "it is closed and cannot move any more" : `it can move only to ${allowed.join(" or ")}`;
  throw conflict(`This application is in ${from}; ${next}.`, "input.to");
}

export function requireBusinessRegistrationNumber(value: string, field: string): string {
  const number = value.trim();
  if (!isValidBusinessRegistrationNumber(number)) {
    throw badUserInput(
      `"${number}" is not a valid business registration number: it is written 123-45-67890 and its last digit is the National Tax Service checksum of the other nine.`,
      field,
    );
  }
  return number;
}

export function requireWindow(opensOn: string, closesOn: string, field: string): void {
  if (closesOn < opensOn) throw badUserInput(`A round cannot close (${closesOn}) before it opens (${opensOn}).`, field);
}

export function requireRoundOpen(round: { title: string; opensOn: string; closesOn: string }, today: string): void {
  if (today < round.opensOn || today > round.closesOn) {
    throw conflict(
      `The round "${round.title}" accepts applications from ${round.opensOn} to ${round.closesOn}; today (${today}) is outside that window.`,
      "input.roundId",
    );
  }
}

export function requireScores(scores: EvaluationScoresInput, field: string): EvaluationScoresInput {
  for (const name of ["innovativeness", "marketability", "publicValue"] as const) {
    const value = scores[name];
    if (!Number.isFinite(value) || value < 0 || value > 100)
      throw badUserInput(`Each score is between 0 and 100; ${name} is ${value}.`, `${field}.${name}`);
  }
  return scores;
}

export function requireBenefits(benefits: ProcurementBenefit[], field: string): ProcurementBenefit[] {
  const unique = [...new Set(benefits)];
  if (unique.length === 0) throw badUserInput("A designation grants at least one procurement benefit.", field);
  return unique;
}

export function requireNotBefore(date: string, earliest: string, field: string, sentence: string): void {
  if (date < earliest) throw badUserInput(sentence, field);
}

export function requireNotAfterToday(date: string, today: string, field: string, what: string): void {
  if (date > today) throw badUserInput(`${what} (${date}) cannot be after today (${today}).`, field);
}
