import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_TABLE_SQL } from "../../../../lib/data/idempotency.js";

/**
 * What the institutions subgraph's writes need from the database: the idempotency keys of retriable
 * writes (recording a purchase), and the rules a declaration must keep whatever code writes it.
 * The rules the writes rely on that were already here: one declaration per institution (its primary
 * key), one purchase target per institution and year, abbreviations unique whatever their case,
 * positive quantities and amounts.
 */
export class InstitutionWrites1764300200000 implements MigrationInterface {
  name = "InstitutionWrites1764300200000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(IDEMPOTENCY_TABLE_SQL);
    // The program (and so any purchase leadership under it) began in 2020.
    await db.query(
      `ALTER TABLE lead_buyer_declaration ADD CONSTRAINT lead_buyer_declaration_declared_on_check CHECK (declared_on >= '2020-01-01')`,
    );
    // A pledge is a statement, not an essay.
    await db.query(
      `ALTER TABLE lead_buyer_declaration ADD CONSTRAINT lead_buyer_declaration_pledge_length_check CHECK (length(pledge) <= 2000)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE lead_buyer_declaration DROP CONSTRAINT lead_buyer_declaration_pledge_length_check`);
    await db.query(`ALTER TABLE lead_buyer_declaration DROP CONSTRAINT lead_buyer_declaration_declared_on_check`);
    await db.query(`DROP TABLE idempotency_key`);
  }
}
