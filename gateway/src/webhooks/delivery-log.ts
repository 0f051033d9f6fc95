import type { DataSource } from "typeorm";
import { createSubgraphDataSource, migrate } from "../../../lib/data/database.js";
import { migrations } from "../migrations/index.js";

/**
 * The delivery log (table gateway.schema_deliveries): which partner was told of which schema version,
 * and whether the notification was delivered or failed after its retries. The gateway owns schema
 * `gateway`, with its own role and migrations, like a subgraph owns its own.
 */
export interface DeliveryClaim {
  partner: string;
  url: string;
  audience: "partner" | "full";
  version: string;
  hash: string;
  previousVersion: string;
  previousHash: string;
  breaking: boolean;
}

export interface DeliveryLog {
  /** The delivery's id if this replica is the one to deliver it; undefined if another replica already is. */
  claim(claim: DeliveryClaim): Promise<string | undefined>;
  attemptFailed(id: string, attempts: number, error: string, final: boolean): Promise<void>;
  delivered(id: string, attempts: number): Promise<void>;
  close(): Promise<void>;
}

const GATEWAY_DATABASE_SCHEMA = "gateway";

export async function openDeliveryLog(databaseUrl: string): Promise<DeliveryLog> {
  const db: DataSource = createSubgraphDataSource({
    url: databaseUrl,
    schema: GATEWAY_DATABASE_SCHEMA,
    entities: [],
    migrations,
    poolSize: 2,
  });
  await db.initialize();
  await migrate(db, GATEWAY_DATABASE_SCHEMA);
  return {
    async claim(claim) {
      const rows: Array<{ id: string }> = await db.query(
        `INSERT INTO schema_deliveries (partner, url, audience, version, hash, previous_version, previous_hash, breaking)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (partner, audience, previous_hash, hash) DO NOTHING
         RETURNING id`,
        [claim.partner, claim.url, claim.audience, claim.version, claim.hash, claim.previousVersion, claim.previousHash, claim.breaking],
      );
      return rows[0]?.id;
    },
    async attemptFailed(id, attempts, error, final) {
      await db.query(
        `UPDATE schema_deliveries SET attempts = $2, last_error = $3, status = CASE WHEN $4 THEN 'failed' ELSE status END WHERE id = $1`,
        [id, attempts, error.slice(0, 1000), final],
      );
    },
    async delivered(id, attempts) {
      await db.query(`UPDATE schema_deliveries SET attempts = $2, status = 'delivered', delivered_at = now() WHERE id = $1`, [
        id,
        attempts,
      ]);
    },
    close: () => db.destroy(),
  };
}
