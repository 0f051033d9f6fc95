import { defineSubgraph } from "../../../lib/subgraph/subgraph-module.js";
import { seedFromTables } from "../../../lib/seed/seeding.js";
import { Company, DesignationApplication, DesignationRound, Product, entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";

/** The products subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const products = defineSubgraph<Loaders>("products", {
  entities,
  migrations,
  resolvers,
  createLoaders,
  // Its slice of the seed dataset, table by table in insert order.
  ...seedFromTables([
    [Company, (dataset) => dataset.products.companies],
    [Product, (dataset) => dataset.products.products],
    [DesignationRound, (dataset) => dataset.products.rounds],
    [DesignationApplication, (dataset) => dataset.products.applications],
  ]),
});
