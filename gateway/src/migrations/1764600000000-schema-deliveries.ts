import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The gateway's delivery log for schema change notifications: one row per partner and schema change
 * (previous hash → hash). The unique key lets every gateway replica that reloads the same change try to
 * insert the row; only the one that inserted it delivers, so a partner hears of a change once.
 */
export class SchemaDeliveries1764600000000 implements MigrationInterface {
  name = "SchemaDeliveries1764600000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE schema_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner text NOT NULL,
        url text NOT NULL,
        audience text NOT NULL CHECK (audience IN ('partner', 'full')),
        version text NOT NULL,
        hash text NOT NULL,
        previous_version text NOT NULL,
        previous_hash text NOT NULL,
        breaking boolean NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (partner, audience, previous_hash, hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query("DROP TABLE schema_deliveries");
  }
}
