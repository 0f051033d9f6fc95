import { defaultPortOf, sdlOf, type SubgraphModule } from "../../../lib/subgraph/subgraph-module.js";
import { entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";
import { isInstitutionsEmpty, seedInstitutions } from "./seed.js";

/** The institutions subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const institutions: SubgraphModule<Loaders> = {
  name: "institutions",
  defaultPort: defaultPortOf("institutions"),
  sdl: sdlOf("institutions"),
  entities,
  migrations,
  resolvers,
  createLoaders,
  seed: (db, dataset) => seedInstitutions(db, dataset.institutions),
  isEmpty: isInstitutionsEmpty,
};
