/**
 * npm run migrate: the deployment's migration step (the Kubernetes Job, the compose `migrate` service).
 * As the administrator named by DATABASE_URL, gives every service its own PostgreSQL role and schema
 * and runs every migration, the subgraphs' and the gateway's, each under its advisory lock; seeds only
 * if SEED_SCALE is set and the database is empty. With --print-service-urls it changes nothing and
 * prints each service's own database URL (its role's password is derived from DATABASE_ROLE_SECRET),
 * for the services' Secrets.
 */
import { parseArgs } from "node:util";
import { createSubgraphDataSource, migrate } from "../lib/data/database.js";
import { readInteger, readString } from "../lib/runtime/config.js";
import { migrations as gatewayMigrations } from "../gateway/src/migrations/index.js";
import { serviceDatabaseUrl, type ServiceWithDatabase } from "./lib/database-roles.js";
import { prepareDatabase } from "./lib/prepare-database.js";
import { subgraphModules } from "./lib/subgraph-modules.js";

const { values } = parseArgs({ options: { "print-service-urls": { type: "boolean", default: false } } });
const databaseUrl = readString(process.env, "DATABASE_URL");
const services: ServiceWithDatabase[] = [...subgraphModules.map((module) => module.name), "gateway"];

if (values["print-service-urls"]) {
  for (const service of services) console.log(`${service.toUpperCase()}_DATABASE_URL=${serviceDatabaseUrl(databaseUrl, service)}`);
  process.exit(0);
}

const seedScale = readInteger(process.env, "SEED_SCALE", 0, { min: 0, max: 1000 });
const result = await prepareDatabase({ databaseUrl, seedScale: seedScale || undefined, log: console.log });
// The gateway's own table (the schema change delivery log), in schema `gateway`, as its own role.
const gateway = createSubgraphDataSource({
  url: serviceDatabaseUrl(databaseUrl, "gateway"),
  schema: "gateway",
  entities: [],
  migrations: gatewayMigrations,
  // migrate() holds one connection for the advisory lock while the migrations run on another.
  poolSize: 2,
});
await gateway.initialize();
try {
  result.migrated.push(...(await migrate(gateway, "gateway")).map((name) => `gateway: ${name}`));
} finally {
  await gateway.destroy();
}
console.log(result.migrated.length ? `Migrated: ${result.migrated.join(", ")}` : "Every schema was up to date.");
