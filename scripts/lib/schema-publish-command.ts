import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaHash } from "../../lib/schema/api-schema.js";
import { renderChangelog } from "../../lib/schema/changelog-markdown.js";
import { checkSchema } from "../../lib/schema/schema-check.js";
import type { SchemaChange } from "../../lib/schema/schema-changes.js";
import { readChangelog, type SchemaFiles } from "../../lib/schema/schema-versions.js";
import { printCheckReport, type CommandOutput } from "./schema-report.js";

/** A new element clients can use; a deprecation or a description is not one (graphql-inspector reports those as directive usages). */
const ADDITION = /^(TYPE|FIELD|ENUM_VALUE|INPUT_FIELD|FIELD_ARGUMENT|UNION_MEMBER|OBJECT_TYPE_INTERFACE|DIRECTIVE)_ADDED$/;

/**
 * npm run schema:publish on a schema directory, as a function (scripts/schema-publish.ts is its process
 * entry; the tests run it in-process), dated `today` (YYYY-MM-DD); resolves to the exit code.
 */
export async function schemaPublishCommand(files: SchemaFiles, today: string, out: CommandOutput): Promise<number> {
  const result = await checkSchema(files, today);
  if (!result.composed) {
    out.error("Composition failed; nothing published:");
    for (const problem of result.problems) out.error(`  - ${problem}`);
    return 1;
  }
  printCheckReport(result, out);
  if (!result.ok) return 1;

  const changelog = readChangelog(files.changelogJson);
  const hash = schemaHash(result.composed.api);
  const partnerHash = schemaHash(result.composed.partnerApi);
  const latest = changelog.versions[0];
  if (latest && latest.hash === hash && latest.partnerHash === partnerHash) {
    out.log(`Nothing to publish: the working schema is version ${latest.version} (${hash}).`);
    return 0;
  }
  const version = latest ? nextVersion(latest.version, [...result.changes, ...result.partnerChanges]) : "1.0.0";
  changelog.versions.unshift({
    version,
    date: today,
    hash,
    partnerHash,
    summary: changelog.unreleased.summary || (latest ? "" : "Initial published version."),
    changes: result.changes,
    partnerChanges: result.partnerChanges,
    breaking: changelog.unreleased.breaking,
  });
  changelog.unreleased = { summary: "", breaking: [] };

  mkdirSync(path.dirname(files.publishedApi), { recursive: true });
  writeFileSync(files.publishedApi, result.composed.api);
  writeFileSync(files.publishedPartnerApi, result.composed.partnerApi);
  writeFileSync(files.changelogJson, `${JSON.stringify(changelog, null, 2)}\n`);
  writeFileSync(files.changelogMarkdown, renderChangelog(changelog));
  out.log(`Published version ${version} (API ${hash}, partner API ${partnerHash}).`);
  return 0;
}

function nextVersion(previous: string, changes: SchemaChange[]): string {
  const [major, minor, patch] = previous.split(".").map(Number);
  if (changes.some((change) => change.criticality === "BREAKING")) return `${major + 1}.0.0`;
  if (changes.some((change) => change.criticality === "DANGEROUS" || ADDITION.test(change.type))) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
