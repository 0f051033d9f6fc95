import { createHash } from "node:crypto";
import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, printSchema } from "graphql";

/**
 * The API schema of a supergraph: what clients see and query, without the federation machinery or
 * anything `@inaccessible`. Printed with descriptions in a deterministic order, so the same supergraph
 * always gives the same text and the same hash: schema/api.graphql, GET /schema.graphql, the checks and
 * the change notifications all use this one function.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  // Printing the API schema enforces nothing, so no linked feature is refused here (the gateway checks
  // the security features it enforces, gateway/src/security-features.ts).
  const apiSchema = Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(apiSchema)).trimEnd()}\n`;
}

/** A published schema's content identifier: the first 12 hex digits of the SHA-256 of its SDL. */
export function schemaHash(sdl: string): string {
  return createHash("sha256").update(sdl).digest("hex").slice(0, 12);
}
