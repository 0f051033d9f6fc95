import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_SCOPE_SQL, IDEMPOTENCY_UNSCOPE_SQL } from "../../../../lib/data/idempotency.js";

/** Idempotency keys belong to the caller's institution (or subject), not to everyone (lib/data/idempotency.ts). */
export class IdempotencyScope1764700100000 implements MigrationInterface {
  name = "IdempotencyScope1764700100000";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of IDEMPOTENCY_SCOPE_SQL) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of IDEMPOTENCY_UNSCOPE_SQL) await db.query(statement);
  }
}
