import cors from "cors";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { isProduction, readInteger, readOptionalString, type Environment } from "../../lib/runtime/config.js";

/**
 * What the gateway accepts over HTTP before GraphQL is involved: how large a request body may be, which
 * browser origins may call it (CORS), and how a request that cannot be read is answered — always a
 * GraphQL-shaped JSON body with a code, never express's HTML error page or a 500.
 */
export interface HttpSecurityConfig {
  /** Largest request body in bytes (GATEWAY_MAX_BODY_BYTES, default 100 kB: far above any real query). */
  maxBodyBytes: number;
  /**
   * Browser origins allowed to call /graphql (GATEWAY_CORS_ORIGINS, comma-separated, or `*` for any).
   * Unset: any origin in development (Apollo Sandbox, local front ends), none in production.
   */
  corsOrigins: "*" | string[];
}

export function readHttpSecurityConfig(env: Environment): HttpSecurityConfig {
  const origins = readOptionalString(env, "GATEWAY_CORS_ORIGINS");
  const list = origins
    ?.split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    maxBodyBytes: readInteger(env, "GATEWAY_MAX_BODY_BYTES", 100_000, { min: 1_000, max: 100_000_000 }),
    corsOrigins: list === undefined ? (isProduction(env) ? [] : "*") : list.includes("*") ? "*" : list,
  };
}

/** CORS for the GraphQL endpoint; an origin not allowed gets no CORS headers, so the browser blocks the answer. */
export function corsPolicy(config: HttpSecurityConfig): RequestHandler {
  return cors({ origin: config.corsOrigins === "*" ? true : config.corsOrigins, maxAge: 600 });
}

export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** body-parser's error types, in a sentence a client can act on. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: (limit: number) => string }> = {
  "entity.too.large": {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: (limit) => `The request body is larger than this API accepts (${limit} bytes).`,
  },
  "entity.parse.failed": { status: 400, code: "BAD_REQUEST", message: () => "The request body is not valid JSON." },
  "charset.unsupported": {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: () => "Send the request body as UTF-8 JSON (Content-Type: application/json).",
  },
  "encoding.unsupported": {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: () => "The request body's Content-Encoding is not supported; send it uncompressed or gzip-compressed.",
  },
};

/**
 * The last handler of the gateway's express app: a request express could not read (too large, not JSON)
 * is the caller's mistake and is answered as such; anything else is logged and answered without detail.
 */
export function requestErrorHandler(config: HttpSecurityConfig, logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    if (known) return sendGraphQLError(res, known.status, known.code, known.message(config.maxBodyBytes));
    if (typeof status === "number" && status >= 400 && status < 500) {
      return sendGraphQLError(res, status, "BAD_REQUEST", "The request could not be read; send a GraphQL request as JSON.");
    }
    logger.error({ err: error }, "unexpected error while reading a request");
    sendGraphQLError(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side. It has been logged; please try again later.");
  };
}
