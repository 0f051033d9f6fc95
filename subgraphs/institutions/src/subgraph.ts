import { defineSubgraph } from "../../../lib/subgraph/subgraph-module.js";
import { seedFromTables } from "../../../lib/seed/seeding.js";
import { Institution, LeadBuyerDeclaration, Purchase, PurchaseTarget, entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";

/** The institutions subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const institutions = defineSubgraph<Loaders>("institutions", {
  entities,
  migrations,
  resolvers,
  createLoaders,
  // Its slice of the seed dataset, table by table in insert order.
  ...seedFromTables([
    [Institution, (dataset) => dataset.institutions.institutions],
    [LeadBuyerDeclaration, (dataset) => dataset.institutions.leadBuyerDeclarations],
    [PurchaseTarget, (dataset) => dataset.institutions.purchaseTargets],
    [Purchase, (dataset) => dataset.institutions.purchases],
  ]),
});
