import { SUBGRAPHS, type SubgraphName } from "./subgraph-names.js";
import { readInteger, readString } from "./config.js";
import { readHttpServerConfig, readListenHost, type HttpServerConfig } from "./http-server-config.js";

/**
 * The settings every subgraph reads, each from its own variables so that services can be deployed
 * separately: PRODUCTS_PORT, PRODUCTS_DATABASE_URL (falling back to DATABASE_URL), and so on.
 */
export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  /** Timeouts, connection cap, /metrics and /ready (<NAME>_HTTP_*, <NAME>_METRICS_*; lib/http-server-config.ts). */
  server: HttpServerConfig;
  databaseUrl: string;
  /** The PostgreSQL schema the subgraph owns; its name unless overridden. */
  databaseSchema: string;
  databasePoolSize: number;
}

/** `overrides` is for tools that run a subgraph's data layer against a database they chose. */
export function readSubgraphConfig(name: string, defaultPort: number, overrides: Partial<SubgraphConfig> = {}): SubgraphConfig {
  const prefix = name.toUpperCase();
  return {
    name,
    host: readListenHost(prefix),
    port: readInteger(`${prefix}_PORT`, defaultPort, { min: 0, max: 65535 }),
    server: readHttpServerConfig(prefix),
    databaseUrl: overrides.databaseUrl ?? readString(`${prefix}_DATABASE_URL`, process.env.DATABASE_URL),
    databaseSchema: readString(`${prefix}_DATABASE_SCHEMA`, name),
    databasePoolSize: readInteger(`${prefix}_DATABASE_POOL_SIZE`, readInteger("DATABASE_POOL_SIZE", 10, { min: 1, max: 200 }), {
      min: 1,
      max: 200,
    }),
  };
}

/**
 * Where another subgraph answers, for the questions a subgraph asks an owner before it writes
 * (e.g. institutions asks products whether a product's designation is valid). PRODUCTS_URL etc.,
 * defaulting to the local ports.
 */
export function readSubgraphUrl(name: SubgraphName): string {
  const { port } = SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
  return readString(`${name.toUpperCase()}_URL`, `http://localhost:${port}/graphql`);
}

/**
 * The longest a subgraph lets its public answers be reused (CACHE_MAX_AGE_SECONDS, default 60): the
 * max-age of the cache hint every field gets unless it needs a signed-in caller (lib/access-control.ts
 * makes those PRIVATE). The gateway's response cache keeps an answer no longer than its shortest hint;
 * 0 turns caching off at the source.
 */
export function readCacheMaxAgeSeconds(): number {
  return readInteger("CACHE_MAX_AGE_SECONDS", 60, { min: 0, max: 86_400 });
}

/**
 * The most rows one request may read from a subgraph's database (SUBGRAPH_MAX_ROWS_PER_REQUEST, default
 * 10000; lib/row-budget.ts). The largest screen, the lead-buyer dashboard, reads at most 500 meetings in
 * one exhibitions request and at most about 4,000 certificates (8 for each of their products) in one
 * certifications request, a few hundred of each on the seed; a 100-item page of 100-item pages reads 10,100.
 */
export function readMaxRowsPerRequest(): number {
  return readInteger("SUBGRAPH_MAX_ROWS_PER_REQUEST", 10_000, { min: 1, max: 10_000_000 });
}
