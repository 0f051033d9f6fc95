import { fileURLToPath } from "node:url";
import type { SubgraphModule } from "../../lib/subgraph/subgraph-module.js";
import type { SubgraphName } from "../../lib/runtime/subgraph-names.js";
import { certifications } from "../../subgraphs/certifications/src/subgraph.js";
import { exhibitions } from "../../subgraphs/exhibitions/src/subgraph.js";
import { institutions } from "../../subgraphs/institutions/src/subgraph.js";
import { products } from "../../subgraphs/products/src/subgraph.js";

/**
 * The four subgraphs' modules (subgraphs/<name>/src/subgraph.ts), for the development tools (start,
 * seed, tests): their names and default ports, their data layers and seeds, and their process entries.
 */
export const subgraphModules: readonly SubgraphModule[] = [products, institutions, certifications, exhibitions];

export const subgraphModule = (name: SubgraphName): SubgraphModule => subgraphModules.find((module) => module.name === name)!;

/** The service's process entry point, subgraphs/<name>/src/index.ts. */
export const subgraphEntry = (name: SubgraphName): string =>
  fileURLToPath(new URL(`../../subgraphs/${name}/src/index.ts`, import.meta.url));
