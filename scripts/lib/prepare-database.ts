import { migrate, subgraphDataSource } from "../../lib/data/database.js";
import { generateDataset } from "../../lib/seed/generate.js";
import { provisionServiceDatabase, serviceDatabaseUrl } from "./database-roles.js";
import { subgraphModules } from "./subgraph-modules.js";
import { readSubgraphDatabaseConfig } from "../../lib/subgraph/subgraph-config.js";

export interface PrepareOptions {
  /** The administrative connection (a superuser in development and tests): it provisions the services' roles. */
  databaseUrl: string;
  /** Seed an empty database with the generated dataset at this scale. */
  seedScale?: number;
  log?: (message: string) => void;
}

export interface PrepareResult {
  migrated: string[];
  seeded: boolean;
}

/**
 * Gives every service its own PostgreSQL role and schema, runs every subgraph's migrations on its own
 * schema as its own role, then, if every subgraph is empty, writes the seed dataset: each slice through
 * its own subgraph's data layer. A database that already holds data is left as it is, so a restart keeps
 * the user's changes.
 */
export async function prepareDatabase(options: PrepareOptions): Promise<PrepareResult> {
  await provisionDatabase(options.databaseUrl);
  return migrateAndSeed(options);
}

/** Every service's role and schema; after this the services can connect (npm start boots them meanwhile). */
export async function provisionDatabase(databaseUrl: string): Promise<void> {
  for (const service of [...subgraphModules.map((module) => module.name), "gateway" as const]) {
    await provisionServiceDatabase(databaseUrl, service);
  }
}

/** The second half of prepareDatabase, once the roles exist: each subgraph's migrations, then the seed. */
export async function migrateAndSeed(options: PrepareOptions): Promise<PrepareResult> {
  const log = options.log ?? (() => undefined);
  const connections = subgraphModules.map((module) => {
    const config = readSubgraphDatabaseConfig(process.env, module.name, {
      databaseUrl: serviceDatabaseUrl(options.databaseUrl, module.name),
    });
    return { module, config, db: subgraphDataSource(module, config) };
  });
  const migrated: string[] = [];
  try {
    // Each subgraph owns its schema and connection, so they migrate side by side.
    const applied = await Promise.all(
      connections.map(async ({ module, config, db }) => {
        await db.initialize();
        return (await migrate(db, config.databaseSchema)).map((name) => `${module.name}: ${name}`);
      }),
    );
    migrated.push(...applied.flat());
    if (migrated.length) log(`Applied ${migrated.length} migration(s).`);

    const empty = await Promise.all(connections.map(({ module, db }) => module.isEmpty(db)));
    if (options.seedScale === undefined || !empty.every(Boolean)) {
      if (empty.some(Boolean) && !empty.every(Boolean)) {
        log(
          `Some subgraphs hold data and some do not (${connections
            .filter((_, i) => empty[i])
            .map((c) => c.module.name)
            .join(", ")} empty); not seeding.`,
        );
      }
      return { migrated, seeded: false };
    }
    const started = Date.now();
    const dataset = generateDataset({ scale: options.seedScale });
    await Promise.all(connections.map(({ module, db }) => module.seed(db, dataset)));
    log(`Seeded the database at scale ${options.seedScale} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { migrated, seeded: true };
  } finally {
    await Promise.all(connections.map(({ db }) => (db.isInitialized ? db.destroy() : undefined)));
  }
}
