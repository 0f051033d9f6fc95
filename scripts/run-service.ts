/**
 * The container image's entry (Dockerfile): `run-service <service>` runs one service's process entry,
 * so one image runs any of them: the gateway, a subgraph, or the migration step. Everything else comes
 * from the environment, read by that entry.
 */
const ENTRIES: Record<string, string> = {
  gateway: "../gateway/src/index.js",
  products: "../subgraphs/products/src/index.js",
  institutions: "../subgraphs/institutions/src/index.js",
  certifications: "../subgraphs/certifications/src/index.js",
  exhibitions: "../subgraphs/exhibitions/src/index.js",
  migrate: "./migrate.js",
};

const [service] = process.argv.slice(2);
if (!service || !Object.hasOwn(ENTRIES, service)) {
  console.error(`Usage: run-service <${Object.keys(ENTRIES).join("|")}>${service ? ` (not "${service}")` : ""}`);
  process.exit(64);
}
// The entry sees its own arguments, as if started directly (`run-service migrate --print-service-urls`).
process.argv.splice(2, 1);
await import(ENTRIES[service]);
