import type { KeyObject } from "node:crypto";
import { SUBGRAPHS, type SubgraphName } from "../runtime/subgraph-names.js";
import { isProduction, readBoolean, readInteger, readString, type Environment } from "../runtime/config.js";
import { readAssertionPrivateKey } from "../access/assertion-keys.js";
import { readTrustedSigners, type TrustedSigners } from "../access/caller-assertion.js";
import { readHttpServerConfig, readListenHost, type HttpServerConfig } from "../runtime/http-server-config.js";
import { readLogLevel } from "../runtime/logger.js";
import { readMaxPageSize } from "../data/pagination.js";
import { DATABASE_TIMEOUTS, type DatabaseTimeouts } from "../data/database.js";
import { readTracingConfig, type TracingConfig } from "../runtime/tracing-config.js";

/**
 * Where a subgraph's data lives, each from its own variables so that services can be deployed
 * separately: PRODUCTS_DATABASE_URL (falling back to DATABASE_URL), PRODUCTS_DATABASE_SCHEMA… The tools
 * that migrate and seed (scripts/lib/prepare-database.ts) read only this part.
 */
export interface SubgraphDatabaseConfig {
  name: SubgraphName;
  databaseUrl: string;
  /** The PostgreSQL schema the subgraph owns; its name unless overridden. */
  databaseSchema: string;
  databasePoolSize: number;
  /** DATABASE_CONNECT_TIMEOUT_MS, DATABASE_STATEMENT_TIMEOUT_MS, DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS (lib/data/database.ts). */
  databaseTimeouts: DatabaseTimeouts;
}

/** Everything a subgraph process reads from its environment, read once by its entry (lib/subgraph/subgraph-main.ts). */
export interface SubgraphConfig extends SubgraphDatabaseConfig {
  /** NODE_ENV=production: no landing page, no /ready detail, every key required. */
  production: boolean;
  /** LOG_LEVEL (default info). */
  logLevel: string;
  host: string;
  port: number;
  /** Timeouts, connection cap, /metrics and /ready (<NAME>_HTTP_*, <NAME>_METRICS_*; lib/runtime/http-server-config.ts). */
  server: HttpServerConfig;
  /** MIGRATE_ON_START (default true); false for deployments that migrate in a separate step. */
  migrateOnStart: boolean;
  /** SUBGRAPH_MAX_ROWS_PER_REQUEST (lib/data/row-budget.ts). */
  maxRowsPerRequest: number;
  /** CACHE_MAX_AGE_SECONDS: the max-age of public answers' cache hints. */
  cacheMaxAgeSeconds: number;
  /** MAX_PAGE_SIZE (lib/data/pagination.ts). */
  maxPageSize: number;
  /** The keys it trusts callers' assertions with: the gateway's and its peers' (<NAME>_ASSERTION_PUBLIC_KEY). */
  trustedSigners: TrustedSigners;
  /** Its own key, to sign the questions it asks a peer (<NAME>_ASSERTION_PRIVATE_KEY; lib/peer-clients.ts). */
  assertionKey: KeyObject;
  /** Where every subgraph answers, for those questions (PRODUCTS_URL…, defaulting to the local ports). */
  peerUrls: Record<SubgraphName, string>;
  /** OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT…; lib/runtime/tracing-config.ts); undefined when off. */
  tracing?: TracingConfig;
}

/** `overrides` is for tools that run a subgraph's data layer against a database they chose. */
export function readSubgraphDatabaseConfig(
  env: Environment,
  name: SubgraphName,
  overrides: Partial<SubgraphDatabaseConfig> = {},
): SubgraphDatabaseConfig {
  const prefix = name.toUpperCase();
  return {
    name,
    databaseUrl: overrides.databaseUrl ?? readString(env, `${prefix}_DATABASE_URL`, env.DATABASE_URL),
    databaseSchema: readString(env, `${prefix}_DATABASE_SCHEMA`, name),
    databasePoolSize: readInteger(env, `${prefix}_DATABASE_POOL_SIZE`, readInteger(env, "DATABASE_POOL_SIZE", 10, { min: 1, max: 200 }), {
      min: 1,
      max: 200,
    }),
    databaseTimeouts: {
      connectMs: readInteger(env, "DATABASE_CONNECT_TIMEOUT_MS", DATABASE_TIMEOUTS.connectMs, { min: 100, max: 600_000 }),
      statementMs: readInteger(env, "DATABASE_STATEMENT_TIMEOUT_MS", DATABASE_TIMEOUTS.statementMs, { min: 100, max: 3_600_000 }),
      idleInTransactionMs: readInteger(env, "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", DATABASE_TIMEOUTS.idleInTransactionMs, {
        min: 100,
        max: 3_600_000,
      }),
    },
  };
}

/** A subgraph's whole configuration; `overrides` win over what `env` says (a test's variant service). */
export function readSubgraphConfig(
  env: Environment,
  subgraph: { name: SubgraphName; defaultPort: number },
  overrides: Partial<SubgraphConfig> = {},
): SubgraphConfig {
  const { name, defaultPort } = subgraph;
  const prefix = name.toUpperCase();
  const read = (): SubgraphConfig => ({
    ...readSubgraphDatabaseConfig(env, name, overrides),
    production: isProduction(env),
    logLevel: readLogLevel(env),
    host: readListenHost(env, prefix),
    port: readInteger(env, `${prefix}_PORT`, defaultPort, { min: 0, max: 65535 }),
    server: readHttpServerConfig(env, prefix),
    migrateOnStart: readBoolean(env, "MIGRATE_ON_START", true),
    maxRowsPerRequest: readMaxRowsPerRequest(env),
    cacheMaxAgeSeconds: readCacheMaxAgeSeconds(env),
    maxPageSize: readMaxPageSize(env),
    // Read now, so a process without the keys it needs refuses to start.
    trustedSigners: readTrustedSigners(env, name),
    assertionKey: readAssertionPrivateKey(env, name),
    peerUrls: readPeerUrls(env),
    tracing: readTracingConfig(env, name),
  });
  return { ...read(), ...overrides };
}

/**
 * Where each subgraph answers, for the questions a subgraph asks an owner before it writes
 * (e.g. institutions asks products whether a product's designation is valid). PRODUCTS_URL etc.,
 * defaulting to the local ports.
 */
function readPeerUrls(env: Environment): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPHS.map(({ name, port }) => [name, readString(env, `${name.toUpperCase()}_URL`, `http://localhost:${port}/graphql`)]),
  ) as Record<SubgraphName, string>;
}

/**
 * The longest a subgraph lets its public answers be reused (CACHE_MAX_AGE_SECONDS, default 60): the
 * max-age of the cache hint every field gets unless it needs a signed-in caller (lib/access/access-control.ts
 * makes those PRIVATE). The gateway's response cache keeps an answer no longer than its shortest hint;
 * 0 turns caching off at the source.
 */
export function readCacheMaxAgeSeconds(env: Environment): number {
  return readInteger(env, "CACHE_MAX_AGE_SECONDS", 60, { min: 0, max: 86_400 });
}

/**
 * The most rows one request may read from a subgraph's database (SUBGRAPH_MAX_ROWS_PER_REQUEST, default
 * 10000; lib/data/row-budget.ts). The largest screen, the lead-buyer dashboard, reads at most 500 meetings in
 * one exhibitions request and at most about 4,000 certificates (8 for each of their products) in one
 * certifications request, a few hundred of each on the seed; a 100-item page of 100-item pages reads 10,100.
 */
function readMaxRowsPerRequest(env: Environment): number {
  return readInteger(env, "SUBGRAPH_MAX_ROWS_PER_REQUEST", 10_000, { min: 1, max: 10_000_000 });
}
