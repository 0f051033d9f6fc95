/**
 * A database that cannot be reached (down, restarting, out of connections, a network fault) is not a
 * bug and not the caller's mistake: the caller may simply try again. This tells such a failure from the
 * rest by its error code, wherever the driver put it (TypeORM's `driverError`, an `AggregateError` from
 * a connect attempt to several addresses, a `cause`). Free of TypeORM so the error formatting of every
 * service can use it.
 */

/** Node's codes for a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01–57P03 (the server is shutting down, crashed, or
 * not yet accepting connections), 53300 (too many connections).
 */
const isUnreachableSqlState = (code: string) => code.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(code);

/**
 * node-postgres reports a few connection failures with no code at all: a connection the server closed,
 * and the pool's connect timeout. Its messages are the only mark they carry.
 */
const CODELESS_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /is not queryable$/];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as ErrorLike;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnreachableSqlState(code)))) return true;
  if (typeof code !== "string" && typeof message === "string" && CODELESS_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((candidate) => candidate !== error && isDatabaseUnreachable(candidate, depth + 1));
}
