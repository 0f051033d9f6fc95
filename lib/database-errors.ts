import { QueryFailedError } from "typeorm";
import { graphError, type ErrorCode } from "./errors.js";

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
  "40001": { code: "CONFLICT", message: "Another change was made at the same moment; please try again." },
  "40P01": { code: "CONFLICT", message: "Another change was made at the same moment; please try again." },
};

export function translateDatabaseError(error: unknown, meanings: ConstraintMeanings): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as PostgresError;
  const meaning = (driverError.constraint && meanings[driverError.constraint]) || (driverError.code && FALLBACKS[driverError.code]);
  return meaning ? graphError(meaning.code, meaning.message, meaning.field) : error;
}

/** Runs a write and answers a constraint violation as the API error it stands for. */
export async function withConstraintMeanings<T>(meanings: ConstraintMeanings, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw translateDatabaseError(error, meanings);
  }
}
