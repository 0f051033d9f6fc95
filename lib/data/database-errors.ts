import { QueryFailedError } from "typeorm";
import { graphError, type ErrorCode } from "../runtime/errors.js";
import { UNSTORABLE_TEXT } from "../runtime/unstorable-text.js";

/**
 * The database holds the invariants (unique, check, exclusion constraints, triggers); this turns the
 * violation PostgreSQL reports into the API's error: a stable code, a sentence for a person, the field
 * at fault. Each subgraph names its constraints and what they mean; the constraint name itself is
 * never shown.
 */
export interface ConstraintMeaning {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type ConstraintMeanings = Record<string, ConstraintMeaning>;

interface PostgresError extends Error {
  code?: string;
  constraint?: string;
}

/** SQLSTATEs of integrity violations, and of serialization failures a caller may simply retry. */
const FALLBACKS: Record<string, ConstraintMeaning> = {
  "23505": { code: "CONFLICT", message: "That conflicts with a record that already exists." },
  "23P01": { code: "CONFLICT", message: "That overlaps with an existing record." },
  "23514": { code: "BAD_USER_INPUT", message: "That value is not allowed here." },
  "23503": { code: "NOT_FOUND", message: "A record this refers to does not exist." },
  "23502": { code: "BAD_USER_INPUT", message: "A required value is missing." },
  ...UNSTORABLE_TEXT,
  "40001": { code: "CONFLICT", message: "Another change was made at the same moment; please try again." },
  "40P01": { code: "CONFLICT", message: "Another change was made at the same moment; please try again." },
};

export function translateDatabaseError(error: unknown, meanings: ConstraintMeanings): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as PostgresError;
  const meaning = (driverError.constraint && meanings[driverError.constraint]) || (driverError.code && FALLBACKS[driverError.code]);
  return meaning ? graphError(meaning.code, meaning.message, meaning.field) : error;
}

/** Deadlock and serialization failure: PostgreSQL rolled the transaction back, and it may simply run again. */
const TRANSIENT = new Set(["40P01", "40001"]);
const ATTEMPTS = 4;

function isTransient(error: unknown): boolean {
  return error instanceof QueryFailedError && TRANSIENT.has((error.driverError as PostgresError).code ?? "");
}

/**
 * Runs a write (a whole transaction, or one statement) and answers a constraint violation as the API
 * error it stands for. When concurrent writers deadlock (two inserts waiting on each other's exclusion
 * check, say), PostgreSQL rolls one back; it is run again, so it meets the real outcome (usually the
 * violated constraint) instead of answering "try again".
 */
export async function withConstraintMeanings<T>(meanings: ConstraintMeanings, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt < ATTEMPTS && isTransient(error)) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        continue;
      }
      throw translateDatabaseError(error, meanings);
    }
  }
}
