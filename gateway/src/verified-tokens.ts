import { LRUCache } from "lru-cache";
import type { Caller } from "../../lib/access/access.js";

/**
 * Bearer tokens this gateway has verified, so that a signed-in client's next requests with the same
 * token skip the signature check and the claims' parsing (a client sends one token with every request
 * until it expires). What a token verifies to depends only on the token and the time: a token is
 * remembered until it would be refused for its expiry or age (`validUntilSeconds`), and at most
 * `MAX_TRUST_MS`, so that a key withdrawn from a JWKS stops being trusted soon after. A token that
 * failed is not remembered (each attempt is checked and refused again). Bounded, least recently used
 * first out.
 */
export interface VerifiedToken {
  caller: Caller;
  /** When the token would next be refused (seconds since the epoch). */
  validUntilSeconds: number;
}

const MAX_TRUST_MS = 5 * 60_000;
const MAX_TOKENS = 10_000;

export function rememberVerifiedTokens(verify: (token: string) => Promise<VerifiedToken>): (token: string) => Promise<Caller> {
  const verified = new LRUCache<string, Caller>({ max: MAX_TOKENS });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    const { caller, validUntilSeconds } = await verify(token);
    const ttl = Math.min(MAX_TRUST_MS, validUntilSeconds * 1000 - Date.now());
    if (ttl > 0) verified.set(token, caller, { ttl });
    return caller;
  };
}
