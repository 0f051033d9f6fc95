import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "pino";
import { isDatabaseUnreachable } from "./database-outage.js";
import { inputErrorFromDatabase } from "./unstorable-text.js";

/**
 * Errors are part of the API. An error the code raised on purpose (a GraphQLError with a code) goes
 * out as it is. A database that cannot be reached answers SERVICE_UNAVAILABLE naming the service (`service`
 * is given by a subgraph), so a client knows to try again. Anything else (another database failure, a
 * bug) is logged in full here and answered with a stable code and a sentence, never a stack trace, SQL,
 * an address or a constraint name.
 */
const EXPECTED_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
  "SUBSCRIPTIONS_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_TOO_COSTLY",
  "ROW_BUDGET_EXCEEDED",
]);

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  service?: string,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && EXPECTED_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  const inputError = inputErrorFromDatabase(original);
  if (inputError)
    return { message: inputError.message, path: formatted.path, locations: formatted.locations, extensions: inputError.extensions };
  if (service && isDatabaseUnreachable(original)) {
    logger.warn({ err: original, path: formatted.path }, "the database could not be reached");
    return {
      message: `The ${service} service cannot reach its database right now; please try again shortly. A write is made whole or not at all.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "SERVICE_UNAVAILABLE", service },
    };
  }
  logger.error({ err: original, path: formatted.path }, "unexpected error while resolving");
  return {
    message: "Something went wrong on our side while answering this field. It has been logged; please try again later.",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
