import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabaseIfMissing, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/data/embedded-postgres.js";
import type { SubgraphName } from "../../lib/schema/composition.js";
import type { Dataset } from "../../lib/seed/dataset.js";
import { generateDataset } from "../../lib/seed/generate.js";
import { freePort } from "../../scripts/lib/free-port.js";
import { useRunSecrets, type AssertionKeyPairs } from "../../scripts/lib/run-secrets.js";
import { graphPorts, startGraphProcesses, type RunningGraph } from "../../scripts/lib/graph-processes.js";
import { UNREACHED_RATE_LIMITS } from "../../scripts/lib/rate-limit-env.js";
import { migrateAndSeed, provisionDatabase } from "../../scripts/lib/prepare-database.js";
import { compileServices } from "../../scripts/lib/compiled-services.js";
import { snapshotSeed, type SeedSnapshot } from "./seed-snapshot.js";

/**
 * The graph every test talks to: a fresh PostgreSQL database (embedded in a temporary folder, or a new
 * database on the server named by TEST_DATABASE_URL), migrated and seeded at scale 1, with the four
 * subgraphs and the gateway running as separate processes on free ports. Started once per test run by
 * the root hooks, which also put the seeded database back before each test file that follows a write
 * (support/seed-snapshot.ts).
 */
export interface TestGraph {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrl: string;
  /** What the database was seeded with (the generator is deterministic). */
  dataset: Dataset;
  running: RunningGraph;
  /**
   * What the services were started with: tokens are signed with the first; direct subgraph calls carry
   * caller assertions signed with the gateway's private key (test/support/client.ts).
   */
  secrets: { authJwtSecret: string; assertionKeys: AssertionKeyPairs };
}

let current: TestGraph | undefined;
let seed: SeedSnapshot | undefined;
let cleanup: Array<() => Promise<void>> = [];

export function testGraph(): TestGraph {
  if (!current) throw new Error("The test graph is not running: the root hooks start it (see .mocharc.json).");
  return current;
}

async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `ipg_test_${process.pid}_${Date.now()}`;
    await createDatabaseIfMissing(serverUrl, name);
    cleanup.push(async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const folder = await mkdtemp(path.join(tmpdir(), "ipg-test-"));
  const database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), port: await freePort() });
  cleanup.push(async () => {
    await database.stop();
    await rm(folder, { recursive: true, force: true });
  });
  return database.url;
}

export async function startTestGraph(): Promise<TestGraph> {
  const secrets = useRunSecrets();
  // The services compiled once to JavaScript (scripts/lib/compiled-services.ts) boot on less CPU than
  // through tsx; the compile runs while PostgreSQL starts.
  const [compiled, databaseUrl] = await Promise.all([compileServices(), createTestDatabase()]);
  cleanup.push(() => compiled.remove());
  await provisionDatabase(databaseUrl);
  const ports = await graphPorts(() => freePort());
  // As npm start does: the processes boot while the database is migrated and seeded.
  const [prepared, booted] = await Promise.allSettled([
    migrateAndSeed({ databaseUrl, seedScale: 1 }),
    startGraphProcesses({
      databaseUrl,
      ports,
      compiledRoot: compiled.root,
      output: process.env.TEST_SERVICE_LOGS ? "inherit" : "ignore",
      // Room for five processes booting on a shared, busy 2-core machine (the default is 30 s).
      readyTimeoutMs: 90_000,
      // Rate limits on, but out of the suite's reach (test/gateway-rate-limits.test.ts tests them).
      env: { LOG_LEVEL: process.env.TEST_SERVICE_LOGS ?? "warn", ...UNREACHED_RATE_LIMITS },
    }),
  ]);
  if (booted.status === "fulfilled") cleanup.unshift(() => booted.value.stop());
  if (prepared.status === "rejected") throw prepared.reason;
  if (booted.status === "rejected") throw booted.reason;
  const running = booted.value;
  const snapshot = (seed = await snapshotSeed(databaseUrl));
  cleanup.splice(1, 0, () => snapshot.close());
  current = {
    gatewayUrl: running.gatewayUrl,
    subgraphUrls: running.subgraphUrls,
    databaseUrl,
    dataset: generateDataset({ scale: 1 }),
    running,
    secrets,
  };
  return current;
}

export async function stopTestGraph(): Promise<void> {
  const steps = cleanup;
  cleanup = [];
  current = undefined;
  seed = undefined;
  for (const step of steps) await step();
}

/** Puts the seeded database back if anything was written since it was last put back (or seeded). */
export async function startFromTheSeed(): Promise<void> {
  if (!seed) throw new Error("The test graph is not running: the root hooks start it (see .mocharc.json).");
  if (await seed.changed()) await seed.restore();
}
