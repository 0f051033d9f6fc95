/**
 * npm run compose: writes, from the subgraph SDLs, schema/supergraph.graphql, the partner contract
 * schema/partner-supergraph.graphql, and the API schemas clients see, schema/api.graphql and
 * schema/partner-api.graphql. On a composition error it prints each error with its code and the
 * subgraphs it names, writes nothing and exits 1. `--schema-dir <dir>` works on another directory.
 */
import { writeFileSync } from "node:fs";
import { composeSchemas } from "../lib/schema/schema-check.js";
import { schemaDirectoryFromArgs } from "./lib/schema-directory.js";

const files = schemaDirectoryFromArgs();
const result = composeSchemas(files);
if (!result.ok) {
  console.error(`Composition failed with ${result.errors.length} error(s); nothing was written:\n`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
const written: Array<[string, string]> = [
  [files.supergraph, result.schemas.supergraph],
  [files.partnerSupergraph, result.schemas.partnerSupergraph],
  [files.api, result.schemas.api],
  [files.partnerApi, result.schemas.partnerApi],
];
for (const [file, content] of written) {
  writeFileSync(file, content);
  console.log(`Wrote ${file}`);
}
