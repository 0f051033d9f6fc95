import { SignJWT } from "jose";
import type { Role } from "./access.js";
import { readDurationSeconds, type Environment } from "../runtime/config.js";

/**
 * Tokens for development and tests, signed with the secret the gateway verifies (AUTH_JWT_SECRET, or the
 * documented development secret below, which the gateway accepts only outside production).
 */
export const DEVELOPMENT_JWT_SECRET = "ipg-development-jwt-secret-not-for-production";

/**
 * AUTH_MAX_TOKEN_LIFETIME: the longest a token may live, from `iat` to `exp` (default 12 hours: a working
 * day and its overtime, so a person signs in once a day; a token cannot be revoked, so a stolen one is
 * useful for at most that long). The gateway enforces it; development tokens stay within it.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;
export const readMaxTokenLifetimeSeconds = (env: Environment): number =>
  readDurationSeconds(env, "AUTH_MAX_TOKEN_LIFETIME", DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, { min: 60, max: 30 * 86_400 });

export interface DevelopmentTokenOptions {
  institutionId?: string;
  subject?: string;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** jose's notation, e.g. "8h"; or a past time (seconds since the epoch) to make an expired token. */
  expiresAt?: string | number;
  /** Seconds since the epoch, for a token issued at another time; null leaves `iat` out (to test its refusal). */
  issuedAt?: number | null;
  /** The gateway's AUTH_MAX_TOKEN_LIFETIME: development tokens live 8 hours, or less when it is shorter. */
  maxLifetimeSeconds?: number;
}

/**
 * What a tool's environment says a development token should be (AUTH_JWT_SECRET, AUTH_ISSUER,
 * AUTH_AUDIENCE, AUTH_MAX_TOKEN_LIFETIME), so the gateway started from that environment accepts it.
 */
export function readDevelopmentTokenDefaults(env: Environment): DevelopmentTokenOptions {
  return {
    secret: env.AUTH_JWT_SECRET,
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    maxLifetimeSeconds: readMaxTokenLifetimeSeconds(env),
  };
}

/** Without a secret, signed with the development secret; readDevelopmentTokenDefaults gives a tool's own. */
export function signDevelopmentToken(role: Exclude<Role, "public">, options: DevelopmentTokenOptions = {}): Promise<string> {
  const lifetime = Math.min(8 * 3600, options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
  const jwt = new SignJWT({ role, ...(options.institutionId ? { institutionId: options.institutionId } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject ?? `dev-${role}`)
    .setExpirationTime(options.expiresAt ?? `${lifetime}s`);
  if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt);
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret ?? DEVELOPMENT_JWT_SECRET));
}
