import type { buildSubgraphSchema } from "@apollo/subgraph";
import type { DocumentNode } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import type { Dataset } from "../seed/dataset.js";
import { SUBGRAPHS, type SubgraphName } from "../runtime/subgraph-names.js";

/**
 * What a subgraph is, declared once in subgraphs/<name>/src/subgraph.ts. Everything else a subgraph
 * needs is derived from it by shared code: its process entry (lib/subgraph/subgraph-main.ts), its DataSource
 * (lib/data/database.ts), its service (lib/subgraph/subgraph-server.ts), and the registry the start, seed and test
 * tools use (scripts/lib/subgraph-modules.ts).
 */
export interface SubgraphModule<Loaders = unknown> {
  name: SubgraphName;
  /** Where it listens unless <NAME>_PORT says otherwise; the supergraph's routing URL uses it. */
  defaultPort: number;
  /** Its SDL, the source of truth: schema/<name>.graphql. */
  sdl: URL;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  resolvers: SubgraphResolvers;
  /** A fresh set of DataLoaders per request, put on the resolvers' context (lib/subgraph/subgraph-context.ts). */
  createLoaders(db: DataSource): Loaders;
  /** Writes its slice of the seed dataset, in one transaction, through its own entities. */
  seed(db: DataSource, dataset: Dataset): Promise<void>;
  /** Whether nothing is seeded yet. */
  isEmpty(db: DataSource): Promise<boolean>;
}

/**
 * The resolver map buildSubgraphSchema takes, read from its public signature. Each subgraph's generated
 * `Resolvers` (subgraphs/<name>/src/generated/resolvers-types.ts, with codegen's `useIndexSignature`) fits it.
 */
type SubgraphSchemaModule = Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>;
export type SubgraphResolvers = NonNullable<SubgraphSchemaModule["resolvers"]>;

/** The default port of a subgraph: lib/runtime/subgraph-names.ts keeps the four, for the tools that load no subgraph code. */
const defaultPortOf = (name: SubgraphName): number => SUBGRAPHS.find((subgraph) => subgraph.name === name)!.port;

const sdlOf = (name: SubgraphName): URL => new URL(`../../schema/${name}.graphql`, import.meta.url);

/** A subgraph's module from its name and its own parts: its default port and SDL follow from the name. */
export function defineSubgraph<Loaders>(
  name: SubgraphName,
  parts: Omit<SubgraphModule<Loaders>, "name" | "defaultPort" | "sdl">,
): SubgraphModule<Loaders> {
  return { name, defaultPort: defaultPortOf(name), sdl: sdlOf(name), ...parts };
}
