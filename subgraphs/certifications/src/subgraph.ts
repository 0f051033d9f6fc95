import { defaultPortOf, sdlOf, type SubgraphModule } from "../../../lib/subgraph/subgraph-module.js";
import { entities } from "./entities/index.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { migrations } from "./migrations/index.js";
import { resolvers } from "./resolvers/index.js";
import { isCertificationsEmpty, seedCertifications } from "./seed.js";

/** The certifications subgraph, declared once; lib/ derives its entry, DataSource, service and tool registry from it. */
export const certifications: SubgraphModule<Loaders> = {
  name: "certifications",
  defaultPort: defaultPortOf("certifications"),
  sdl: sdlOf("certifications"),
  entities,
  migrations,
  resolvers,
  createLoaders,
  seed: (db, dataset) => seedCertifications(db, dataset.certifications),
  isEmpty: isCertificationsEmpty,
};
