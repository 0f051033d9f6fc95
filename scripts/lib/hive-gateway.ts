import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { stopProcess } from "./graph-processes.js";
import { serviceEnvironment } from "./service-environment.js";

/**
 * Hive Gateway (@graphql-hive/gateway, MIT) in its default configuration, serving our committed
 * supergraph over our running subgraphs, as its own process: the peer the benchmark compares our
 * gateway with. The subgraphs listen on ports chosen at run time, so it gets a copy of the supergraph
 * whose `@join__graph(url:)` routing URLs point at them. Our subgraphs answer only a caller assertion
 * the gateway signed, so its one configuration file verifies the caller's token and signs an assertion
 * for every subgraph request, as our gateway does (scripts/lib/hive-caller-assertions.ts, run through
 * tsx; its environment holds what our gateway's would for this).
 *
 * One optional switch, `responseCache`: Hive's own response cache (its `responseCaching` option, the
 * Yoga/envelop response cache plugin) kept in Redis like ours, with `session: () => null` so every
 * anonymous caller shares it, for at most `ttlSeconds` and no longer than the subgraphs'
 * `Cache-Control: max-age` allows. Only anonymous cases are sent to a Hive with this switch on.
 */
const CALLER_ASSERTIONS = new URL("./hive-caller-assertions.ts", import.meta.url).href;
const HIVE_CONFIG = `import { authenticateCaller, callerAssertionHeaders } from ${JSON.stringify(CALLER_ASSERTIONS)};
export const gatewayConfig = {
  plugins: () => [authenticateCaller],
  propagateHeaders: { fromClientToSubgraphs: callerAssertionHeaders },
};

// responseCache: Hive's own response cache, in Redis, shared by every anonymous caller.
if (process.env.IPG_HIVE_CACHE_REDIS_URL) {
  gatewayConfig.cache = { type: "redis", url: process.env.IPG_HIVE_CACHE_REDIS_URL, keyPrefix: process.env.IPG_HIVE_CACHE_PREFIX };
  gatewayConfig.responseCaching = { session: () => null, ttl: Number(process.env.IPG_HIVE_CACHE_TTL_MS) };
}
`;
const HIVE_BIN = fileURLToPath(new URL("../../node_modules/@graphql-hive/gateway/dist/bin.js", import.meta.url));
const SUPERGRAPH = fileURLToPath(new URL("../../schema/supergraph.graphql", import.meta.url));

export interface RunningHiveGateway {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function writeSupergraphWithUrls(target: string, subgraphUrls: Record<SubgraphName, string>): Promise<void> {
  let sdl = await readFile(SUPERGRAPH, "utf8");
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`);
    if (!pattern.test(sdl)) throw new Error(`No @join__graph for ${name} in ${SUPERGRAPH}`);
    sdl = sdl.replace(pattern, `$1"${url}"`);
  }
  await writeFile(target, sdl);
}

export async function startHiveGateway(options: {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  /** A folder of its own: its working directory, holding the supergraph copy and its gateway.config.mjs (no other config is found). */
  folder: string;
  readyTimeoutMs?: number;
  /** Hive's response cache in Redis (off when absent). */
  responseCache?: { redisUrl: string; keyPrefix: string; ttlSeconds: number };
}): Promise<RunningHiveGateway> {
  const supergraph = path.join(options.folder, "supergraph.graphql");
  await writeSupergraphWithUrls(supergraph, options.subgraphUrls);
  await writeFile(path.join(options.folder, "gateway.config.mjs"), HIVE_CONFIG);
  // tsx by its path: Hive runs in its own folder, where the package name resolves to nothing.
  const args = [
    "--import",
    import.meta.resolve("tsx"),
    HIVE_BIN,
    "supergraph",
    supergraph,
    "--port",
    String(options.port),
    "--host",
    "127.0.0.1",
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.folder,
    // The gateway's key and token settings travel in the environment, not in the file.
    env: serviceEnvironment("gateway", {
      NODE_ENV: "production",
      ...(options.responseCache && {
        IPG_HIVE_CACHE_REDIS_URL: options.responseCache.redisUrl,
        IPG_HIVE_CACHE_PREFIX: options.responseCache.keyPrefix,
        IPG_HIVE_CACHE_TTL_MS: String(options.responseCache.ttlSeconds * 1000),
      }),
    }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Hive Gateway exited:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`Hive Gateway was not ready at ${base}/readiness:\n${stderr}`);
      const response = await fetch(`${base}/readiness`, { signal: AbortSignal.timeout(1000) }).catch(() => null);
      if (response?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url: `${base}/graphql`, process: child, stop: () => stopProcess(child) };
}
