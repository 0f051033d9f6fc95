import pg from "pg";
import { DataSource, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from "typeorm";
import type { Counter } from "prom-client";
import { RowCountingSubscriber } from "./row-budget.js";

/**
 * How every subgraph talks to PostgreSQL: one TypeORM DataSource per subgraph, confined to that
 * subgraph's own PostgreSQL schema, with its own migrations table there. No subgraph is given another's
 * schema, so no code path can read across the boundary.
 */

// DATE columns stay calendar strings (no time-zone shift through JS Date); BIGINT money comes back as a
// number (amounts are checked to stay within 2^53 by the Money scalar and CHECK constraints); NUMERIC
// scores as numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Counts every SQL statement a DataSource sends; exposed on /metrics so tests and benchmarks can read it. */
class StatementCountingLogger implements TypeOrmLogger {
  constructor(private readonly counter: Counter | undefined) {}
  logQuery(): void {
    this.counter?.inc();
  }
  logQueryError(): void {
    this.counter?.inc();
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface SubgraphDatabaseOptions {
  /** PostgreSQL URL, e.g. postgres://user:pass@host:5432/db */
  url: string;
  /** The PostgreSQL schema this subgraph owns, e.g. "products". */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Session limits, in milliseconds (DATABASE_*_TIMEOUT_MS); the defaults are DATABASE_TIMEOUTS. */
  timeouts?: DatabaseTimeouts;
  statementCounter?: Counter;
}

/**
 * How long a subgraph waits on PostgreSQL. A statement the gateway has long stopped waiting for (its
 * subgraph deadline is seconds) is cancelled by the server instead of holding a connection; a
 * transaction left idle (a crashed request) releases its locks; a database that does not answer the
 * connection attempt fails fast, so the request answers SERVICE_UNAVAILABLE instead of hanging.
 */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

export const DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 30_000, idleInTransactionMs: 60_000 };

export function createSubgraphDataSource(options: SubgraphDatabaseOptions): DataSource {
  const timeouts = options.timeouts ?? DATABASE_TIMEOUTS;
  return new DataSource({
    type: "postgres",
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "all",
    synchronize: false,
    logger: new StatementCountingLogger(options.statementCounter),
    // Rows read count against the request's row budget (lib/data/row-budget.ts).
    subscribers: [RowCountingSubscriber],
    applicationName: `ipg-${options.schema}`,
    // Raw SQL (migrations, aggregate queries) resolves unqualified names in the subgraph's own schema only.
    // Session settings go in the startup packet, so they hold on every pooled connection.
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: timeouts.connectMs,
      options: [
        `-c search_path="${options.schema}"`,
        `-c statement_timeout=${timeouts.statementMs}`,
        `-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
      ].join(" "),
    },
  });
}

/**
 * Brings a subgraph's schema up to date. Replicas may start together: a PostgreSQL advisory lock keyed
 * by the schema name lets one run the migrations while the others wait, then find nothing to do.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    // Waiting for another replica's migrations is not a slow statement.
    await runner.query("SET statement_timeout = 0");
    await runner.query("SELECT pg_advisory_lock(hashtext($1))", [`ipg-migrations:${schema}`]);
    // A subgraph's role owns its schema but may not create schemas (scripts/lib/database-roles.ts), and
    // PostgreSQL checks that right even for IF NOT EXISTS: create only when the schema is missing.
    const [{ present }] = await runner.query("SELECT count(*) > 0 AS present FROM pg_namespace WHERE nspname = $1", [schema]);
    if (!present) await runner.query(`CREATE SCHEMA "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: "all" });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext($1))", [`ipg-migrations:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}

/** A subgraph's DataSource, from its module's entities and migrations and its database settings. */
export function subgraphDataSource(
  module: Pick<SubgraphDatabaseOptions, "entities" | "migrations">,
  config: { databaseUrl: string; databaseSchema: string; databasePoolSize: number; databaseTimeouts?: DatabaseTimeouts },
  statementCounter?: Counter,
): DataSource {
  return createSubgraphDataSource({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    poolSize: config.databasePoolSize,
    timeouts: config.databaseTimeouts,
    entities: module.entities,
    migrations: module.migrations,
    statementCounter,
  });
}
