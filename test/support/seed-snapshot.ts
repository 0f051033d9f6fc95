import pg from "pg";

/**
 * Every test file starts from the seeded database, whatever ran before it: after seeding, the root hooks
 * copy every table of the services' schemas into schema `test_seed`, and a statement trigger on each
 * table counts writes on a sequence of its schema's (lock-free and outside transactions, so it neither
 * serialises nor changes the concurrency tests' races). Before a file's first suite runs, the tables of
 * every schema written since the last restore are emptied and refilled from their copies, in one
 * transaction; a schema nobody wrote is left alone (no foreign key crosses schemas: each subgraph owns
 * its own). So a read test may assert exact counts of the seed, and a write test starts from a known
 * database, in any order.
 *
 * The connection is the administrative one (a superuser in tests): the restore switches off triggers,
 * foreign keys included, with `session_replication_role = replica`, so tables refill in any order.
 */
const SERVICE_SCHEMAS = ["products", "institutions", "certifications", "exhibitions", "gateway"];
const COPY = "test_seed";

interface Table {
  schema: string;
  name: string;
  copy: string;
  /** Columns a plain INSERT may set: generated columns are left to the database. */
  columns: string[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (schema: string, name: string) => `${quote(schema)}.${quote(name)}`;

export interface SeedSnapshot {
  /** Puts back, in one transaction, every schema written since the snapshot or the last restore; resolves to their names. */
  restoreWritten(): Promise<string[]>;
  close(): Promise<void>;
}

export async function snapshotSeed(databaseUrl: string): Promise<SeedSnapshot> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind = 'r' AND n.nspname = ANY($1)
      GROUP BY n.nspname, c.relname ORDER BY 1, 2`,
    [SERVICE_SCHEMAS],
  );
  const tables: Table[] = rows.map((row) => ({ ...row, copy: qualified(COPY, `${row.schema}.${row.name}`) }));

  const counter = (schema: string) => qualified(COPY, `writes_${schema}`);
  await client.query(`CREATE SCHEMA ${COPY}`);
  for (const schema of SERVICE_SCHEMAS) await client.query(`CREATE SEQUENCE ${counter(schema)}`);
  // SECURITY DEFINER: the services' roles write; the sequences belong to the administrator.
  await client.query(`CREATE FUNCTION ${COPY}.count_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog AS $$ BEGIN PERFORM nextval(TG_ARGV[0]::regclass); RETURN NULL; END $$`);
  for (const table of tables) {
    const source = qualified(table.schema, table.name);
    await client.query(`CREATE TABLE ${table.copy} AS TABLE ${source}`);
    await client.query(
      `CREATE TRIGGER ipg_test_count_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${source}
         FOR EACH STATEMENT EXECUTE FUNCTION ${COPY}.count_write('${counter(table.schema).replaceAll("'", "''")}')`,
    );
  }

  /** Each schema's write count, read in one statement. */
  const writes = async () => {
    const { rows: counts } = await client.query<{ schema: string; writes: string }>(
      SERVICE_SCHEMAS.map(
        (schema, index) =>
          `SELECT $${index + 1}::text AS schema, CASE WHEN is_called THEN last_value ELSE 0 END AS writes FROM ${counter(schema)}`,
      ).join(" UNION ALL "),
      SERVICE_SCHEMAS,
    );
    return new Map(counts.map(({ schema, writes: count }) => [schema, Number(count)]));
  };
  let restoredAt = await writes();

  return {
    async restoreWritten() {
      const now = await writes();
      const written = SERVICE_SCHEMAS.filter((schema) => now.get(schema) !== restoredAt.get(schema));
      if (!written.length) return written;
      const refilled = tables.filter((table) => written.includes(table.schema));
      await client.query("BEGIN");
      try {
        // A service holding a lock must not make the run hang: fail the hook instead.
        await client.query("SET LOCAL lock_timeout = '10s'");
        await client.query("SET LOCAL session_replication_role = replica");
        await client.query(`TRUNCATE ${refilled.map((table) => qualified(table.schema, table.name)).join(", ")}`);
        for (const table of refilled) {
          const columns = table.columns.map(quote).join(", ");
          await client.query(
            `INSERT INTO ${qualified(table.schema, table.name)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM ${table.copy}`,
          );
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      restoredAt = await writes();
      return written;
    },
    close: () => client.end(),
  };
}
