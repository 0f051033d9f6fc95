import type { IncomingHttpHeaders } from "node:http";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Logger } from "pino";
import { ANONYMOUS, callerFor, INSTITUTION_ROLES, isRole, ROLES, type Caller } from "../../lib/access/access.js";
import { checkProductionSecret, isProduction, readOptionalString, type Environment } from "../../lib/runtime/config.js";
import { DEVELOPMENT_JWT_SECRET, readMaxTokenLifetimeSeconds } from "../../lib/access/development-tokens.js";
import { rememberVerifiedTokens, type VerifiedToken } from "./verified-tokens.js";

/**
 * Who is calling, decided once, at the gateway: `Authorization: Bearer <JWT>` verified with jose, either
 * HS256 with AUTH_JWT_SECRET or against the keys published at AUTH_JWKS_URL, optionally bound to
 * AUTH_ISSUER and AUTH_AUDIENCE. The claims read are `role` (lib/access/access.ts), `institutionId` (required
 * for officers and operators) and `sub`. No header means an anonymous (public) caller; a token that is
 * present but cannot be trusted is refused (HTTP 401, UNAUTHENTICATED), never read as anonymous, so a
 * client with a broken token learns it at once instead of silently seeing less.
 *
 * A token cannot be taken back before it expires, so its lifetime is bounded: it must carry `iat` and
 * `exp`, live no longer than AUTH_MAX_TOKEN_LIFETIME from one to the other, be no older than that now,
 * and not claim to be issued in the future (beyond CLOCK_TOLERANCE_SECONDS of clock skew).
 *
 * A token verified once is trusted again without its signature being checked, until it would be refused
 * for its expiry or age (verified-tokens.ts): a signed-in client sends the same token with every request.
 */
export interface AuthenticationConfig {
  /** HS256 secret; in development, DEVELOPMENT_JWT_SECRET when neither it nor a JWKS URL is set. */
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** True when the development secret is in use (the gateway warns at start). */
  developmentSecret: boolean;
  /** The longest a token may live, `exp` − `iat`, and the oldest it may be (AUTH_MAX_TOKEN_LIFETIME, default 12h). */
  maxTokenLifetimeSeconds: number;
}

/** Clock skew allowed between the token's issuer and the gateway, on `iat`, `nbf` and `exp`. */
const CLOCK_TOLERANCE_SECONDS = 60;

export function readAuthenticationConfig(env: Environment): AuthenticationConfig {
  const secret = readOptionalString(env, "AUTH_JWT_SECRET");
  const jwksUrl = readOptionalString(env, "AUTH_JWKS_URL");
  const issuer = readOptionalString(env, "AUTH_ISSUER");
  const audience = readOptionalString(env, "AUTH_AUDIENCE");
  const maxTokenLifetimeSeconds = readMaxTokenLifetimeSeconds(env);
  if (secret) checkProductionSecret(env, "AUTH_JWT_SECRET", secret, DEVELOPMENT_JWT_SECRET);
  if (secret || jwksUrl) return { secret, jwksUrl, issuer, audience, developmentSecret: false, maxTokenLifetimeSeconds };
  if (isProduction(env))
    throw new Error("Set AUTH_JWT_SECRET or AUTH_JWKS_URL: the gateway will not verify tokens with a development secret in production");
  return { secret: DEVELOPMENT_JWT_SECRET, issuer, audience, developmentSecret: true, maxTokenLifetimeSeconds };
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const lifetime = (seconds: number) =>
  seconds % 3600 === 0 ? count(seconds / 3600, "hour") : seconds % 60 === 0 ? count(seconds / 60, "minute") : count(seconds, "second");

function explain(error: unknown, maxLifetimeSeconds: number): string {
  if (error instanceof joseErrors.JWTExpired && error.claim === "iat")
    return `Your access token was issued more than ${lifetime(maxLifetimeSeconds)} ago, longer than this API accepts; sign in again for a new one.`;
  if (error instanceof joseErrors.JWTExpired) return "Your access token has expired; sign in again for a new one.";
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "exp")
    return 'Your access token never expires (it has no "exp" claim); this API accepts only tokens that do.';
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "iat" && error.reason === "missing")
    return 'Your access token does not say when it was issued (it has no "iat" claim); this API accepts only tokens that do.';
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "iat")
    return 'Your access token says it was issued in the future (its "iat" claim); check the clock of the service that issued it.';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `Your access token was not issued for this API (its "${error.claim}" claim does not match).`;
  return "Your access token could not be verified (malformed, or not signed by a key this API trusts).";
}

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Caller>;

export function createAuthenticator(config: AuthenticationConfig, logger: Logger): Authenticate {
  if (config.developmentSecret) {
    logger.warn(
      "AUTH_JWT_SECRET and AUTH_JWKS_URL are unset: verifying tokens with the documented development secret (never in production)",
    );
  }
  const key: Uint8Array | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : new TextEncoder().encode(config.secret);
  const options = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    ...(config.jwksUrl ? {} : { algorithms: ["HS256"] }),
    // A token that never expires cannot be taken back; every identity provider sets exp and iat.
    requiredClaims: ["exp", "iat"],
    // Also refuses an iat in the future.
    maxTokenAge: config.maxTokenLifetimeSeconds,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };

  const verify = async (token: string): Promise<VerifiedToken> => {
    let payload: JWTPayload;
    try {
      // jose's overloads differ only in the key's type; both are verified the same way.
      ({ payload } = await jwtVerify(token, key as Uint8Array, options));
    } catch (error) {
      throw unauthenticated(explain(error, config.maxTokenLifetimeSeconds));
    }
    // jose bounds the token's age, not how long it was made to live: a token issued a minute ago
    // that expires in a hundred years would pass.
    if (payload.exp! - payload.iat! > config.maxTokenLifetimeSeconds) {
      throw unauthenticated(
        `Your access token lives longer than this API accepts (at most ${lifetime(config.maxTokenLifetimeSeconds)} from "iat" to "exp"); ask its issuer for a shorter-lived token.`,
      );
    }
    // It would next be refused for its expiry or its age, whichever comes first.
    return { caller: callerFromClaims(payload), validUntilSeconds: Math.min(payload.exp!, payload.iat! + config.maxTokenLifetimeSeconds) };
  };
  const verifyOnce = rememberVerifiedTokens(verify);

  return async (headers) => {
    const authorization = headers.authorization;
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match)
      throw unauthenticated(
        'Send your access token as "Authorization: Bearer <token>", or no Authorization header to read the public graph.',
      );
    return verifyOnce(match[1]);
  };
}

function callerFromClaims(payload: JWTPayload): Caller {
  const { role, institutionId, sub } = payload as JWTPayload & { role?: unknown; institutionId?: unknown };
  if (!isRole(role) || role === "public") {
    throw unauthenticated(
      `Your access token names no role this API knows; the roles are ${ROLES.filter((name) => name !== "public").join(", ")}.`,
    );
  }
  if (INSTITUTION_ROLES.includes(role) && (typeof institutionId !== "string" || !institutionId)) {
    throw unauthenticated(`An ${role}'s access token must name the institution it acts for (the "institutionId" claim).`);
  }
  return callerFor(role, { subject: sub, institutionId: typeof institutionId === "string" ? institutionId : undefined });
}

/**
 * Verifies each request's token once however many parts of the gateway ask (the rate limits before the
 * body is read, then the context): the answer is kept with the request's headers object.
 */
export function oncePerRequest(authenticate: Authenticate): Authenticate {
  const verified = new WeakMap<IncomingHttpHeaders, Promise<Caller>>();
  return (headers) => {
    let caller = verified.get(headers);
    if (!caller) {
      caller = authenticate(headers);
      verified.set(headers, caller);
    }
    return caller;
  };
}

/**
 * The gateway's per-request context: the verified caller. One function for every endpoint of the gateway
 * (the main /graphql and any other that serves the graph), so they all authenticate the same way.
 */
export function createGatewayContext(authenticate: Authenticate) {
  return async ({ req }: { req: { headers: IncomingHttpHeaders } }): Promise<{ caller: Caller }> => ({
    caller: await authenticate(req.headers),
  });
}
