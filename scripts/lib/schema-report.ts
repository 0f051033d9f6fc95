import type { CheckResult } from "../../lib/schema/schema-check.js";
import type { SchemaChange } from "../../lib/schema/schema-changes.js";

/** Where a schema command writes: the console in the scripts, a buffer in the tests. */
export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

/** Prints a schema check's outcome: every change with its criticality, then every problem. */
export function printCheckReport(result: CheckResult, out: CommandOutput): void {
  if (result.composed) {
    printChanges("API schema", result.changes, out);
    printChanges("Partner API schema", result.partnerChanges, out);
  }
  if (result.problems.length) {
    out.error(`\nSchema check failed with ${result.problems.length} problem(s):`);
    for (const problem of result.problems) out.error(`  - ${problem}`);
  } else {
    out.log("\nSchema check passed.");
  }
}

function printChanges(title: string, changes: SchemaChange[], out: CommandOutput): void {
  out.log(
    `${title}: ${changes.length ? `${changes.length} change(s) since the published version` : "no changes since the published version"}`,
  );
  for (const change of changes) out.log(`  ${change.criticality.padEnd(12)} ${change.path}  ${change.message}`);
}
