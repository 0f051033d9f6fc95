import type { DataSource } from "typeorm";
import { subgraphContextFactory, type SubgraphContext } from "../../../lib/subgraph-context.js";
import { createLoaders, type Loaders } from "./loaders.js";

export type Context = SubgraphContext<Loaders>;

export const contextFactory = (db: DataSource) => subgraphContextFactory(db, createLoaders);
