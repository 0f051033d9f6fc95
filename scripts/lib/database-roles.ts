import { createHmac } from "node:crypto";
import pg from "pg";
import { checkProductionSecret, isProduction, readOptionalString } from "../../lib/runtime/config.js";

/**
 * One PostgreSQL login role per service, owning that service's schema and nothing else: `ipg_products`
 * owns schema `products`, and so on, and `ipg_gateway` owns schema `gateway` (the gateway's own tables).
 * A role that owns one schema has no privilege on another, so a subgraph connected with its role cannot
 * read another's tables even with hand-written SQL. The administrative connection (DATABASE_URL, a
 * superuser in development and tests) provisions them; services connect with their role's URL.
 *
 * Passwords are derived, never stored: HMAC-SHA256(DATABASE_ROLE_SECRET, role name). Every process that
 * knows the secret computes the same URL, and two test runs on one server (roles are server-wide) agree.
 * Without DATABASE_ROLE_SECRET a documented development secret is used; production requires it.
 */
export type ServiceWithDatabase = "products" | "institutions" | "certifications" | "exhibitions" | "gateway";

const DEVELOPMENT_DATABASE_ROLE_SECRET = "ipg-development-database-role-secret-not-for-production";

/** Extensions a schema's migrations use: only a superuser may create them, so they are installed here, in that schema. */
const SCHEMA_EXTENSIONS: Partial<Record<ServiceWithDatabase, string[]>> = { exhibitions: ["btree_gist"] };

export const databaseRoleName = (service: ServiceWithDatabase) => `ipg_${service}`;

function readDatabaseRoleSecret(): string {
  const secret = readOptionalString(process.env, "DATABASE_ROLE_SECRET");
  if (secret) return checkProductionSecret(process.env, "DATABASE_ROLE_SECRET", secret, DEVELOPMENT_DATABASE_ROLE_SECRET);
  if (isProduction(process.env)) throw new Error("Environment variable DATABASE_ROLE_SECRET is required in production");
  return DEVELOPMENT_DATABASE_ROLE_SECRET;
}

const rolePassword = (role: string) => createHmac("sha256", readDatabaseRoleSecret()).update(role).digest("base64url");

/** The URL a service connects with: the administrative URL's server and database, its own role. */
export function serviceDatabaseUrl(adminUrl: string, service: ServiceWithDatabase): string {
  const url = new URL(adminUrl);
  const role = databaseRoleName(service);
  url.username = role;
  url.password = rolePassword(role);
  return url.toString();
}

// Another run creating or altering the same server-wide role at the same moment.
const RACE_CODES = new Set(["23505", "42710", "XX000"]);

async function ensureLoginRole(client: pg.Client, role: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      const verb = rowCount ? "ALTER" : "CREATE";
      await client.query(
        `${verb} ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(rolePassword(role))}`,
      );
      return;
    } catch (error) {
      if (attempt >= 5 || !RACE_CODES.has((error as { code?: string }).code ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * Hands a schema made before the roles existed (an older `.data/` database) to its role: the schema and
 * every table, sequence and function in it that is not part of an extension.
 */
async function transferSchema(client: pg.Client, schema: string, role: string): Promise<void> {
  await client.query(`ALTER SCHEMA "${schema}" OWNER TO "${role}"`);
  const { rows } = await client.query<{ statement: string }>(
    `SELECT format('ALTER %s %I.%I OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                   n.nspname, c.relname, $2::text) AS statement
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'S') AND c.relowner <> $2::text::regrole
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
     UNION ALL
     SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), $2::text)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND p.proowner <> $2::text::regrole
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
    [schema, role],
  );
  for (const { statement } of rows) await client.query(statement);
}

/** Idempotent: the role (password refreshed), its schema owned by it, the extensions it needs; nothing else granted. */
export async function provisionServiceDatabase(adminUrl: string, service: ServiceWithDatabase): Promise<void> {
  const role = databaseRoleName(service);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await ensureLoginRole(client, role);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${service}" AUTHORIZATION "${role}"`);
    await transferSchema(client, service, role);
    // PostgreSQL 15 already withholds this; older servers let every role create tables in `public`.
    await client.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    for (const extension of SCHEMA_EXTENSIONS[service] ?? []) {
      await client.query(`CREATE EXTENSION IF NOT EXISTS "${extension}" SCHEMA "${service}"`);
    }
  } finally {
    await client.end();
  }
}
