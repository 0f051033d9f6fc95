import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Money the graph can always total (lib/domain/money.ts): a budget, a per-product ceiling, a requested amount
 * and a grant are each at most KRW 1 trillion. The only sum this subgraph answers, a program's committed
 * support, is already held to the program's budget by the database (the budget trigger and CHECK).
 */
export class MoneyBounds1764700000000 implements MigrationInterface {
  name = "MoneyBounds1764700000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE certification_program
        ADD CONSTRAINT certification_program_budget_within_bound CHECK (budget <= 1000000000000)`);
    await db.query(`
      ALTER TABLE support_application
        ADD CONSTRAINT support_application_requested_amount_within_bound CHECK (requested_amount <= 1000000000000),
        ADD CONSTRAINT support_application_support_amount_within_bound CHECK (support_amount <= 1000000000000)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE support_application
        DROP CONSTRAINT support_application_support_amount_within_bound,
        DROP CONSTRAINT support_application_requested_amount_within_bound`);
    await db.query(`ALTER TABLE certification_program DROP CONSTRAINT certification_program_budget_within_bound`);
  }
}
