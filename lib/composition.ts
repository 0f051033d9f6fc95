import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPHS, type SubgraphName } from "./subgraph-names.js";

/**
 * Composes the supergraph from the subgraph SDLs in schema/, the way `rover supergraph compose` would.
 * The routing URLs written into it are the local defaults; the gateway (or Apollo Router's
 * override_subgraph_url) points each subgraph at its deployed address.
 */
export { SUBGRAPHS, type SubgraphName };

export const SUPERGRAPH_PATH = new URL("../schema/supergraph.graphql", import.meta.url);

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

export function composeSupergraph(readSdl: (name: SubgraphName) => string = readCommittedSdl): CompositionResult {
  const services = SUBGRAPHS.map(({ name, port }) => {
    const sdl = readSdl(name);
    try {
      return { name, url: `http://localhost:${port}/graphql`, typeDefs: parse(sdl) };
    } catch (error) {
      throw new Error(`schema/${name}.graphql does not parse: ${(error as Error).message}`);
    }
  });
  const result = composeServices(services);
  if (result.errors?.length) {
    return {
      ok: false,
      errors: result.errors.map((error) => {
        const code = (error.extensions?.code as string | undefined) ?? "COMPOSITION_ERROR";
        return `[${code}] ${error.message}`;
      }),
    };
  }
  return { ok: true, supergraphSdl: `${(result.supergraphSdl ?? "").trimEnd()}\n` };
}

function readCommittedSdl(name: SubgraphName): string {
  return readFileSync(new URL(`../schema/${name}.graphql`, import.meta.url), "utf8");
}
