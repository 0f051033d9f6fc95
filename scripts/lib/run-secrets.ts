import { randomBytes } from "node:crypto";

/**
 * Fresh secrets for one run of the tests or the benchmark, not the development defaults: the services
 * run in production mode there (which refuses to start without them) or must prove they read them.
 * They go into this process's environment, so every service spawned from it shares them.
 */
export function useRunSecrets(): { authJwtSecret: string; gatewaySharedSecret: string } {
  process.env.AUTH_JWT_SECRET ||= randomBytes(32).toString("base64url");
  process.env.GATEWAY_SHARED_SECRET ||= randomBytes(32).toString("base64url");
  return { authJwtSecret: process.env.AUTH_JWT_SECRET, gatewaySharedSecret: process.env.GATEWAY_SHARED_SECRET };
}
