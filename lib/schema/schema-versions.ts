import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SchemaChange } from "./schema-changes.js";

/**
 * The published versions of the API schema (schema/changelog.json, rendered for people as
 * schema/CHANGELOG.md) and where a schema directory keeps its files. Each version has a semver and the
 * content hashes of the full and the partner API schema (lib/schema/api-schema.ts schemaHash); the baseline
 * the next check compares with is schema/published/.
 */
export interface RecordedBreakingChange {
  /** The schema coordinate, as graphql-inspector reports it (e.g. `Product.legacyCode`). */
  path: string;
  reason: string;
  /** When the element was marked `@deprecated` (YYYY-MM-DD). */
  deprecatedOn: string;
  /** From when it may be removed (YYYY-MM-DD); a removal is refused before this date. */
  removableAfter: string;
}

export interface PublishedVersion {
  version: string;
  date: string;
  hash: string;
  partnerHash: string;
  summary: string;
  changes: SchemaChange[];
  partnerChanges: SchemaChange[];
  breaking: RecordedBreakingChange[];
}

export interface Changelog {
  /** What the next version will record: breaking changes allowed (with reason and window), and a summary. */
  unreleased: { summary: string; breaking: RecordedBreakingChange[] };
  /** Newest first. */
  versions: PublishedVersion[];
}

/** The files of one schema directory (schema/ in the repository; a temporary copy in tests). */
export function schemaFiles(directory: string) {
  return {
    directory,
    subgraphSdl: (name: string) => path.join(directory, `${name}.graphql`),
    supergraph: path.join(directory, "supergraph.graphql"),
    partnerSupergraph: path.join(directory, "partner-supergraph.graphql"),
    api: path.join(directory, "api.graphql"),
    partnerApi: path.join(directory, "partner-api.graphql"),
    publishedApi: path.join(directory, "published", "api.graphql"),
    publishedPartnerApi: path.join(directory, "published", "partner-api.graphql"),
    changelogJson: path.join(directory, "changelog.json"),
    changelogMarkdown: path.join(directory, "CHANGELOG.md"),
  };
}

export type SchemaFiles = ReturnType<typeof schemaFiles>;

const EMPTY_CHANGELOG: Changelog = { unreleased: { summary: "", breaking: [] }, versions: [] };

export function readChangelog(file: string): Changelog {
  if (!existsSync(file)) return structuredClone(EMPTY_CHANGELOG);
  return JSON.parse(readFileSync(file, "utf8")) as Changelog;
}

/** The semver a schema was published as, or `unpublished+<hash>` for a schema never published. */
export function versionOfHash(changelog: Changelog, hash: string, which: "hash" | "partnerHash" = "hash"): string {
  return changelog.versions.find((version) => version[which] === hash)?.version ?? `unpublished+${hash}`;
}
