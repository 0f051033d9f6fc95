import { defaultPortOf, sdlOf, type SubgraphModule } from "../../../lib/subgraph/subgraph-module.js";
import { entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";
import { isExhibitionsEmpty, seedExhibitions } from "./seed.js";

/** The exhibitions subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const exhibitions: SubgraphModule<Loaders> = {
  name: "exhibitions",
  defaultPort: defaultPortOf("exhibitions"),
  sdl: sdlOf("exhibitions"),
  entities,
  migrations,
  resolvers,
  createLoaders,
  seed: (db, dataset) => seedExhibitions(db, dataset.exhibitions),
  isEmpty: isExhibitionsEmpty,
};
