import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse, Source, type GraphQLError } from "graphql";
import { applyContract, type Contract } from "./contracts.js";
import { SUBGRAPHS, type SubgraphName } from "../runtime/subgraph-names.js";

/**
 * Composes the supergraph from the subgraph SDLs in schema/, the way `rover supergraph compose` would,
 * and a contract supergraph (lib/schema/contracts.ts) from the same SDLs. The routing URLs written into it are
 * the local defaults; the gateway (or Apollo Router's override_subgraph_url) points each subgraph at its
 * deployed address.
 */
export { SUBGRAPHS, type SubgraphName };

export const SUPERGRAPH_PATH = new URL("../../schema/supergraph.graphql", import.meta.url);
export const PARTNER_SUPERGRAPH_PATH = new URL("../../schema/partner-supergraph.graphql", import.meta.url);

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

export type SdlReader = (name: SubgraphName) => string;

export function composeSupergraph(readSdl: SdlReader = readCommittedSdl, contract?: Contract): CompositionResult {
  const services = [];
  const unparsable: string[] = [];
  for (const { name, port } of SUBGRAPHS) {
    const sdl = readSdl(name);
    try {
      // The source is named after the subgraph, so every composition error can say which subgraphs it concerns.
      const typeDefs = parse(new Source(contract ? applyContract(sdl, contract) : sdl, name));
      services.push({ name, url: `http://localhost:${port}/graphql`, typeDefs });
    } catch (error) {
      unparsable.push(`[${name}] schema/${name}.graphql does not parse: ${(error as Error).message}`);
    }
  }
  if (unparsable.length) return { ok: false, errors: unparsable };
  const result = composeServices(services);
  if (result.errors?.length) return { ok: false, errors: result.errors.map(describeCompositionError) };
  return { ok: true, supergraphSdl: `${(result.supergraphSdl ?? "").trimEnd()}\n` };
}

/** `[CODE] message (subgraphs: a, b)`: the subgraphs are the ones whose SDL the error points into. */
function describeCompositionError(error: GraphQLError): string {
  const code = (error.extensions?.code as string | undefined) ?? "COMPOSITION_ERROR";
  const subgraphs = new Set<string>();
  for (const node of error.nodes ?? []) {
    const name = node.loc?.source.name;
    if (name && SUBGRAPHS.some((subgraph) => subgraph.name === name)) subgraphs.add(name);
  }
  const named = subgraphs.size ? ` (subgraphs: ${[...subgraphs].sort().join(", ")})` : "";
  return `[${code}] ${error.message}${named}`;
}

export function readCommittedSdl(name: SubgraphName): string {
  return readFileSync(new URL(`../../schema/${name}.graphql`, import.meta.url), "utf8");
}
