import { fileURLToPath } from "node:url";
import { isProduction, readBoolean, readInteger, readOptionalString, readString, type Environment } from "../../lib/runtime/config.js";
import type { KeyObject } from "node:crypto";
import { readAssertionPrivateKey } from "../../lib/access/assertion-keys.js";
import { readLogLevel } from "../../lib/runtime/logger.js";
import { readHttpServerConfig, readListenHost, type HttpServerConfig } from "../../lib/runtime/http-server-config.js";
import { SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphName } from "../../lib/schema/composition.js";
import { readAuthenticationConfig, type AuthenticationConfig } from "./authentication.js";
import { readCircuitBreakerConfig, type CircuitBreakerConfig } from "./circuit-breaker.js";
import { readDashboardConfig, type DashboardConfig } from "./dashboard/config.js";
import { readDemandControlConfig, type DemandControlConfig } from "./demand-control/config.js";
import { readHttpSecurityConfig, type HttpSecurityConfig } from "./http-security.js";
import { readQueryLimits, type QueryLimits } from "./limits.js";
import { readRateLimitConfig, type RateLimitConfig } from "./rate-limits.js";
import { readResponseCacheConfig, type ResponseCacheConfig } from "./response-cache.js";
import { readSchemaServingConfig, type SchemaServingConfig } from "./schema-serving-config.js";
import { readTracingConfig, type TracingConfig } from "../../lib/runtime/tracing-config.js";

/** Everything the gateway reads from its environment, read once by its entry (index.ts) or a test. */
export interface GatewayConfig {
  /** NODE_ENV=production: no landing page, no introspection, stricter secrets. */
  production: boolean;
  /** LOG_LEVEL (default info). */
  logLevel: string;
  host: string;
  port: number;
  /** Timeouts, connection cap, /metrics and /ready (GATEWAY_HTTP_*, GATEWAY_METRICS_*; lib/runtime/http-server-config.ts). */
  server: HttpServerConfig;
  /** The README's operations the explorer at /explorer preloads (schema/operations). */
  explorerOperationsDirectory: string;
  /** The composed supergraph the gateway serves (schema/supergraph.graphql). */
  supergraphPath: string;
  /** Where each subgraph answers; defaults to the routing URLs in the supergraph (localhost:4001–4004). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  introspection: boolean;
  /** Persistent (keep-alive) connections to the subgraphs (GATEWAY_SUBGRAPH_KEEP_ALIVE, default true). */
  subgraphKeepAlive: boolean;
  /**
   * Identical subgraph queries already in flight are sent once and their answer shared
   * (GATEWAY_DEDUPLICATE_INFLIGHT, default true). Never mutations; keyed by URL, headers, query, variables.
   */
  deduplicateInflight: boolean;
  /** Approximate size of the query-plan cache in MiB (GATEWAY_QUERY_PLAN_CACHE_MIB, default 30). */
  queryPlanCacheMiB: number;
  /** The key the gateway signs its caller assertions to the subgraphs with (GATEWAY_ASSERTION_PRIVATE_KEY, lib/access/assertion-keys.ts). */
  assertionKey: KeyObject;
  /** How bearer tokens are verified (AUTH_JWT_SECRET or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE). */
  authentication: AuthenticationConfig;
  /** The partner contract, supergraph reloading and schema change notifications (schema-serving-config.ts). */
  schemaServing: SchemaServingConfig;
  /** Depth, aliases, tokens and directives of a query (GATEWAY_MAX_DEPTH…, limits.ts). */
  limits: QueryLimits;
  /** The cost estimate, its limit and the actual cost (GATEWAY_DEMAND_CONTROL, GATEWAY_MAX_COST; demand-control/). */
  demandControl: DemandControlConfig;
  /** Body size and CORS (GATEWAY_MAX_BODY_BYTES, GATEWAY_CORS_ORIGINS; http-security.ts). */
  http: HttpSecurityConfig;
  /** Deadline of one subgraph fetch (GATEWAY_SUBGRAPH_TIMEOUT_MS, default 5000). */
  subgraphTimeoutMs: number;
  /** The per-subgraph circuit breaker (GATEWAY_CIRCUIT_BREAKER…, circuit-breaker.ts). */
  circuitBreaker: CircuitBreakerConfig;
  /** The Redis-backed response cache for anonymous queries (GATEWAY_RESPONSE_CACHE_REDIS_URL…, response-cache.ts). */
  responseCache: ResponseCacheConfig;
  /** Requests, cost and requests in flight per caller (GATEWAY_RATE_LIMIT…, rate-limits.ts). */
  rateLimits: RateLimitConfig;
  /** The reference dashboard at /dashboard (GATEWAY_DASHBOARD, GATEWAY_DASHBOARD_POLL_SECONDS; dashboard/config.ts). */
  dashboard: DashboardConfig;
  /** OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT…; lib/runtime/tracing-config.ts); undefined when off. */
  tracing?: TracingConfig;
}

export function readConfig(env: Environment): GatewayConfig {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const { name } of SUBGRAPHS) {
    const url = readOptionalString(env, `${name.toUpperCase()}_URL`);
    if (url) subgraphUrls[name] = url;
  }
  return {
    production: isProduction(env),
    logLevel: readLogLevel(env),
    host: readListenHost(env, "GATEWAY"),
    port: readInteger(env, "GATEWAY_PORT", 4000, { min: 0, max: 65535 }),
    server: readHttpServerConfig(env, "GATEWAY"),
    supergraphPath: readString(env, "SUPERGRAPH_PATH", fileURLToPath(SUPERGRAPH_PATH)),
    explorerOperationsDirectory: fileURLToPath(new URL("../../schema/operations/", import.meta.url)),
    subgraphUrls,
    introspection: !isProduction(env),
    subgraphKeepAlive: readBoolean(env, "GATEWAY_SUBGRAPH_KEEP_ALIVE", true),
    deduplicateInflight: readBoolean(env, "GATEWAY_DEDUPLICATE_INFLIGHT", true),
    queryPlanCacheMiB: readInteger(env, "GATEWAY_QUERY_PLAN_CACHE_MIB", 30, { min: 1, max: 4096 }),
    assertionKey: readAssertionPrivateKey(env, "gateway"),
    authentication: readAuthenticationConfig(env),
    schemaServing: readSchemaServingConfig(env),
    limits: readQueryLimits(env),
    demandControl: readDemandControlConfig(env),
    http: readHttpSecurityConfig(env),
    subgraphTimeoutMs: readInteger(env, "GATEWAY_SUBGRAPH_TIMEOUT_MS", 5000, { min: 10, max: 600_000 }),
    circuitBreaker: readCircuitBreakerConfig(env),
    responseCache: readResponseCacheConfig(env),
    rateLimits: readRateLimitConfig(env),
    dashboard: readDashboardConfig(env),
    tracing: readTracingConfig(env, "gateway"),
  };
}
