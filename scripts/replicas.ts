/**
 * npm run replicas [-- --replicas N]: the graph as deployed, on one machine: N replicas (default 2) of
 * the gateway and of every subgraph behind HAProxy (Debian's `haproxy`), on the PostgreSQL database
 * named by DATABASE_URL (required: one all replicas share), with the response cache on the Redis named
 * by REDIS_URL (default redis://127.0.0.1:6379). Migrates (the replicas race; one wins the lock) and
 * seeds an empty database, prints where each balancer and replica answers, and stops all on Ctrl-C.
 * --logs prints every replica's log lines, each after its service and port.
 */
import { parseArgs } from "node:util";
import { readInteger, readString } from "../lib/runtime/config.js";
import { compileServices } from "./lib/compiled-services.js";
import { migrateAndSeed, provisionDatabase } from "./lib/prepare-database.js";
import { startReplicatedGraph, type ReplicatedGraph } from "./lib/replicated-graph.js";
import { useRunKeyPairs } from "./lib/run-secrets.js";

const { values } = parseArgs({ options: { replicas: { type: "string", default: "2" }, logs: { type: "boolean", default: false } } });
const replicas = readInteger({ REPLICAS: values.replicas }, "REPLICAS", 2, { min: 1, max: 8 });
const databaseUrl = readString(process.env, "DATABASE_URL");
const redisUrl = readString(process.env, "REDIS_URL", "redis://127.0.0.1:6379");

const compiled = await compileServices();
let graph: ReplicatedGraph | undefined;
const stop = async (code: number) => {
  await graph?.stop();
  await compiled.remove();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  await provisionDatabase(databaseUrl);
  useRunKeyPairs();
  graph = await startReplicatedGraph({
    databaseUrl,
    replicas,
    compiledRoot: compiled.root,
    onLog: values.logs ? (replica, line) => console.log(`${replica.service}:${replica.port} ${line}`) : undefined,
    env: { GATEWAY_RESPONSE_CACHE_REDIS_URL: redisUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
  });
  await migrateAndSeed({ databaseUrl, seedScale: 1, log: console.log });
  console.log(`\n${replicas} replicas of every service behind HAProxy.\n\n  Gateway (balanced): ${graph.gatewayUrl}`);
  for (const [name, url] of Object.entries(graph.subgraphUrls)) console.log(`  ${name} (balanced): ${url}`);
  for (const replica of graph.replicas)
    console.log(`  ${replica.service} replica: ${graph.replicaUrl(replica)} (pid ${replica.process?.pid})`);
  console.log("\nStop a replica (kill <pid>) and the balancer sends its requests to the others. Ctrl-C stops all.");
} catch (error) {
  console.error(`The replicas could not start: ${(error as Error).message}`);
  await stop(1);
}
