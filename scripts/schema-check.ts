/**
 * npm run schema:check: composes the subgraph SDLs and compares the working API schemas (full and
 * partner) with the last published ones (lib/schema/schema-check.ts). Prints every change classified BREAKING,
 * DANGEROUS or NON_BREAKING; exits 1 on a composition error, an unrecorded breaking change, or a removal
 * that skipped deprecation. `--schema-dir <dir>` checks another directory.
 */
import { schemaCheckCommand } from "./lib/schema-check-command.js";
import { schemaDirectoryFromArgs } from "./lib/schema-directory.js";

process.exit(await schemaCheckCommand(schemaDirectoryFromArgs(), console));
