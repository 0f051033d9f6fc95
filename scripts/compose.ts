/**
 * npm run compose: writes schema/supergraph.graphql from the subgraph SDLs. On a composition error it
 * prints each error with its code and the subgraphs involved, writes nothing and exits 1.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { composeSupergraph, SUPERGRAPH_PATH } from "../lib/composition.js";

const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed with ${result.errors.length} error(s); schema/supergraph.graphql is unchanged:\n`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_PATH, result.supergraphSdl);
console.log(`Wrote ${fileURLToPath(SUPERGRAPH_PATH)}`);
