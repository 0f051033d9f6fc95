import { defineSubgraph } from "../../../lib/subgraph/subgraph-module.js";
import { seedFromTables } from "../../../lib/seed/seeding.js";
import { Certificate, CertificationProgram, SupportApplication, entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";

/** The certifications subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const certifications = defineSubgraph<Loaders>("certifications", {
  entities,
  migrations,
  resolvers,
  createLoaders,
  // Its slice of the seed dataset, table by table in insert order.
  // The budget trigger keeps each program's committed amount as the applications go in.
  ...seedFromTables([
    [CertificationProgram, (dataset) => dataset.certifications.programs],
    [SupportApplication, (dataset) => dataset.certifications.applications],
    [Certificate, (dataset) => dataset.certifications.certificates],
  ]),
});
