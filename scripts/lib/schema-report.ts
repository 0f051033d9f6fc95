import type { CheckResult } from "../../lib/schema/schema-check.js";
import type { SchemaChange } from "../../lib/schema/schema-changes.js";

/** Prints a schema check's outcome: every change with its criticality, then every problem. */
export function printCheckReport(result: CheckResult): void {
  if (result.composed) {
    printChanges("API schema", result.changes);
    printChanges("Partner API schema", result.partnerChanges);
  }
  if (result.problems.length) {
    console.error(`\nSchema check failed with ${result.problems.length} problem(s):`);
    for (const problem of result.problems) console.error(`  - ${problem}`);
  } else {
    console.log("\nSchema check passed.");
  }
}

function printChanges(title: string, changes: SchemaChange[]): void {
  console.log(
    `${title}: ${changes.length ? `${changes.length} change(s) since the published version` : "no changes since the published version"}`,
  );
  for (const change of changes) console.log(`  ${change.criticality.padEnd(12)} ${change.path}  ${change.message}`);
}
