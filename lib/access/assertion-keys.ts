import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from "node:crypto";
import { isProduction, readOptionalString, type Environment } from "../runtime/config.js";
import type { SubgraphName } from "../runtime/subgraph-names.js";

/**
 * The Ed25519 keys caller assertions are signed and verified with (lib/access/caller-assertion.ts). Each signer
 * has its own pair: the gateway, which vouches for the callers it verified, and each subgraph, which asks
 * other subgraphs for public facts under its own name. A private key lives only in its owner's process
 * (`<OWNER>_ASSERTION_PRIVATE_KEY`); the public keys (`<OWNER>_ASSERTION_PUBLIC_KEY`) go to the
 * subgraphs that verify. Either is a JWK (JSON) or PEM.
 *
 * Production requires every key and refuses the development pairs. Outside production a missing key
 * falls back to a development pair derived from its owner's name, so a service started on its own finds
 * the same keys as its peers; `npm start` and the tests generate fresh pairs instead.
 */
export type AssertionIssuer = "gateway" | SubgraphName;

export const assertionKeyVariable = (issuer: AssertionIssuer, half: "private" | "public") =>
  `${issuer.toUpperCase()}_ASSERTION_${half.toUpperCase()}_KEY`;

// The DER prefix that turns a 32-byte Ed25519 seed into a PKCS#8 private key (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** The documented development key of `issuer`: anyone can derive it, so production refuses it. */
export function developmentAssertionKey(issuer: AssertionIssuer): KeyObject {
  const seed = createHash("sha256").update(`ipg-development-assertion-key-not-for-production:${issuer}`).digest();
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
}

const publicBytes = (key: KeyObject) => (key.type === "public" ? key : createPublicKey(key)).export({ format: "der", type: "spki" });

function parseKey(name: string, raw: string, half: "private" | "public"): KeyObject {
  let key: KeyObject;
  try {
    const input = raw.trim().startsWith("{") ? { key: JSON.parse(raw) as JsonWebKey, format: "jwk" as const } : raw;
    key = half === "private" ? createPrivateKey(input) : createPublicKey(input);
  } catch {
    throw new Error(`Environment variable ${name} is not a readable ${half} key (give a JWK as JSON, or PEM)`);
  }
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`Environment variable ${name} must be an Ed25519 key`);
  return key;
}

function readKey(env: Environment, issuer: AssertionIssuer, half: "private" | "public"): KeyObject {
  const name = assertionKeyVariable(issuer, half);
  const raw = readOptionalString(env, name);
  const development = developmentAssertionKey(issuer);
  if (!raw) {
    if (isProduction(env)) throw new Error(`Environment variable ${name} is required in production`);
    return half === "private" ? development : createPublicKey(development);
  }
  const key = parseKey(name, raw, half);
  if (isProduction(env) && publicBytes(key).equals(publicBytes(development))) {
    throw new Error(`${name} is the documented development key: generate a key pair of your own in production`);
  }
  return key;
}

export const readAssertionPrivateKey = (env: Environment, issuer: AssertionIssuer) => readKey(env, issuer, "private");
export const readAssertionPublicKey = (env: Environment, issuer: AssertionIssuer) => readKey(env, issuer, "public");

/** A fresh pair as JWK JSON, for the environment of one run (scripts/lib/run-secrets.ts). */
export function generateAssertionKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey: JSON.stringify(privateKey.export({ format: "jwk" })),
    publicKey: JSON.stringify(publicKey.export({ format: "jwk" })),
  };
}
