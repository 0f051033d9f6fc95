import type { KeyObject } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { errors as joseErrors, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";
import { LRUCache } from "lru-cache";
import { callerFor, isRole, type Caller } from "./access.js";
import { readAssertionPublicKey, type AssertionIssuer } from "./assertion-keys.js";
import type { Environment } from "../runtime/config.js";
import { SUBGRAPHS, type SubgraphName } from "../runtime/subgraph-names.js";

/**
 * How a subgraph knows who is calling. The gateway verifies the caller's bearer token once and sends
 * each subgraph request a caller assertion: a short-lived JWT (EdDSA, Ed25519) with `iss` "gateway",
 * `aud` the subgraph, and the caller's `role`, `sub` and `institutionId`. A subgraph verifies it with the
 * gateway's public key, which no subgraph can sign with, and refuses a /graphql request without a valid
 * one (401 UNAUTHENTICATED). A subgraph asking another for public facts signs with its own key, `iss` its
 * own name: the receiver takes it as that service with the public's rights, whatever its claims say.
 */
export const CALLER_ASSERTION_HEADER = "x-ipg-caller-assertion";

const GATEWAY: AssertionIssuer = "gateway";
const LIFETIME_SECONDS = 60;
/** Longer than any signer's lifetime (the benchmark's direct calls sign for a whole case), short enough to bound a leak. */
const MAX_AGE_SECONDS = 600;

export interface CallerAssertionSigner {
  /** The header that carries `caller` to `audience`. */
  headers(caller: Caller, audience: SubgraphName): Promise<Record<string, string>>;
}

/**
 * Signs assertions as `issuer`. Each (caller, audience) assertion is reused for the first half of its
 * life: identical requests of one caller then carry identical headers, which the gateway's in-flight
 * deduplication keys on (while two callers never do), and most requests skip signing. The cache is
 * bounded, least recently used first out.
 */
export function createCallerAssertionSigner(
  issuer: AssertionIssuer,
  privateKey: KeyObject,
  options: { lifetimeSeconds?: number; maxEntries?: number } = {},
): CallerAssertionSigner {
  const lifetime = options.lifetimeSeconds ?? LIFETIME_SECONDS;
  const reused = new LRUCache<string, Promise<string>>({ max: options.maxEntries ?? 10_000, ttl: (lifetime * 1000) / 2 });
  const sign = (caller: Caller, audience: SubgraphName) => {
    const now = Math.floor(Date.now() / 1000);
    const claims =
      issuer === GATEWAY ? { role: caller.role, ...(caller.institutionId ? { institutionId: caller.institutionId } : {}) } : {};
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: "EdDSA", kid: issuer })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetime);
    if (issuer === GATEWAY && caller.subject) jwt.setSubject(caller.subject);
    return jwt.sign(privateKey);
  };
  return {
    async headers(caller, audience) {
      const key = JSON.stringify([audience, caller.role, caller.subject ?? null, caller.institutionId ?? null]);
      let assertion = reused.get(key);
      if (!assertion) {
        assertion = sign(caller, audience);
        reused.set(key, assertion);
        assertion.catch(() => reused.delete(key));
      }
      return { [CALLER_ASSERTION_HEADER]: await assertion };
    },
  };
}

/** The keys a subgraph verifies with: the gateway's, and each other subgraph's (a peer asking for public facts). */
export interface TrustedSigners {
  gateway: KeyObject;
  peers: Partial<Record<SubgraphName, KeyObject>>;
}

export function readTrustedSigners(env: Environment, audience: SubgraphName): TrustedSigners {
  const peers: Partial<Record<SubgraphName, KeyObject>> = {};
  for (const { name } of SUBGRAPHS) if (name !== audience) peers[name] = readAssertionPublicKey(env, name);
  return { gateway: readAssertionPublicKey(env, GATEWAY), peers };
}

/** A request without a trustworthy assertion; its message says why, for the person who sent it. */
export class CallerAssertionRefused extends Error {}

const ONLY_THE_GATEWAY = "This service only answers the gateway. Send your request to the gateway's /graphql endpoint";

function explain(error: unknown): string {
  if (error instanceof CallerAssertionRefused) return error.message;
  if (error instanceof joseErrors.JWTExpired && error.claim === "iat")
    return `${ONLY_THE_GATEWAY} (the caller assertion was issued too long ago).`;
  if (error instanceof joseErrors.JWTExpired) return `${ONLY_THE_GATEWAY} (the caller assertion has expired).`;
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "aud")
    return `${ONLY_THE_GATEWAY} (the caller assertion is for another service).`;
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `${ONLY_THE_GATEWAY} (the caller assertion's "${error.claim}" claim is not acceptable).`;
  return `${ONLY_THE_GATEWAY} (the caller assertion is malformed or not signed by a service this one trusts).`;
}

export type CallerAssertionVerifier = (assertion: unknown) => Promise<Caller>;

export function createCallerAssertionVerifier(audience: SubgraphName, signers: TrustedSigners): CallerAssertionVerifier {
  // The key id names the signer; the verified `iss` must name the same one.
  const keyOf = ({ kid }: JWTHeaderParameters): KeyObject => {
    const key = kid === GATEWAY ? signers.gateway : signers.peers[kid as SubgraphName];
    if (!key) throw new CallerAssertionRefused(`${ONLY_THE_GATEWAY} (the caller assertion is signed by no service this one trusts).`);
    return key;
  };
  const options = { audience, algorithms: ["EdDSA"], requiredClaims: ["iss", "exp", "iat"], maxTokenAge: MAX_AGE_SECONDS };
  // The gateway sends one assertion many times while it is fresh: verified once, it is trusted until
  // its expiry or its maximum age, whichever comes first.
  const verifiedAlready = new LRUCache<string, Caller>({ max: 10_000 });
  const verifyFirstTime = async (assertion: string): Promise<{ caller: Caller; trustedUntilSeconds: number }> => {
    let verified: Awaited<ReturnType<typeof jwtVerify>>;
    try {
      verified = await jwtVerify(assertion, keyOf, options);
    } catch (error) {
      throw new CallerAssertionRefused(explain(error));
    }
    const { payload, protectedHeader } = verified;
    if (payload.iss !== protectedHeader.kid) throw new CallerAssertionRefused(explain(null));
    const trustedUntilSeconds = Math.min(payload.exp!, payload.iat! + MAX_AGE_SECONDS);
    // A peer subgraph is a service with the public's rights, whatever it claims.
    if (payload.iss !== GATEWAY) return { caller: callerFor("public", { subject: `service:${payload.iss}` }), trustedUntilSeconds };
    const { role, institutionId } = payload as { role?: unknown; institutionId?: unknown };
    if (!isRole(role)) throw new CallerAssertionRefused(explain(null));
    const caller = callerFor(role, { subject: payload.sub, institutionId: typeof institutionId === "string" ? institutionId : undefined });
    return { caller, trustedUntilSeconds };
  };
  return async (assertion) => {
    if (typeof assertion !== "string" || !assertion) throw new CallerAssertionRefused(`${ONLY_THE_GATEWAY}.`);
    const known = verifiedAlready.get(assertion);
    if (known) return known;
    const { caller, trustedUntilSeconds } = await verifyFirstTime(assertion);
    const trustedForMs = trustedUntilSeconds * 1000 - Date.now();
    if (trustedForMs > 0) verifiedAlready.set(assertion, caller, { ttl: trustedForMs });
    return caller;
  };
}

/** Express middleware for a subgraph's /graphql: the verified caller in `res.locals.caller`, or 401 UNAUTHENTICATED. */
export function requireCallerAssertion(verify: CallerAssertionVerifier) {
  return (req: Request, res: Response, next: NextFunction) => {
    verify(req.headers[CALLER_ASSERTION_HEADER]).then(
      (caller) => {
        res.locals.caller = caller;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof CallerAssertionRefused)) return next(error);
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: "UNAUTHENTICATED" } }] });
      },
    );
  };
}

export const verifiedCaller = (res: Response): Caller => res.locals.caller as Caller;
