import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_TABLE_SQL } from "../../../../lib/data/idempotency.js";
import { FIRST_COMMIT_BUDGET_FUNCTION } from "./1764050200000-create-certifications-tables.js";

/**
 * The rules the writes rely on, held by the database whatever code writes (the budget trigger, the
 * budget CHECK and the one-active-application index are in the first migration):
 *   - idempotency keys for support applications (lib/data/idempotency.ts);
 *   - an application's status only moves APPLIED → APPROVED → TESTING → CERTIFIED, APPLIED → REJECTED,
 *     or APPLIED/APPROVED/TESTING → WITHDRAWN;
 *   - a decided application has a decision date;
 *   - a certificate's market is its scheme's market (KC/KS in KR, CE in the EU, …);
 *   - the per-product ceiling bounds what one product receives from a program in all (across its
 *     schemes), not each application alone: the budget trigger now locks the program row first (so
 *     approvals in one program are serialised) and then sums the product's granted support.
 * The trigger raises with a constraint name, so lib/data/database-errors.ts maps it like any constraint.
 */
export class CertificationsWriteRules1764300300000 implements MigrationInterface {
  name = "CertificationsWriteRules1764300300000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(IDEMPOTENCY_TABLE_SQL);

    await db.query(`
      CREATE FUNCTION support_application_legal_status_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF NEW.status = OLD.status
          OR (OLD.status = 'APPLIED' AND NEW.status IN ('APPROVED', 'REJECTED', 'WITHDRAWN'))
          OR (OLD.status = 'APPROVED' AND NEW.status IN ('TESTING', 'WITHDRAWN'))
          OR (OLD.status = 'TESTING' AND NEW.status IN ('CERTIFIED', 'WITHDRAWN')) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'support application % cannot move from % to %', OLD.id, OLD.status, NEW.status
          USING ERRCODE = 'check_violation', CONSTRAINT = 'support_application_legal_status_change';
      END $$`);
    await db.query(`
      CREATE TRIGGER support_application_legal_status_change BEFORE UPDATE OF status ON support_application
        FOR EACH ROW EXECUTE FUNCTION support_application_legal_status_change()`);

    await db.query(`
      CREATE OR REPLACE FUNCTION support_application_commit_budget() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        product_ceiling bigint;
        granted bigint;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.support_amount IS NOT NULL THEN
          UPDATE certification_program SET committed_amount = committed_amount - OLD.support_amount WHERE id = OLD.program_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.support_amount IS NOT NULL THEN
          UPDATE certification_program SET committed_amount = committed_amount + NEW.support_amount WHERE id = NEW.program_id
            RETURNING per_product_ceiling INTO product_ceiling;
          SELECT coalesce(sum(support_amount), 0) INTO granted FROM support_application
            WHERE program_id = NEW.program_id AND product_id = NEW.product_id AND support_amount IS NOT NULL;
          IF granted > product_ceiling THEN
            RAISE EXCEPTION 'support above the per-product ceiling' USING ERRCODE = 'check_violation',
              CONSTRAINT = 'support_application_within_ceiling';
          END IF;
        END IF;
        RETURN NULL;
      END $$`);

    await db.query(`
      ALTER TABLE support_application ADD CONSTRAINT support_application_decided_when_decided
        CHECK (status IN ('APPLIED', 'WITHDRAWN') OR decided_on IS NOT NULL)`);

    await db.query(`
      ALTER TABLE certificate ADD CONSTRAINT certificate_market_matches_scheme CHECK (
        market = CASE scheme WHEN 'KC' THEN 'KR' WHEN 'KS' THEN 'KR' WHEN 'CE' THEN 'EU' WHEN 'UL' THEN 'US'
          WHEN 'FCC' THEN 'US' WHEN 'CB' THEN 'INTERNATIONAL' WHEN 'CCC' THEN 'CN' WHEN 'PSE' THEN 'JP' END)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificate DROP CONSTRAINT certificate_market_matches_scheme`);
    await db.query(`ALTER TABLE support_application DROP CONSTRAINT support_application_decided_when_decided`);
    await db.query(`CREATE OR REPLACE FUNCTION ${FIRST_COMMIT_BUDGET_FUNCTION}`);
    await db.query(`DROP TRIGGER support_application_legal_status_change ON support_application`);
    await db.query(`DROP FUNCTION support_application_legal_status_change()`);
    await db.query(`DROP TABLE idempotency_key`);
  }
}
