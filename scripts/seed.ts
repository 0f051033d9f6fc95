/**
 * npm run seed -- [--scale N] [--reset]: migrates and seeds the database named by DATABASE_URL (or the
 * embedded one `npm start` uses). --reset first drops every subgraph's schema, each through its own
 * connection; without it an existing database is left alone.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { readInteger, readOptionalString } from "../lib/runtime/config.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/data/embedded-postgres.js";
import { prepareDatabase } from "./lib/prepare-database.js";
import { subgraphModules } from "./lib/subgraph-modules.js";
import { readSubgraphDatabaseConfig } from "../lib/subgraph/subgraph-config.js";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, reset: { type: "boolean", default: false } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  console.error(`--scale must be a whole number from 1 to 1000; got ${values.scale}`);
  process.exit(2);
}

let embedded: EmbeddedDatabase | undefined;
let databaseUrl = readOptionalString(process.env, "DATABASE_URL");
if (!databaseUrl) {
  embedded = await startEmbeddedPostgres({
    dataDir: readOptionalString(process.env, "EMBEDDED_POSTGRES_DIR") ?? fileURLToPath(new URL("../.data/postgres", import.meta.url)),
    port: readInteger(process.env, "EMBEDDED_POSTGRES_PORT", 54329),
  });
  databaseUrl = embedded.url;
}
try {
  if (values.reset) {
    for (const module of subgraphModules) {
      const { databaseUrl: url, databaseSchema } = readSubgraphDatabaseConfig(process.env, module.name, { databaseUrl });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${databaseSchema}" CASCADE`);
      await client.end();
      console.log(`Dropped schema ${databaseSchema}.`);
    }
  }
  const result = await prepareDatabase({ databaseUrl, seedScale: scale, log: console.log });
  if (!result.seeded) console.log("The database already holds data; nothing seeded (use --reset to start over).");
} finally {
  await embedded?.stop();
}
