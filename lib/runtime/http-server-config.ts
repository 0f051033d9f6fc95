import { checkProductionSecret, isProduction, readInteger, readOptionalString, readString, type Environment } from "./config.js";

/**
 * How every service (the gateway and each subgraph) holds its connections and serves its operational
 * endpoints. Each setting is read from `<SERVICE>_<NAME>` (GATEWAY_HTTP_HEADERS_TIMEOUT_MS,
 * PRODUCTS_METRICS_TOKEN…) and falls back to the generic `<NAME>` (HTTP_HEADERS_TIMEOUT_MS,
 * METRICS_TOKEN…), so one setting can serve every service and one service can differ.
 */
export interface HttpServerConfig {
  /** Node's server.headersTimeout: the whole header block must arrive within this (slow-header clients). */
  headersTimeoutMs: number;
  /** Node's server.requestTimeout: the whole request, body included, must arrive within this (trickled bodies). */
  requestTimeoutMs: number;
  /** Node's server.keepAliveTimeout: an idle persistent connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Node's server.maxConnections: connections beyond this are closed as soon as they are accepted. */
  maxConnections: number;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** When set, /metrics is served on this port (same host) and not on the public one. */
  metricsPort?: number;
  /** Operation names with a series of their own in `graphql_requests_total`; later ones count as `other` (METRICS_MAX_OPERATION_NAMES, default 100). */
  metricsMaxOperationNames: number;
  /** Whether /ready may say why a dependency failed (a driver message may hold addresses); never in production. */
  readinessDetail: boolean;
  /**
   * On SIGTERM, how long the service keeps serving while /ready already answers 503, so a load balancer
   * (or Kubernetes' endpoints) stops sending it new requests before it closes its port (default 0).
   */
  drainDelayMs: number;
}

/** A real client sends its headers in one packet; 10 s leaves room for a slow mobile link. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** The largest body the gateway takes (GATEWAY_MAX_BODY_BYTES, 100 kB) arrives in 30 s at 3.3 kB/s. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/**
 * Longer than a load balancer's idle timeout (60 s on AWS's ALB and most others), so the balancer closes
 * an idle connection first and never sends a request on one this service is closing. Behind a balancer
 * that keeps connections longer (Google Cloud's: 600 s), set it above that.
 */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;
/**
 * Room for a balancer's pool and hundreds of direct clients, while a flood of idle connections is refused
 * at once instead of using up the process's file descriptors (which the gateway also needs for its subgraphs).
 */
export const DEFAULT_MAX_CONNECTIONS = 1000;

function setting(env: Environment, prefix: string, name: string): string {
  return env[`${prefix}_${name}`] ? `${prefix}_${name}` : name;
}

const milliseconds = (env: Environment, prefix: string, name: string, fallback: number) =>
  readInteger(env, setting(env, prefix, name), fallback, { min: 100, max: 3_600_000 });

/** `prefix` is the service's variable prefix: GATEWAY, PRODUCTS, INSTITUTIONS… */
export function readHttpServerConfig(env: Environment, prefix: string): HttpServerConfig {
  const headersTimeoutMs = milliseconds(env, prefix, "HTTP_HEADERS_TIMEOUT_MS", DEFAULT_HEADERS_TIMEOUT_MS);
  const requestTimeoutMs = milliseconds(env, prefix, "HTTP_REQUEST_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error(
      `${setting(env, prefix, "HTTP_HEADERS_TIMEOUT_MS")} (${headersTimeoutMs}) must not exceed ${setting(env, prefix, "HTTP_REQUEST_TIMEOUT_MS")} (${requestTimeoutMs}): the headers are part of the request`,
    );
  }
  const metricsPortVariable = setting(env, prefix, "METRICS_PORT");
  const metricsTokenVariable = setting(env, prefix, "METRICS_TOKEN");
  const metricsToken = readOptionalString(env, metricsTokenVariable);
  // In production a token is a secret like any other: at least 32 characters.
  if (metricsToken) checkProductionSecret(env, metricsTokenVariable, metricsToken, "");
  return {
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: milliseconds(env, prefix, "HTTP_KEEP_ALIVE_TIMEOUT_MS", DEFAULT_KEEP_ALIVE_TIMEOUT_MS),
    maxConnections: readInteger(env, setting(env, prefix, "HTTP_MAX_CONNECTIONS"), DEFAULT_MAX_CONNECTIONS, { min: 1, max: 1_000_000 }),
    metricsToken,
    metricsPort: readOptionalString(env, metricsPortVariable)
      ? readInteger(env, metricsPortVariable, 0, { min: 1, max: 65535 })
      : undefined,
    metricsMaxOperationNames: readInteger(env, setting(env, prefix, "METRICS_MAX_OPERATION_NAMES"), 100, { min: 0, max: 10_000 }),
    readinessDetail: !isProduction(env),
    drainDelayMs: readInteger(env, setting(env, prefix, "HTTP_DRAIN_DELAY_MS"), 0, { min: 0, max: 600_000 }),
  };
}

/**
 * The interface a service listens on: `<SERVICE>_HOST`, else HOST, else loopback outside production (a
 * development graph runs with documented secrets, so the network must not reach it) and every interface
 * in production (where a container's port is published or a balancer connects).
 */
export function readListenHost(env: Environment, prefix: string): string {
  return readString(env, `${prefix}_HOST`, readString(env, "HOST", isProduction(env) ? "0.0.0.0" : "127.0.0.1"));
}
