import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isProduction, readInteger, readOptionalString, readString, type Environment } from "../../lib/runtime/config.js";
import { PARTNER_SUPERGRAPH_PATH } from "../../lib/schema/composition.js";
import { isWebhookSecret } from "./webhooks/signature.js";

/**
 * How the gateway serves, reloads and announces its schemas:
 *   PARTNER_SUPERGRAPH_PATH      the partner contract supergraph (/partner/graphql), default schema/partner-supergraph.graphql
 *   GATEWAY_SUPERGRAPH_POLL_MS   how often both supergraph files are re-read besides the file watch (default 5000)
 *   SCHEMA_CHANGELOG_PATH        published versions, for X-Schema-Version (default schema/changelog.json)
 *   SCHEMA_WEBHOOKS              JSON array of partner webhooks [{"partner","url","secret","schema"?: "partner"|"full"}],
 *   SCHEMA_WEBHOOKS_FILE         or a file holding that array; a secret is `whsec_<base64 of 24 to 64 bytes>`
 *                                (Standard Webhooks), a URL https in production
 *   SCHEMA_WEBHOOK_ATTEMPTS      attempts per delivery (default 6), SCHEMA_WEBHOOK_RETRY_BASE_MS first retry delay
 *                                (default 1000, doubling each time), SCHEMA_WEBHOOK_TIMEOUT_MS per attempt (default 10000)
 *   GATEWAY_DATABASE_URL         the delivery log's database (the gateway's own role, schema `gateway`); DATABASE_URL as a fallback
 */
export interface SchemaWebhook {
  partner: string;
  url: string;
  secret: string;
  /** Which API's changes the partner is told about; partners see the partner contract. */
  schema: "partner" | "full";
}

export interface SchemaServingConfig {
  partnerSupergraphPath: string;
  pollMs: number;
  changelogPath: string;
  webhooks: SchemaWebhook[];
  delivery: { attempts: number; retryBaseMs: number; timeoutMs: number };
  databaseUrl?: string;
}

export function readSchemaServingConfig(env: Environment): SchemaServingConfig {
  return {
    partnerSupergraphPath: readString(env, "PARTNER_SUPERGRAPH_PATH", fileURLToPath(PARTNER_SUPERGRAPH_PATH)),
    pollMs: readInteger(env, "GATEWAY_SUPERGRAPH_POLL_MS", 5000, { min: 50, max: 3_600_000 }),
    changelogPath: readString(env, "SCHEMA_CHANGELOG_PATH", fileURLToPath(new URL("../../schema/changelog.json", import.meta.url))),
    webhooks: readWebhooks(env),
    delivery: {
      attempts: readInteger(env, "SCHEMA_WEBHOOK_ATTEMPTS", 6, { min: 1, max: 20 }),
      retryBaseMs: readInteger(env, "SCHEMA_WEBHOOK_RETRY_BASE_MS", 1000, { min: 1, max: 600_000 }),
      timeoutMs: readInteger(env, "SCHEMA_WEBHOOK_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 }),
    },
    databaseUrl: readOptionalString(env, "GATEWAY_DATABASE_URL") ?? readOptionalString(env, "DATABASE_URL"),
  };
}

function readWebhooks(env: Environment): SchemaWebhook[] {
  const file = readOptionalString(env, "SCHEMA_WEBHOOKS_FILE");
  const raw = file ? readFileSync(file, "utf8") : readOptionalString(env, "SCHEMA_WEBHOOKS");
  if (!raw) return [];
  const source = file ? `SCHEMA_WEBHOOKS_FILE (${file})` : "SCHEMA_WEBHOOKS";
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`${source} is not JSON: expected [{"partner":"…","url":"https://…","secret":"…"}]`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${source} must be a JSON array of webhooks`);
  return parsed.map((entry: Partial<SchemaWebhook>, index) => {
    const { partner, url, secret, schema = "partner" } = entry ?? {};
    if (typeof partner !== "string" || !partner || typeof url !== "string")
      throw new Error(`${source}[${index}] needs "partner" and "url"`);
    if (typeof secret !== "string" || !isWebhookSecret(secret)) {
      throw new Error(`${source}[${index}].secret must be "whsec_" followed by the base64 of a random key of 24 to 64 bytes`);
    }
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new Error(`${source}[${index}].url is not an http(s) URL`);
    // Over plain http a delivery (and its signature) could be read and held back on the way.
    if (isProduction(env) && new URL(url).protocol !== "https:") {
      throw new Error(
        `${source}[${index}].url must be https in production (NODE_ENV=production); http is accepted only outside production`,
      );
    }
    if (schema !== "partner" && schema !== "full") throw new Error(`${source}[${index}].schema must be "partner" or "full"`);
    return { partner, url, secret, schema };
  });
}
