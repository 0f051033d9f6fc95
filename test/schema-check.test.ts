import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { SUBGRAPHS } from "../lib/schema/composition.js";
import { readChangelog, schemaFiles, type RecordedBreakingChange } from "../lib/schema/schema-versions.js";
import { schemaCheckCommand } from "../scripts/lib/schema-check-command.js";
import { schemaPublishCommand } from "../scripts/lib/schema-publish-command.js";

/**
 * npm run schema:check and schema:publish on temporary copies of schema/ (never on the committed files,
 * except the read-only check of the committed state). The commands run in this process
 * (scripts/lib/schema-check-command.ts, schema-publish-command.ts: what the scripts run, with the exit
 * code returned), so each case composes without booting a process; the committed state is checked by
 * the script itself, as `npm run schema:check` runs it.
 */
const SCHEMA_DIR = fileURLToPath(new URL("../schema", import.meta.url));
/** The patch after the committed published version: what a deprecation alone publishes as. */
const NEXT_PATCH = (() => {
  const [major, minor, patch] = readChangelog(path.join(SCHEMA_DIR, "changelog.json")).versions[0].version.split(".").map(Number);
  return `${major}.${minor}.${patch + 1}`;
})();
const SCHEMA_CHECK_SCRIPT = fileURLToPath(new URL("../scripts/schema-check.ts", import.meta.url));

async function run(name: "schema-check" | "schema-publish", directory: string, publishDate?: string) {
  let output = "";
  const out = { log: (line: string) => (output += `${line}\n`), error: (line: string) => (output += `${line}\n`) };
  const files = schemaFiles(directory);
  const status =
    name === "schema-check"
      ? await schemaCheckCommand(files, out)
      : await schemaPublishCommand(files, publishDate ?? new Date().toISOString().slice(0, 10), out);
  return { status, output };
}

describe("schema check (npm run schema:check)", function () {
  this.timeout(120_000);
  let directory: string;
  let files: ReturnType<typeof schemaFiles>;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), "ipg-schema-"));
    for (const { name } of SUBGRAPHS) cpSync(path.join(SCHEMA_DIR, `${name}.graphql`), path.join(directory, `${name}.graphql`));
    cpSync(path.join(SCHEMA_DIR, "published"), path.join(directory, "published"), { recursive: true });
    cpSync(path.join(SCHEMA_DIR, "changelog.json"), path.join(directory, "changelog.json"));
    files = schemaFiles(directory);
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const editSubgraph = (name: string, edit: (sdl: string) => string) => {
    const file = files.subgraphSdl(name);
    const before = readFileSync(file, "utf8");
    const after = edit(before);
    expect(after, "the edit changed nothing").not.to.equal(before);
    writeFileSync(file, after);
  };
  const BY_NUMBER = /\n\s*"A designated product by its designation number[^\n]*\n\s*productByDesignationNumber\([^\n]*\n/;
  const removeProductByNumber = (sdl: string) => sdl.replace(BY_NUMBER, "\n");
  const recordBreaking = (entry: RecordedBreakingChange) => {
    const changelog = readChangelog(files.changelogJson);
    changelog.unreleased.breaking.push(entry);
    writeFileSync(files.changelogJson, JSON.stringify(changelog, null, 2));
  };

  it("the committed working schema passes against the committed published baseline (the script, as a process)", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", SCHEMA_CHECK_SCRIPT, "--schema-dir", SCHEMA_DIR], { encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).to.equal(0);
    expect(output).to.match(/Schema check passed/);
  });

  it("a safe change (a new field) passes and is listed as NON_BREAKING", async () => {
    editSubgraph("products", (sdl) =>
      sdl.replace("type Query {\n", 'type Query {\n  "How many products are designated today."\n  designatedProductCount: Int\n'),
    );
    const { status, output } = await run("schema-check", directory);
    expect(status, output).to.equal(0);
    expect(output).to.match(/NON_BREAKING\s+Query\.designatedProductCount/);
  });

  it("a breaking change (a field removed) fails, naming the change", async () => {
    editSubgraph("products", removeProductByNumber);
    const { status, output } = await run("schema-check", directory);
    expect(status, output).to.equal(1);
    expect(output).to.match(/BREAKING\s+Query\.productByDesignationNumber/);
    expect(output).to.match(/does not record it/);
  });

  it("removing a field that was not @deprecated fails even when the changelog records it", async () => {
    editSubgraph("products", removeProductByNumber);
    recordBreaking({
      path: "Query.productByDesignationNumber",
      reason: "Replaced",
      deprecatedOn: "2026-01-01",
      removableAfter: "2026-04-01",
    });
    const { status, output } = await run("schema-check", directory);
    expect(status, output).to.equal(1);
    expect(output).to.match(/Query\.productByDesignationNumber .*removed without being @deprecated/);
  });

  it("a breaking removal passes once the field was deprecated, published, and the changelog records it with its window", async () => {
    editSubgraph("products", (sdl) =>
      sdl.replace(/(productByDesignationNumber\(designationNumber: String!\): Product)/, '$1 @deprecated(reason: "Use products(filter).")'),
    );
    const published = await run("schema-publish", directory, "2026-01-01");
    expect(published.status, published.output).to.equal(0);
    expect(published.output).to.include(`Published version ${NEXT_PATCH}`); // a deprecation alone is a patch
    expect(readFileSync(files.publishedApi, "utf8")).to.match(/productByDesignationNumber\(.*\): Product @deprecated/);

    editSubgraph("products", removeProductByNumber);
    const entry = { path: "Query.productByDesignationNumber", reason: "Superseded by products(filter).", deprecatedOn: "2026-01-01" };
    recordBreaking({ ...entry, removableAfter: "2999-01-01" });
    const early = await run("schema-check", directory);
    expect(early.status, early.output).to.equal(1);
    expect(early.output).to.match(/deprecation window runs until 2999-01-01/);

    const resetUnreleased = () =>
      writeFileSync(
        files.changelogJson,
        JSON.stringify({ ...readChangelog(files.changelogJson), unreleased: { summary: "", breaking: [] } }),
      );
    resetUnreleased();
    recordBreaking({ ...entry, removableAfter: "2026-02-01" });
    const short = await run("schema-check", directory);
    expect(short.status, short.output).to.equal(1);
    expect(short.output).to.match(/removableAfter is less than 90 days after deprecatedOn/);

    resetUnreleased();
    recordBreaking({ ...entry, removableAfter: "2026-04-01" });
    const { status, output } = await run("schema-check", directory);
    expect(status, output).to.equal(0);
    expect(output).to.match(/BREAKING\s+Query\.productByDesignationNumber/);

    const major = await run("schema-publish", directory, "2026-05-01");
    expect(major.status, major.output).to.equal(0);
    const changelog = readChangelog(files.changelogJson);
    expect(changelog.versions[0]).to.include({ version: "2.0.0", date: "2026-05-01" });
    expect(changelog.versions[0].breaking).to.deep.equal([{ ...entry, removableAfter: "2026-04-01" }]);
    expect(changelog.unreleased.breaking).to.deep.equal([]);
    expect(readFileSync(files.changelogMarkdown, "utf8")).to.match(
      /## 2\.0\.0 — 2026-05-01[\s\S]*\*\*Breaking\*\* `Query\.productByDesignationNumber`/,
    );
  });

  it("counts the deprecation window from the version that published the deprecation, not from the date the changelog claims", async () => {
    editSubgraph("products", (sdl) =>
      sdl.replace(/(productByDesignationNumber\(designationNumber: String!\): Product)/, '$1 @deprecated(reason: "Use products(filter).")'),
    );
    const today = new Date().toISOString().slice(0, 10);
    const published = await run("schema-publish", directory, today);
    expect(published.status, published.output).to.equal(0);
    editSubgraph("products", removeProductByNumber);
    // A window that looks long enough on paper, backdated before anyone could see the deprecation.
    const entry = { path: "Query.productByDesignationNumber", reason: "Superseded by products(filter)." };
    recordBreaking({ ...entry, deprecatedOn: "2020-01-01", removableAfter: "2020-04-01" });
    const backdated = await run("schema-check", directory);
    expect(backdated.status, backdated.output).to.equal(1);
    expect(backdated.output).to.include(`deprecated on 2020-01-01, but the deprecation was first published in ${NEXT_PATCH} on ${today}`);

    // Dated truthfully, the removal still waits 90 days from publication.
    writeFileSync(
      files.changelogJson,
      JSON.stringify({ ...readChangelog(files.changelogJson), unreleased: { summary: "", breaking: [] } }),
    );
    recordBreaking({ ...entry, deprecatedOn: today, removableAfter: today });
    const early = await run("schema-check", directory);
    expect(early.status, early.output).to.equal(1);
    expect(early.output).to.include(`its deprecation was published on ${today} (${NEXT_PATCH}); it may be removed 90 days after that`);
  });

  it("a change in one subgraph that breaks composition fails with the composition error naming the subgraph", async () => {
    editSubgraph("certifications", (sdl) => sdl.replace("hasNextPage: Boolean!", "hasNextPage: String!"));
    const { status, output } = await run("schema-check", directory);
    expect(status, output).to.equal(1);
    expect(output).to.match(/Composition failed/);
    expect(output).to.match(/\[FIELD_TYPE_MISMATCH\].*PageInfo\.hasNextPage.*\(subgraphs: .*certifications/);
  });
});
