import { GraphQLError } from "graphql";

/**
 * The error codes the graph answers with. They are part of the API: clients branch on
 * `extensions.code`, so a code is never renamed. `field` names the offending argument or input field.
 */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "SERVICE_UNAVAILABLE";

export function graphError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

export const badUserInput = (message: string, field?: string) => graphError("BAD_USER_INPUT", message, field);
export const notFound = (message: string, field?: string) => graphError("NOT_FOUND", message, field);
export const conflict = (message: string, field?: string) => graphError("CONFLICT", message, field);
