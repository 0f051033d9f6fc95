import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_SCOPE_SQL, IDEMPOTENCY_UNSCOPE_SQL } from "./idempotency.js";

/**
 * The migration that scopes every subgraph's idempotency keys to the caller's institution (or subject),
 * written once: each subgraph's `IdempotencyScope<timestamp>` class extends what this returns, so its
 * name (what the `migrations` table records) stays what the databases already ran.
 */
export function idempotencyScopeMigration(timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `IdempotencyScope${timestamp}`;

    async up(db: QueryRunner): Promise<void> {
      for (const statement of IDEMPOTENCY_SCOPE_SQL) await db.query(statement);
    }

    async down(db: QueryRunner): Promise<void> {
      for (const statement of IDEMPOTENCY_UNSCOPE_SQL) await db.query(statement);
    }
  };
}
