import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { migrate, subgraphDataSource } from "../data/database.js";
import { readConfigOrExit } from "../runtime/config.js";
import { createLogger } from "../runtime/logger.js";
import { readSubgraphConfig, type SubgraphConfig } from "./subgraph-config.js";
import type { SubgraphModule } from "./subgraph-module.js";
import { createSubgraphService, sqlStatementCounter, type SubgraphService } from "./subgraph-server.js";
import { stopOnTerminationSignals } from "../runtime/termination.js";
import { startTracing } from "../runtime/tracing.js";

/** A subgraph built from its module and a config object: its DataSource (not yet connected) and its service. */
export interface Subgraph {
  db: DataSource;
  service: SubgraphService;
}

/** In-process as in its own process: the tests build a variant subgraph this way. */
export function createSubgraph(module: SubgraphModule, config: SubgraphConfig, logger: Logger): Subgraph {
  const statementCounter = sqlStatementCounter();
  const db = subgraphDataSource(module, config, statementCounter);
  return { db, service: createSubgraphService({ module, config, dataSource: db, statementCounter, logger }) };
}

/**
 * The process entry of every subgraph (subgraphs/<name>/src/index.ts): read the configuration, the
 * one place a subgraph reads its environment; connect, migrate under the advisory lock (unless
 * MIGRATE_ON_START=false, for deployments that migrate in a separate step), listen, and on SIGTERM or
 * SIGINT stop taking requests, finish those in flight and close the pool.
 */
export async function runSubgraph(module: SubgraphModule): Promise<void> {
  const config = readConfigOrExit(module.name, () => readSubgraphConfig(process.env, module));
  // Before the DataSource is made: TypeORM loads pg then, and the pg instrumentation must be in place.
  const tracing = await startTracing(config.tracing);
  const logger = createLogger(config.name, config.logLevel, tracing.enabled);
  const { db, service } = createSubgraph(module, config, logger);
  await db.initialize();
  if (config.migrateOnStart) {
    const applied = await migrate(db, config.databaseSchema);
    if (applied.length) logger.info({ applied }, "migrations applied");
  }
  const port = await service.start(config.port, config.host);
  logger.info({ port, url: `http://localhost:${port}/graphql` }, `${config.name} subgraph ready`);
  stopOnTerminationSignals(logger, async () => {
    await service.stop();
    await db.destroy();
    await tracing.stop();
  });
}
