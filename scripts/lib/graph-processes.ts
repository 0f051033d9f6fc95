import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { serviceDatabaseUrl } from "./database-roles.js";
import { compiledEntry } from "./compiled-services.js";
import { serviceEnvironment, type ServiceName } from "./service-environment.js";
import { UNREACHED_RATE_LIMITS } from "./rate-limit-env.js";
import { subgraphEntry, subgraphModules } from "./subgraph-modules.js";

/**
 * Starts the four subgraphs and the gateway as separate processes, the way they are deployed, waits
 * until each answers GET /ready, and stops them all (SIGTERM, then SIGKILL after a grace period).
 * Used by `npm start`, the tests and the benchmark.
 */
/** How long a service may take to become ready: a ceiling, not a wait (on a loaded 2-core machine a start can take half a minute). */
const READY_TIMEOUT_MS = 120_000;

export type GraphPorts = Record<ServiceName, number>;

/** The gateway's default port; each subgraph's is in its module (subgraphs/<name>/src/subgraph.ts). */
export const GATEWAY_DEFAULT_PORT = 4000;

/** A port for every service of the graph, from `choose(service, its default port)`: free ones for a test, the configured ones for `npm start`. */
export async function graphPorts(choose: (service: ServiceName, defaultPort: number) => number | Promise<number>): Promise<GraphPorts> {
  const services: Array<[ServiceName, number]> = [
    ["gateway", GATEWAY_DEFAULT_PORT],
    ...subgraphModules.map((module) => [module.name, module.defaultPort] as [ServiceName, number]),
  ];
  return Object.fromEntries(
    await Promise.all(services.map(async ([service, port]) => [service, await choose(service, port)])),
  ) as GraphPorts;
}

export interface GraphProcessesOptions {
  /** The administrative URL prepareDatabase used; each service is given its own role's URL on that database. */
  databaseUrl: string;
  ports: GraphPorts;
  /**
   * Extra environment (LOG_LEVEL, NODE_ENV, GATEWAY_…): each variable reaches the processes it is for,
   * the rest of this process's environment only as scripts/lib/service-environment.ts allows.
   */
  env?: NodeJS.ProcessEnv;
  /** "inherit" shows the services' logs on this terminal; "ignore" keeps them quiet. */
  output?: ServiceOutput;
  readyTimeoutMs?: number;
  /** Run the services from this compiled tree (scripts/lib/compiled-services.ts) instead of through tsx. */
  compiledRoot?: string;
}

export interface RunningGraph {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  processes: Map<string, ChildProcess>;
  /** Stops one subgraph's process (to test what happens when it is down). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on its port and waits until it is ready. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/** "pipe" leaves the log lines on the child's stdout for the caller, who must read them (see `started`). */
export type ServiceOutput = "inherit" | "ignore" | "pipe";

const GATEWAY_ENTRY = fileURLToPath(new URL("../../gateway/src/index.ts", import.meta.url));

/** `given` is filtered for this service; `own` (its port, its database URL…) is set as it is. */
function spawnService(
  name: ServiceName,
  entry: string,
  env: { given?: NodeJS.ProcessEnv; own: NodeJS.ProcessEnv },
  output: ServiceOutput,
  compiledRoot?: string,
): ChildProcess {
  const args = compiledRoot ? [compiledEntry(compiledRoot, entry)] : ["--import", "tsx", entry];
  const child = spawn(process.execPath, args, {
    env: { ...serviceEnvironment(name, env.given), ...env.own },
    stdio: ["ignore", output, output === "inherit" ? "inherit" : "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.once("exit", (code, signal) => {
    (child as ChildProcess & { exitReport?: string }).exitReport =
      `${name} exited (${signal ?? `code ${code}`})${stderr ? `:\n${stderr}` : ""}`;
  });
  return child;
}

/** Waits until `url` (a service's /ready) answers 200; a process that exits meanwhile fails the wait with its report. */
export async function waitUntilReady(name: string, child: ChildProcess | undefined, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const report = (child as (ChildProcess & { exitReport?: string }) | undefined)?.exitReport;
    if (report) throw new Error(report);
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) }).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs} ms`);
}

export async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export const urlEnvironment = (subgraphUrls: Record<SubgraphName, string>) =>
  Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));

/**
 * One more gateway process over already running subgraphs (e.g. in production mode, for a test). Its rate
 * limits are out of reach unless `env` sets them.
 */
export async function startGatewayProcess(options: {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  env?: NodeJS.ProcessEnv;
  readyTimeoutMs?: number;
  output?: ServiceOutput;
  compiledRoot?: string;
  /** Told of the process as soon as it is spawned (to read its output, or stop it if it never gets ready). */
  started?: (child: ChildProcess) => void;
}): Promise<{ url: string; process: ChildProcess; stop(): Promise<void> }> {
  const urlEnv = urlEnvironment(options.subgraphUrls);
  const child = spawnService(
    "gateway",
    GATEWAY_ENTRY,
    { given: { ...UNREACHED_RATE_LIMITS, ...options.env }, own: { ...urlEnv, GATEWAY_PORT: String(options.port) } },
    options.output ?? "ignore",
    options.compiledRoot,
  );
  options.started?.(child);
  try {
    await waitUntilReady("gateway", child, `http://localhost:${options.port}/ready`, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url: `http://localhost:${options.port}/graphql`, process: child, stop: () => stopProcess(child) };
}

/** What a subgraph is started with besides what it may inherit: where the others answer, its port, its own database role. */
export function subgraphOwnEnvironment(
  name: SubgraphName,
  port: number,
  roleUrl: string,
  subgraphUrls: Record<SubgraphName, string>,
  migrateOnStart = false,
) {
  return {
    ...urlEnvironment(subgraphUrls),
    [`${name.toUpperCase()}_DATABASE_URL`]: roleUrl,
    [`${name.toUpperCase()}_PORT`]: String(port),
    MIGRATE_ON_START: String(migrateOnStart),
  };
}

/**
 * One subgraph process, ready when it answers GET /ready: used by startGraphProcesses, and by tests that
 * need one more subgraph (in production mode, or on a database they can cut off). `databaseUrl` is its
 * own role's URL (scripts/lib/database-roles.ts serviceDatabaseUrl), never the administrative one; its
 * database is migrated already.
 */
export async function startSubgraphProcess(options: {
  name: SubgraphName;
  port: number;
  databaseUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  env?: NodeJS.ProcessEnv;
  output?: ServiceOutput;
  readyTimeoutMs?: number;
  compiledRoot?: string;
  /** Migrate its schema as it starts (under the advisory lock), as a replica in a deployment without a migration step does. */
  migrateOnStart?: boolean;
  /** Told of the process as soon as it is spawned, so a caller can stop it even if it never gets ready. */
  started?: (child: ChildProcess) => void;
}): Promise<{ url: string; process: ChildProcess; stop(): Promise<void> }> {
  const { name, port } = options;
  const own = subgraphOwnEnvironment(name, port, options.databaseUrl, options.subgraphUrls, options.migrateOnStart);
  const child = spawnService(name, subgraphEntry(name), { given: options.env, own }, options.output ?? "ignore", options.compiledRoot);
  options.started?.(child);
  try {
    await waitUntilReady(name, child, `http://localhost:${port}/ready`, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url: `http://localhost:${port}/graphql`, process: child, stop: () => stopProcess(child) };
}

export async function startGraphProcesses(options: GraphProcessesOptions): Promise<RunningGraph> {
  const output = options.output ?? "inherit";
  const timeout = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const processes = new Map<string, ChildProcess>();
  const stop = async () => {
    // The gateway first, so no request reaches a subgraph that is going away.
    const gateway = processes.get("gateway");
    if (gateway) await stopProcess(gateway);
    await Promise.all([...processes].filter(([name]) => name !== "gateway").map(([, child]) => stopProcess(child)));
  };
  const subgraphUrls = Object.fromEntries(
    subgraphModules.map((module) => [module.name, `http://localhost:${options.ports[module.name]}/graphql`]),
  ) as Record<SubgraphName, string>;
  // Every process knows where every subgraph answers: the gateway routes to them, and a subgraph asks
  // the owner of data it must check before a write (PRODUCTS_URL…).
  const urlEnv = urlEnvironment(subgraphUrls);
  const startSubgraph = async (name: SubgraphName) => {
    await startSubgraphProcess({
      name,
      port: options.ports[name],
      // Its own role, reaching only its own schema (scripts/lib/database-roles.ts); never the administrative URL.
      databaseUrl: serviceDatabaseUrl(options.databaseUrl, name),
      subgraphUrls,
      env: options.env,
      output,
      readyTimeoutMs: timeout,
      compiledRoot: options.compiledRoot,
      started: (child) => processes.set(name, child),
    });
  };
  const startGateway = async () => {
    const gateway = spawnService(
      "gateway",
      GATEWAY_ENTRY,
      {
        given: options.env,
        own: {
          ...urlEnv,
          GATEWAY_PORT: String(options.ports.gateway),
          GATEWAY_DATABASE_URL: serviceDatabaseUrl(options.databaseUrl, "gateway"),
        },
      },
      output,
      options.compiledRoot,
    );
    processes.set("gateway", gateway);
    // The gateway plans over the committed supergraph, so it boots beside the subgraphs; it is ready
    // once they all are (its /ready asks each one).
    await waitUntilReady("gateway", gateway, `http://localhost:${options.ports.gateway}/ready`, timeout);
  };
  try {
    await Promise.all([...subgraphModules.map((module) => startSubgraph(module.name)), startGateway()]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://localhost:${options.ports.gateway}/graphql`,
    subgraphUrls,
    processes,
    stopSubgraph: async (name) => {
      const child = processes.get(name);
      if (child) await stopProcess(child);
    },
    restartSubgraph: startSubgraph,
    stop,
  };
}
