import path from "node:path";
import { fileURLToPath } from "node:url";
import { schemaFiles, type SchemaFiles } from "../../lib/schema/schema-versions.js";

/**
 * The schema directory a schema script works on: `--schema-dir <dir>` or SCHEMA_DIR, else the
 * repository's schema/. Tests point the scripts at temporary copies, never at the committed files.
 */
export function schemaDirectoryFromArgs(argv = process.argv.slice(2)): SchemaFiles {
  const flag = argv.indexOf("--schema-dir");
  const directory =
    (flag >= 0 ? argv[flag + 1] : undefined) ?? process.env.SCHEMA_DIR ?? fileURLToPath(new URL("../../schema", import.meta.url));
  return schemaFiles(path.resolve(directory));
}
