import type { GraphQLError } from "graphql";
import { graphError, type ErrorCode } from "./errors.js";

/**
 * Text PostgreSQL cannot hold (U+0000), wherever it arrives: a search filter as much as a write. The
 * database refuses it with a data exception; the caller gets BAD_USER_INPUT instead of an internal error.
 * Kept free of TypeORM so the gateway's error formatting can use it without loading the data layer.
 */
export const UNSTORABLE_TEXT: Record<string, { code: ErrorCode; message: string }> = {
  "22021": { code: "BAD_USER_INPUT", message: "Text may not contain the NUL character (U+0000)." },
  "22P05": { code: "BAD_USER_INPUT", message: "Text may not contain the NUL character (U+0000)." },
};

/** A database error the caller's text caused, as the API error it stands for; undefined for anything else. */
export function inputErrorFromDatabase(error: unknown): GraphQLError | undefined {
  const sqlState = (error as { driverError?: { code?: unknown } } | undefined)?.driverError?.code;
  const meaning = typeof sqlState === "string" ? UNSTORABLE_TEXT[sqlState] : undefined;
  return meaning ? graphError(meaning.code, meaning.message) : undefined;
}
