/**
 * npm start: the whole graph on one machine. Starts PostgreSQL (embedded, unless DATABASE_URL names a
 * server), applies every subgraph's migrations, seeds an empty database, starts the four subgraphs and
 * the gateway as separate processes, and prints where Apollo Sandbox opens. Ctrl-C stops everything.
 */
import { fileURLToPath } from "node:url";
import { readInteger, readOptionalString } from "../lib/runtime/config.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/data/embedded-postgres.js";
import { SEED_AS_OF } from "../lib/seed/generate.js";
import { GATEWAY_DEFAULT_PORT, graphPorts, startGraphProcesses, type RunningGraph } from "./lib/graph-processes.js";
import { compileServices } from "./lib/compiled-services.js";
import { migrateAndSeed, provisionDatabase } from "./lib/prepare-database.js";
import { useRunKeyPairs } from "./lib/run-secrets.js";

const say = (message: string) => process.stdout.write(`${message}\n`);
const started = Date.now();

let embedded: EmbeddedDatabase | undefined;
let graph: RunningGraph | undefined;
let compiledTree: { remove(): Promise<void> } | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say("\nStopping the graph…");
    await graph?.stop().catch((error) => say(`  could not stop a service cleanly: ${error.message}`));
    await embedded?.stop().catch((error) => say(`  could not stop PostgreSQL cleanly: ${error.message}`));
    await compiledTree?.remove().catch(() => undefined);
    say("Stopped.");
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  let databaseUrl = readOptionalString(process.env, "DATABASE_URL");
  if (databaseUrl) {
    say(`Using PostgreSQL from DATABASE_URL.`);
  } else {
    const dataDir =
      readOptionalString(process.env, "EMBEDDED_POSTGRES_DIR") ?? fileURLToPath(new URL("../.data/postgres", import.meta.url));
    const port = readInteger(process.env, "EMBEDDED_POSTGRES_PORT", 54329, { min: 1, max: 65535 });
    say(`Starting embedded PostgreSQL on port ${port} (data in ${dataDir})…`);
    embedded = await startEmbeddedPostgres({ dataDir, port });
    databaseUrl = embedded.url;
  }

  // The services run as plain JavaScript compiled now (a fraction of a second), not through tsx.
  const [compiled] = await Promise.all([compileServices(), provisionDatabase(databaseUrl)]);
  compiledTree = compiled;

  const ports = await graphPorts((service, defaultPort) => readInteger(process.env, `${service.toUpperCase()}_PORT`, defaultPort));
  // Fresh signing keys for the caller assertions between the services (unless set), each service
  // getting only its own private key (scripts/lib/service-environment.ts).
  useRunKeyPairs();
  say("Migrating and seeding while the subgraphs and the gateway start…");
  // The services only connect while they boot, so booting them (the slow part: five Node processes)
  // overlaps the migrations and the seed; the graph is announced once both are done.
  const seedScale = readInteger(process.env, "SEED_SCALE", 1, { min: 1, max: 1000 });
  const [prepared, booted] = await Promise.allSettled([
    migrateAndSeed({ databaseUrl, seedScale, log: (line) => say(line) }),
    startGraphProcesses({ databaseUrl, ports, compiledRoot: compiled.root, env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" } }),
  ]);
  if (booted.status === "fulfilled") graph = booted.value;
  if (prepared.status === "rejected") throw prepared.reason;
  if (booted.status === "rejected") throw booted.reason;
  const running = booted.value;

  const at = (path: string) => new URL(path, running.gatewayUrl).href;
  // The token command finds the gateway by GATEWAY_URL, or GATEWAY_PORT, as this graph was started with.
  const tokenCommand = ports.gateway === GATEWAY_DEFAULT_PORT ? "npm run token" : `GATEWAY_PORT=${ports.gateway} npm run token`;
  say(`
The Innovation Procurement Graph is up (${((Date.now() - started) / 1000).toFixed(1)} s).

  Gateway and Apollo Sandbox:  ${running.gatewayUrl}
  Explorer (works offline):    ${at("/explorer")}
  Dashboard:                   ${at(`/dashboard?asOf=${SEED_AS_OF}`)} (the seed's day; no asOf: today)
  Subgraphs:                   ${Object.entries(running.subgraphUrls)
    .map(([name, url]) => `${name} ${url}`)
    .join("\n                               ")}

Anonymous callers read the public graph. A development token for a role (one per role without it):
  ${tokenCommand} -- administrator        (or officer --institution KTL, operator, partner)
Send it as "Authorization: Bearer <token>" (in the explorer: the Headers tab); see "Who may do what" in the README.

Open the gateway URL in a browser for Apollo Sandbox (it needs the internet), the explorer without, or:
  curl -s ${running.gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ procurementSummary(agency: MOTIE, throughYear: 2024) { designatedProducts procurementGenerated } }"}'

Press Ctrl-C to stop.`);

  for (const [name, child] of running.processes) {
    child.once("exit", (code, signal) => {
      if (stopping) return;
      say(`\n${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the graph.`);
      void shutdown(1);
    });
  }
} catch (error) {
  say(`\nThe graph could not start: ${(error as Error).message}`);
  await shutdown(1);
}
