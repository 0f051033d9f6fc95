import { apiSchemaSdl, schemaHash } from "../../lib/schema/api-schema.js";
import { readChangelog, versionOfHash } from "../../lib/schema/schema-versions.js";
import type { SupergraphSource } from "./supergraph-source.js";

/**
 * The API schema one endpoint serves right now, with its content hash and published version, kept in
 * step with its supergraph source. Versions come from schema/changelog.json (SCHEMA_CHANGELOG_PATH),
 * read again on each reload since a deployment publishes and reloads together.
 */
export interface ApiSchemaSnapshot {
  sdl: string;
  hash: string;
  /** The published semver, or `unpublished+<hash>`. */
  version: string;
}

export interface ServedSchema {
  /** "full" for /graphql, "partner" for /partner/graphql. */
  audience: "full" | "partner";
  current(): ApiSchemaSnapshot;
  /** Called with the API schema before and after each reload that changed it. */
  onChange(listener: (previous: ApiSchemaSnapshot, next: ApiSchemaSnapshot) => void): void;
}

export function serveApiSchema(source: SupergraphSource, audience: ServedSchema["audience"], changelogPath: string): ServedSchema {
  const snapshotOf = (supergraphSdl: string): ApiSchemaSnapshot => {
    const sdl = apiSchemaSdl(supergraphSdl);
    const hash = schemaHash(sdl);
    return { sdl, hash, version: versionOfHash(readChangelog(changelogPath), hash, audience === "partner" ? "partnerHash" : "hash") };
  };
  let snapshot: ApiSchemaSnapshot | undefined;
  const listeners: Array<(previous: ApiSchemaSnapshot, next: ApiSchemaSnapshot) => void> = [];
  const current = () => (snapshot ??= snapshotOf(source.current()));
  source.onChange(({ previousSdl, nextSdl }) => {
    // Not current(): before anyone asked for the schema there is no snapshot, and the source already serves the next one.
    const previous = snapshot ?? snapshotOf(previousSdl);
    snapshot = snapshotOf(nextSdl);
    if (snapshot.hash !== previous.hash) for (const listener of listeners) listener(previous, snapshot);
  });
  return { audience, current, onChange: (listener) => void listeners.push(listener) };
}
