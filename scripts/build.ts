/**
 * npm run build: the tree the container image runs (Dockerfile), in dist/: the services, the scripts
 * (scripts/run-service.ts picks one by name, scripts/migrate.ts migrates), the schema files and the
 * browser source the gateway bundles when asked (the explorer's, the dashboard's),
 * compiled file for file to plain JavaScript; packages resolve from the repository's node_modules.
 */
import { cp } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { compileTree, LINKED_FOLDERS, SOURCE_FOLDERS } from "./lib/compiled-services.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
await compileTree(dist, [...SOURCE_FOLDERS, "scripts"]);
for (const folder of LINKED_FOLDERS)
  await cp(fileURLToPath(new URL(`../${folder}`, import.meta.url)), `${dist}/${folder}`, { recursive: true });
console.log(`Built ${dist}: node dist/scripts/run-service.js <service>`);
