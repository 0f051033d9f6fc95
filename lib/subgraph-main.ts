import type { Logger } from "pino";
import type { Counter } from "prom-client";
import type { DataSource } from "typeorm";
import { readBoolean } from "./config.js";
import { migrate } from "./database.js";
import { createLogger } from "./logger.js";
import type { HttpServerConfig } from "./http-server-config.js";
import type { SubgraphConfig } from "./service-config.js";
import { sqlStatementCounter, type SubgraphService } from "./subgraph-server.js";

/**
 * The process entry of every subgraph: read the configuration, connect, migrate (unless
 * MIGRATE_ON_START=false, for deployments that migrate in a separate step), listen, and on SIGTERM or
 * SIGINT stop taking requests, finish those in flight and close the pool.
 */
export interface SubgraphModule {
  readConfig(): SubgraphConfig;
  createDataSource(config: SubgraphConfig, statementCounter: Counter): DataSource;
  createService(db: DataSource, statementCounter: Counter, logger: Logger, server: HttpServerConfig): SubgraphService;
}

export async function runSubgraph(module: SubgraphModule): Promise<void> {
  const config = module.readConfig();
  const logger = createLogger(config.name);
  const statementCounter = sqlStatementCounter();
  const db = module.createDataSource(config, statementCounter);
  await db.initialize();
  if (readBoolean("MIGRATE_ON_START", true)) {
    const applied = await migrate(db, config.databaseSchema);
    if (applied.length) logger.info({ applied }, "migrations applied");
  }
  const service = module.createService(db, statementCounter, logger, config.server);
  const port = await service.start(config.port, config.host);
  logger.info({ port, url: `http://localhost:${port}/graphql` }, `${config.name} subgraph ready`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await service.stop();
    await db.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
