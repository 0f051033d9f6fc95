import { SignJWT } from "jose";
import type { Role } from "./access.js";

/**
 * Tokens for development and tests, signed with the secret the gateway verifies (AUTH_JWT_SECRET, or the
 * documented development secret below, which the gateway accepts only outside production).
 */
export const DEVELOPMENT_JWT_SECRET = "ipg-development-jwt-secret-not-for-production";

export interface DevelopmentTokenOptions {
  institutionId?: string;
  subject?: string;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** jose's notation, e.g. "8h"; or a past time (seconds since the epoch) to make an expired token. */
  expiresAt?: string | number;
}

export function signDevelopmentToken(role: Exclude<Role, "public">, options: DevelopmentTokenOptions = {}): Promise<string> {
  const jwt = new SignJWT({ role, ...(options.institutionId ? { institutionId: options.institutionId } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject ?? `dev-${role}`)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? "8h");
  const issuer = options.issuer ?? process.env.AUTH_ISSUER;
  const audience = options.audience ?? process.env.AUTH_AUDIENCE;
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(options.secret ?? process.env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET));
}
