import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_TABLE_SQL } from "../../../../lib/data/idempotency.js";

/**
 * What the products subgraph's writes rely on, held by PostgreSQL whatever code writes:
 *   - an application moves only along SUBMITTED → DOCUMENT_REVIEW → TECHNICAL_EVALUATION →
 *     FINAL_DELIBERATION → DESIGNATED, or to REJECTED from any open stage (a trigger compares OLD and NEW);
 *   - an application is submitted inside its round's window (a trigger reads the round);
 *   - an application in final deliberation or designated carries its evaluation scores;
 *   - designation numbers come from one counter row per agency and year, taken with
 *     INSERT … ON CONFLICT DO UPDATE … RETURNING inside the designating transaction (the row lock
 *     serialises concurrent designations; a rolled-back designation gives its number back);
 *   - a revocation may carry its reason;
 *   - idempotency keys for retriable writes.
 */
export class DesignationWrites1764300000000 implements MigrationInterface {
  name = "DesignationWrites1764300000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION designation_application_stage_move() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF NEW.stage IS DISTINCT FROM OLD.stage AND NOT (
             (OLD.stage = 'SUBMITTED' AND NEW.stage = 'DOCUMENT_REVIEW')
          OR (OLD.stage = 'DOCUMENT_REVIEW' AND NEW.stage = 'TECHNICAL_EVALUATION')
          OR (OLD.stage = 'TECHNICAL_EVALUATION' AND NEW.stage = 'FINAL_DELIBERATION')
          OR (OLD.stage = 'FINAL_DELIBERATION' AND NEW.stage = 'DESIGNATED')
          OR (NEW.stage = 'REJECTED' AND OLD.stage IN ('SUBMITTED', 'DOCUMENT_REVIEW', 'TECHNICAL_EVALUATION', 'FINAL_DELIBERATION'))
        ) THEN
          RAISE EXCEPTION 'designation application % cannot move from % to %', OLD.id, OLD.stage, NEW.stage
            USING ERRCODE = 'check_violation', CONSTRAINT = 'designation_application_stage_move';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER designation_application_stage_move BEFORE UPDATE OF stage ON designation_application
        FOR EACH ROW EXECUTE FUNCTION designation_application_stage_move()`);

    await db.query(`
      CREATE FUNCTION designation_application_submitted_in_window() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        round designation_round%ROWTYPE;
      BEGIN
        SELECT * INTO round FROM designation_round WHERE id = NEW.round_id;
        IF FOUND AND (NEW.submitted_on < round.opens_on OR NEW.submitted_on > round.closes_on) THEN
          RAISE EXCEPTION 'submitted on %, outside its round''s window % to %', NEW.submitted_on, round.opens_on, round.closes_on
            USING ERRCODE = 'check_violation', CONSTRAINT = 'designation_application_submitted_in_window';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER designation_application_submitted_in_window BEFORE INSERT OR UPDATE OF submitted_on, round_id ON designation_application
        FOR EACH ROW EXECUTE FUNCTION designation_application_submitted_in_window()`);

    await db.query(`
      ALTER TABLE designation_application ADD CONSTRAINT designation_application_scored_check
        CHECK (stage NOT IN ('FINAL_DELIBERATION', 'DESIGNATED') OR innovativeness_score IS NOT NULL)`);

    await db.query(`
      CREATE TABLE designation_number_counter (
        agency text NOT NULL,
        year integer NOT NULL,
        last_sequence integer NOT NULL CHECK (last_sequence BETWEEN 1 AND 9999),
        PRIMARY KEY (agency, year)
      )`);

    await db.query(`
      ALTER TABLE product ADD COLUMN revocation_reason text
        CONSTRAINT product_revocation_reason_check CHECK (length(revocation_reason) BETWEEN 1 AND 1000)`);

    await db.query(IDEMPOTENCY_TABLE_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_key`);
    await db.query(`ALTER TABLE product DROP COLUMN revocation_reason`);
    await db.query(`DROP TABLE designation_number_counter`);
    await db.query(`ALTER TABLE designation_application DROP CONSTRAINT designation_application_scored_check`);
    await db.query(`DROP TRIGGER designation_application_submitted_in_window ON designation_application`);
    await db.query(`DROP FUNCTION designation_application_submitted_in_window()`);
    await db.query(`DROP TRIGGER designation_application_stage_move ON designation_application`);
    await db.query(`DROP FUNCTION designation_application_stage_move()`);
  }
}
