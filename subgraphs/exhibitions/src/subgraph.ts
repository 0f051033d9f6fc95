import { defineSubgraph } from "../../../lib/subgraph/subgraph-module.js";
import { seedFromTables } from "../../../lib/seed/seeding.js";
import { ConsultationMeeting, Event, Exhibitor, entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";

/** The exhibitions subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const exhibitions = defineSubgraph<Loaders>("exhibitions", {
  entities,
  migrations,
  resolvers,
  createLoaders,
  // Its slice of the seed dataset, table by table in insert order.
  ...seedFromTables([
    [Event, (dataset) => dataset.exhibitions.events],
    [Exhibitor, (dataset) => dataset.exhibitions.exhibitors],
    [ConsultationMeeting, (dataset) => dataset.exhibitions.meetings],
  ]),
});
