/**
 * npm run schema:publish: after a passing schema check, publishes the working API schemas as the next
 * version: major for a breaking change, minor for a dangerous change or an addition, patch otherwise
 * (descriptions, deprecations). Writes schema/published/ (the next check's baseline), records the version
 * with its hashes and classified changes in schema/changelog.json (moving the unreleased entry into it)
 * and renders schema/CHANGELOG.md. The first publication is 1.0.0. `--schema-dir <dir>` publishes another
 * directory; PUBLISH_DATE (YYYY-MM-DD) overrides today's date.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaHash } from "../lib/schema/api-schema.js";
import { renderChangelog } from "../lib/schema/changelog-markdown.js";
import { checkSchema } from "../lib/schema/schema-check.js";
import type { SchemaChange } from "../lib/schema/schema-changes.js";
import { readChangelog } from "../lib/schema/schema-versions.js";
import { schemaDirectoryFromArgs } from "./lib/schema-directory.js";
import { printCheckReport } from "./lib/schema-report.js";

/** A new element clients can use; a deprecation or a description is not one (graphql-inspector reports those as directive usages). */
const ADDITION = /^(TYPE|FIELD|ENUM_VALUE|INPUT_FIELD|FIELD_ARGUMENT|UNION_MEMBER|OBJECT_TYPE_INTERFACE|DIRECTIVE)_ADDED$/;

const files = schemaDirectoryFromArgs();
const today = process.env.PUBLISH_DATE ?? new Date().toISOString().slice(0, 10);
const result = await checkSchema(files, today);
if (!result.composed) {
  console.error("Composition failed; nothing published:");
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
printCheckReport(result);
if (!result.ok) process.exit(1);

const changelog = readChangelog(files.changelogJson);
const hash = schemaHash(result.composed.api);
const partnerHash = schemaHash(result.composed.partnerApi);
const latest = changelog.versions[0];
if (latest && latest.hash === hash && latest.partnerHash === partnerHash) {
  console.log(`Nothing to publish: the working schema is version ${latest.version} (${hash}).`);
  process.exit(0);
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
console.log(`Published version ${version} (API ${hash}, partner API ${partnerHash}).`);

function nextVersion(previous: string, changes: SchemaChange[]): string {
  const [major, minor, patch] = previous.split(".").map(Number);
  if (changes.some((change) => change.criticality === "BREAKING")) return `${major + 1}.0.0`;
  if (changes.some((change) => change.criticality === "DANGEROUS" || ADDITION.test(change.type))) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
