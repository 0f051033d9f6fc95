import type { Counter } from "prom-client";
import { createSubgraphDataSource } from "../../../lib/database.js";
import type { SubgraphConfig } from "../../../lib/service-config.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";

export function createDataSource(config: SubgraphConfig, statementCounter?: Counter) {
  return createSubgraphDataSource({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    poolSize: config.databasePoolSize,
    entities,
    migrations,
    statementCounter,
  });
}
