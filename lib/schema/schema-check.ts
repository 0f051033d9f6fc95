import { existsSync, readFileSync } from "node:fs";
import { buildSchema, isInterfaceType, isObjectType, isInputObjectType, isEnumType } from "graphql";
import { apiSchemaSdl } from "./api-schema.js";
import { composeSupergraph, type SubgraphName } from "./composition.js";
import { PARTNER_CONTRACT } from "./contracts.js";
import { classifyChanges, type SchemaChange } from "./schema-changes.js";
import { readChangelog, type Changelog, type RecordedBreakingChange, type SchemaFiles } from "./schema-versions.js";

/**
 * The schema check (`npm run schema:check`): compose the subgraph SDLs of a schema directory (full and
 * partner contract), diff each working API schema against the published baseline, and refuse
 *   - a composition error (named by subgraph);
 *   - a breaking change the changelog's `unreleased.breaking` does not record with a reason and a
 *     deprecation window;
 *   - the removal of a field or enum value that was not `@deprecated` in the baseline, or whose window
 *     (`removableAfter`) has not passed yet.
 */
export interface ComposedSchemas {
  supergraph: string;
  partnerSupergraph: string;
  api: string;
  partnerApi: string;
}

export type CheckResult =
  | { ok: false; composed: false; problems: string[] }
  | { ok: boolean; composed: ComposedSchemas; changes: SchemaChange[]; partnerChanges: SchemaChange[]; problems: string[] };

export function composeSchemas(files: SchemaFiles): { ok: true; schemas: ComposedSchemas } | { ok: false; errors: string[] } {
  const readSdl = (name: SubgraphName) => readFileSync(files.subgraphSdl(name), "utf8");
  const full = composeSupergraph(readSdl);
  if (!full.ok) return { ok: false, errors: full.errors };
  const partner = composeSupergraph(readSdl, PARTNER_CONTRACT);
  if (!partner.ok) return { ok: false, errors: partner.errors.map((error) => `partner contract: ${error}`) };
  return {
    ok: true,
    schemas: {
      supergraph: full.supergraphSdl,
      partnerSupergraph: partner.supergraphSdl,
      api: apiSchemaSdl(full.supergraphSdl),
      partnerApi: apiSchemaSdl(partner.supergraphSdl),
    },
  };
}

export async function checkSchema(files: SchemaFiles, today = new Date().toISOString().slice(0, 10)): Promise<CheckResult> {
  const composition = composeSchemas(files);
  if (!composition.ok) return { ok: false, composed: false, problems: composition.errors };
  const composed = composition.schemas;
  const changelog = readChangelog(files.changelogJson);
  // Nothing published yet: everything is new, nothing can break.
  if (!existsSync(files.publishedApi)) return { ok: true, composed, changes: [], partnerChanges: [], problems: [] };

  const baseline = readFileSync(files.publishedApi, "utf8");
  const partnerBaseline = readFileSync(files.publishedPartnerApi, "utf8");
  const changes = await classifyChanges(baseline, composed.api);
  const partnerChanges = await classifyChanges(partnerBaseline, composed.partnerApi);
  const problems = [
    ...breakingProblems(changes, baseline, changelog, today, "API"),
    ...breakingProblems(partnerChanges, partnerBaseline, changelog, today, "partner API"),
  ];
  return { ok: problems.length === 0, composed, changes, partnerChanges, problems: [...new Set(problems)] };
}

function breakingProblems(changes: SchemaChange[], baselineSdl: string, changelog: Changelog, today: string, schema: string): string[] {
  const baseline = buildSchema(baselineSdl);
  const problems: string[] = [];
  for (const change of changes.filter((candidate) => candidate.criticality === "BREAKING")) {
    const recorded = changelog.unreleased.breaking.find((entry) => entry.path === change.path);
    const where = `${change.path} (${schema}): ${change.message}`;
    if (!recorded) {
      problems.push(
        `${where} — breaking, and schema/changelog.json unreleased.breaking does not record it (path, reason, deprecatedOn, removableAfter)`,
      );
      continue;
    }
    const incomplete = incompleteRecord(recorded);
    if (incomplete) problems.push(`${where} — the changelog records it, but ${incomplete}`);
    if (isRemoval(change)) {
      const published = wasDeprecated(baseline, change.path) ? deprecationPublished(changelog, change.path) : undefined;
      if (!published) {
        problems.push(`${where} — removed without being @deprecated in the published schema first`);
      } else if (recorded.deprecatedOn < published.date) {
        // The window counts from when partners could see the deprecation, not from a date typed into the changelog.
        problems.push(
          `${where} — the changelog says it was deprecated on ${recorded.deprecatedOn}, but the deprecation was first published in ${published.version} on ${published.date}`,
        );
      } else if (daysBetween(published.date, today) < MINIMUM_DEPRECATION_DAYS) {
        problems.push(
          `${where} — its deprecation was published on ${published.date} (${published.version}); it may be removed ${MINIMUM_DEPRECATION_DAYS} days after that`,
        );
      } else if (recorded.removableAfter > today) {
        problems.push(`${where} — its deprecation window runs until ${recorded.removableAfter}`);
      }
    }
  }
  return problems;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The shortest deprecation window partners are promised (README, "For partner agencies"). */
const MINIMUM_DEPRECATION_DAYS = 90;

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

function incompleteRecord(entry: RecordedBreakingChange): string | undefined {
  if (!entry.reason?.trim()) return "without a reason";
  if (!DATE.test(entry.deprecatedOn ?? "") || !DATE.test(entry.removableAfter ?? ""))
    return "without deprecatedOn and removableAfter dates (YYYY-MM-DD)";
  if (daysBetween(entry.deprecatedOn, entry.removableAfter) < MINIMUM_DEPRECATION_DAYS) {
    return `removableAfter is less than ${MINIMUM_DEPRECATION_DAYS} days after deprecatedOn`;
  }
  return undefined;
}

/**
 * The published version that carried the deprecation of `coordinate`: the newest version whose
 * recorded changes add it (a deprecation taken back and made again counts from the last time), or, when
 * none does, the first version (it was deprecated from the start). Only called for an element the
 * published baseline marks @deprecated.
 */
function deprecationPublished(changelog: Changelog, coordinate: string): { version: string; date: string } | undefined {
  const adding = changelog.versions.find((version) =>
    [...version.changes, ...version.partnerChanges].some(
      (change) =>
        // graphql-inspector reports it at the coordinate or at its `@deprecated` (e.g. `Query.field.@deprecated`).
        (change.path === coordinate || change.path === `${coordinate}.@deprecated`) && /DEPRECATION_(REASON_)?ADDED$/.test(change.type),
    ),
  );
  const version = adding ?? changelog.versions.at(-1);
  return version ? { version: version.version, date: version.date } : undefined;
}

const isRemoval = (change: SchemaChange) => change.type === "FIELD_REMOVED" || change.type === "ENUM_VALUE_REMOVED";

/** Whether the field or enum value at `Type.member` carries @deprecated in the schema. */
function wasDeprecated(schema: ReturnType<typeof buildSchema>, coordinate: string): boolean {
  const [typeName, member] = coordinate.split(".");
  const type = schema.getType(typeName);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    return Boolean(field && "deprecationReason" in field && field.deprecationReason);
  }
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}
