import { checkSchema } from "../../lib/schema/schema-check.js";
import type { SchemaFiles } from "../../lib/schema/schema-versions.js";
import { printCheckReport, type CommandOutput } from "./schema-report.js";

/**
 * npm run schema:check on a schema directory, as a function (scripts/schema-check.ts is its process
 * entry; the tests run it in-process): composes, compares with the published schemas, prints the report;
 * resolves to the exit code, 1 on a composition error, an unrecorded breaking change, or a removal that
 * skipped deprecation.
 */
export async function schemaCheckCommand(files: SchemaFiles, out: CommandOutput): Promise<number> {
  const result = await checkSchema(files);
  if (!result.composed) {
    out.error("Composition failed:");
    for (const problem of result.problems) out.error(`  - ${problem}`);
    return 1;
  }
  printCheckReport(result, out);
  return result.ok ? 0 : 1;
}
