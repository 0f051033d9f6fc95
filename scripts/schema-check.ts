/**
 * npm run schema:check: composes the subgraph SDLs and compares the working API schemas (full and
 * partner) with the last published ones (lib/schema/schema-check.ts). Prints every change classified BREAKING,
 * DANGEROUS or NON_BREAKING; exits 1 on a composition error, an unrecorded breaking change, or a removal
 * that skipped deprecation. `--schema-dir <dir>` checks another directory.
 */
import { checkSchema } from "../lib/schema/schema-check.js";
import { schemaDirectoryFromArgs } from "./lib/schema-directory.js";
import { printCheckReport } from "./lib/schema-report.js";

const result = await checkSchema(schemaDirectoryFromArgs());
if (!result.composed) {
  console.error("Composition failed:");
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
printCheckReport(result);
process.exit(result.ok ? 0 : 1);
