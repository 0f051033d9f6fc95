import { SignJWT } from "jose";
import type { Role } from "./access.js";
import { readDurationSeconds } from "./config.js";

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
export const readMaxTokenLifetimeSeconds = (): number =>
  readDurationSeconds("AUTH_MAX_TOKEN_LIFETIME", DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, { min: 60, max: 30 * 86_400 });

/** Development tokens live 8 hours, or less when AUTH_MAX_TOKEN_LIFETIME is shorter. */
const developmentLifetime = () => `${Math.min(8 * 3600, readMaxTokenLifetimeSeconds())}s`;

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
}

export function signDevelopmentToken(role: Exclude<Role, "public">, options: DevelopmentTokenOptions = {}): Promise<string> {
  const jwt = new SignJWT({ role, ...(options.institutionId ? { institutionId: options.institutionId } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject ?? `dev-${role}`)
    .setExpirationTime(options.expiresAt ?? developmentLifetime());
  if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt);
  const issuer = options.issuer ?? process.env.AUTH_ISSUER;
  const audience = options.audience ?? process.env.AUTH_AUDIENCE;
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(options.secret ?? process.env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET));
}
