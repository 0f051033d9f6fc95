import { defaultPortOf, sdlOf, type SubgraphModule } from "../../../lib/subgraph/subgraph-module.js";
import { entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";
import { isProductsEmpty, seedProducts } from "./seed.js";

/** The products subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const products: SubgraphModule<Loaders> = {
  name: "products",
  defaultPort: defaultPortOf("products"),
  sdl: sdlOf("products"),
  entities,
  migrations,
  resolvers,
  createLoaders,
  seed: (db, dataset) => seedProducts(db, dataset.products),
  isEmpty: isProductsEmpty,
};
