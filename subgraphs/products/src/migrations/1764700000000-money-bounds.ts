import type { MigrationInterface, QueryRunner } from "typeorm";

/** Money the graph can always total (lib/domain/money.ts): a product's unit price is at most KRW 1 trillion. */
export class MoneyBounds1764700000000 implements MigrationInterface {
  name = "MoneyBounds1764700000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product ADD CONSTRAINT product_unit_price_within_bound CHECK (unit_price <= 1000000000000)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product DROP CONSTRAINT product_unit_price_within_bound`);
  }
}
