import { SUBGRAPHS, type SubgraphName } from "../../lib/runtime/subgraph-names.js";

/**
 * What each service process may see of the environment it is started from (`npm start`, the tests and
 * the benchmark alike). A child never inherits the whole environment: the parent keeps the
 * administrative DATABASE_URL and DATABASE_ROLE_SECRET (it provisions the roles and migrates), the
 * gateway alone holds the token secret, its signing key and the webhooks' secrets, and a subgraph holds
 * only its own database URL and its own signing key.
 *
 * Secrets are named, each with its owner. Everything else is routed by name, so a new setting reaches
 * the right processes without a list to edit:
 * - the gateway: GATEWAY_*, AUTH_*, SCHEMA_*, SUPERGRAPH_PATH, PARTNER_SUPERGRAPH_PATH;
 * - a subgraph: SUBGRAPH_* and its own <NAME>_*;
 * - every service: where each subgraph answers (<NAME>_URL) and each signer's public key
 *   (<NAME>_ASSERTION_PUBLIC_KEY; the gateway's only to subgraphs), the basics (PATH, NODE_ENV,
 *   LOG_LEVEL, TZ, HOST…) and the shared settings below, among them the OpenTelemetry variables (OTEL_*,
 *   TRACING_*: every service exports its own spans; OTEL_EXPORTER_OTLP_HEADERS may hold a collector's key).
 * A variable matching none of these stays with the parent, unless the starter passed it explicitly (the
 * `env` option of scripts/lib/graph-processes.ts): then it reaches every service.
 */
export type ServiceName = "gateway" | SubgraphName;

type Audience = ServiceName | "subgraphs" | "all" | "parent";

const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((subgraph) => subgraph.name);
const prefixOf = (service: ServiceName) => `${service.toUpperCase()}_`;

/** The secrets, each given only to its owner ("parent": to no service at all). */
const SECRETS: ReadonlyMap<string, Audience> = new Map<string, Audience>([
  ["DATABASE_URL", "parent"],
  ["DATABASE_ROLE_SECRET", "parent"],
  ["TEST_DATABASE_URL", "parent"],
  ["AUTH_JWT_SECRET", "gateway"],
  ["SCHEMA_WEBHOOKS", "gateway"],
  ["SCHEMA_WEBHOOKS_FILE", "gateway"],
  ["GATEWAY_RESPONSE_CACHE_REDIS_URL", "gateway"],
  ...(["gateway", ...SUBGRAPH_NAMES] as const).flatMap((owner): Array<[string, Audience]> => [
    [`${prefixOf(owner)}DATABASE_URL`, owner],
    [`${prefixOf(owner)}ASSERTION_PRIVATE_KEY`, owner],
  ]),
]);

/** Not secret, and what any Node process needs to run as configured. */
const BASICS = new Set(["PATH", "HOME", "TMPDIR", "TZ", "LANG", "NODE_ENV", "NODE_OPTIONS", "NODE_EXTRA_CA_CERTS", "LOG_LEVEL", "HOST"]);
const BASIC_PREFIXES = ["LC_", "TSX_"];
/** Not secret, and read by every service. */
const SHARED = new Set(["MAX_PAGE_SIZE", "CACHE_MAX_AGE_SECONDS", "DATABASE_POOL_SIZE", "MIGRATE_ON_START"]);
const SHARED_PREFIXES = ["METRICS_", "HTTP_", "OTEL_", "TRACING_"];
/** Not secret, and read by every subgraph only (lib/data/database.ts's session limits). */
const SUBGRAPH_SETTINGS = new Set([
  "DATABASE_CONNECT_TIMEOUT_MS",
  "DATABASE_STATEMENT_TIMEOUT_MS",
  "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS",
]);
const GATEWAY_NAMES = new Set(["SUPERGRAPH_PATH", "PARTNER_SUPERGRAPH_PATH"]);
const GATEWAY_PREFIXES = ["GATEWAY_", "AUTH_", "SCHEMA_"];

/** Who may have a variable; undefined when no rule names it. */
function audienceOf(name: string): Audience | undefined {
  const secretOwner = SECRETS.get(name);
  if (secretOwner) return secretOwner;
  if (name === "GATEWAY_ASSERTION_PUBLIC_KEY") return "subgraphs";
  if (SUBGRAPH_NAMES.some((subgraph) => name === `${prefixOf(subgraph)}URL` || name === `${prefixOf(subgraph)}ASSERTION_PUBLIC_KEY`)) {
    return "all";
  }
  if (GATEWAY_NAMES.has(name) || GATEWAY_PREFIXES.some((prefix) => name.startsWith(prefix))) return "gateway";
  if (name.startsWith("SUBGRAPH_") || SUBGRAPH_SETTINGS.has(name)) return "subgraphs";
  const owner = SUBGRAPH_NAMES.find((subgraph) => name.startsWith(prefixOf(subgraph)));
  if (owner) return owner;
  if (BASICS.has(name) || SHARED.has(name)) return "all";
  if ([...BASIC_PREFIXES, ...SHARED_PREFIXES].some((prefix) => name.startsWith(prefix))) return "all";
  return undefined;
}

function reaches(audience: Audience, service: ServiceName): boolean {
  if (audience === "all") return true;
  if (audience === "subgraphs") return service !== "gateway";
  return audience === service;
}

const defined = (env: NodeJS.ProcessEnv) => Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined);

/**
 * A service's environment: what it may have of `inherited` (this process's environment), then of
 * `given` (the starter's explicit settings, which win; one no rule names reaches every service).
 */
export function serviceEnvironment(service: ServiceName, given: NodeJS.ProcessEnv = {}, inherited = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of defined(inherited)) {
    const audience = audienceOf(name);
    if (audience && reaches(audience, service)) env[name] = value;
  }
  for (const [name, value] of defined(given)) {
    const audience = audienceOf(name) ?? "all";
    if (reaches(audience, service)) env[name] = value;
  }
  return env;
}

/** The basics alone (PATH, NODE_ENV, LOG_LEVEL, TZ…), for a process that is none of our services. */
export function basicEnvironment(inherited = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(
    defined(inherited).filter(([name]) => BASICS.has(name) || BASIC_PREFIXES.some((prefix) => name.startsWith(prefix))),
  );
}
