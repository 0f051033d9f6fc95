import { randomBytes } from "node:crypto";
import { assertionKeyVariable, generateAssertionKeyPair, type AssertionIssuer } from "../../lib/access/assertion-keys.js";
import { SUBGRAPHS } from "../../lib/runtime/subgraph-names.js";

/**
 * Fresh secrets for one run, not the development defaults. They go into this process's environment, and
 * scripts/lib/service-environment.ts hands each service only its own: the gateway its private key, each
 * subgraph its own, the public keys to those that verify. A key already set is kept.
 */
export type AssertionKeyPairs = Record<AssertionIssuer, { privateKey: string; publicKey: string }>;

/** A signing key pair per service (`<OWNER>_ASSERTION_PRIVATE_KEY`, `…_PUBLIC_KEY`): `npm start`, the tests, the benchmark. */
export function useRunKeyPairs(): AssertionKeyPairs {
  const pairs = {} as AssertionKeyPairs;
  for (const issuer of ["gateway", ...SUBGRAPHS.map((subgraph) => subgraph.name)] as const) {
    const privateName = assertionKeyVariable(issuer, "private");
    const publicName = assertionKeyVariable(issuer, "public");
    if (!process.env[privateName] || !process.env[publicName]) {
      const pair = generateAssertionKeyPair();
      process.env[privateName] = pair.privateKey;
      process.env[publicName] = pair.publicKey;
    }
    pairs[issuer] = { privateKey: process.env[privateName]!, publicKey: process.env[publicName]! };
  }
  return pairs;
}

/**
 * The tests and the benchmark also get a fresh token secret: their services run in production mode
 * (which refuses the development secret) or must prove they read it. `npm start` keeps the development
 * one outside production, so `npm run token` works against it.
 */
export function useRunSecrets(): { authJwtSecret: string; assertionKeys: AssertionKeyPairs } {
  process.env.AUTH_JWT_SECRET ||= randomBytes(32).toString("base64url");
  return { authJwtSecret: process.env.AUTH_JWT_SECRET, assertionKeys: useRunKeyPairs() };
}
