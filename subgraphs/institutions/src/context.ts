import type { SubgraphContext } from "../../../lib/subgraph/subgraph-context.js";
import type { Loaders } from "./loaders.js";

export type Context = SubgraphContext<Loaders>;
