import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Counter } from "prom-client";
import type { HttpServerConfig } from "../../../lib/http-server-config.js";
import { createSubgraphService } from "../../../lib/subgraph-server.js";
import { SUBGRAPH_NAME } from "./config.js";
import { contextFactory } from "./context.js";
import { resolvers } from "./resolvers/index.js";

/** The certifications subgraph as a service, ready to start; index.ts reads the configuration and starts it. */
export function createCertificationsService(db: DataSource, statementCounter: Counter, logger: Logger, server: HttpServerConfig) {
  return createSubgraphService({
    name: SUBGRAPH_NAME,
    resolvers,
    dataSource: db,
    statementCounter,
    createContext: contextFactory(db),
    logger,
    server,
  });
}
