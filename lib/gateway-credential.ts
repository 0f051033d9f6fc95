import { createHash, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { checkProductionSecret, isProduction, readOptionalString } from "./config.js";
import { CALLER_HEADER, callerHeaderValue, type Caller } from "./caller.js";

/**
 * The subgraphs trust only the gateway. The gateway sends every subgraph request a shared secret
 * (GATEWAY_SHARED_SECRET) in GATEWAY_CREDENTIAL_HEADER, beside the verified caller; a subgraph refuses a
 * /graphql request without it, so nobody can skip the gateway's token check by calling a subgraph
 * directly and claiming a role in the caller header.
 */
export const GATEWAY_CREDENTIAL_HEADER = "x-ipg-gateway-credential";

/** Development and tests only: documented in the README, refused in production. */
export const DEVELOPMENT_GATEWAY_SECRET = "ipg-development-gateway-secret-not-for-production";

export function readGatewaySharedSecret(): string {
  const secret = readOptionalString("GATEWAY_SHARED_SECRET");
  if (secret) return checkProductionSecret("GATEWAY_SHARED_SECRET", secret, DEVELOPMENT_GATEWAY_SECRET);
  if (isProduction()) throw new Error("Environment variable GATEWAY_SHARED_SECRET is required in production");
  return DEVELOPMENT_GATEWAY_SECRET;
}

/** The headers that make a subgraph request the gateway's (or a subgraph's, asking an owner) on behalf of `caller`. */
export function gatewayHeaders(caller: Caller, secret = readGatewaySharedSecret()): Record<string, string> {
  return { [GATEWAY_CREDENTIAL_HEADER]: secret, [CALLER_HEADER]: callerHeaderValue(caller) };
}

// Digests have one length whatever was sent, so the comparison takes the same time for every guess.
const digest = (value: string) => createHash("sha256").update(value).digest();

export function isGatewayCredential(presented: unknown, secret: string): boolean {
  return typeof presented === "string" && timingSafeEqual(digest(presented), digest(secret));
}

/** Express middleware for a subgraph's /graphql: 401 UNAUTHENTICATED unless the gateway's credential is present. */
export function requireGatewayCredential(secret = readGatewaySharedSecret()) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isGatewayCredential(req.headers[GATEWAY_CREDENTIAL_HEADER], secret)) return next();
    res.status(401).json({
      errors: [
        {
          message: "This service only answers the gateway. Send your request to the gateway's /graphql endpoint.",
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    });
  };
}
