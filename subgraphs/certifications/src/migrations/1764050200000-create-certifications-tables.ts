import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The first body of the budget trigger's function; 1764300300000-certifications-write-rules.ts replaces it
 * and puts it back on the way down. Released: never changed.
 */
export const FIRST_COMMIT_BUDGET_FUNCTION = `support_application_commit_budget() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ceiling bigint;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.support_amount IS NOT NULL THEN
          UPDATE certification_program SET committed_amount = committed_amount - OLD.support_amount WHERE id = OLD.program_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.support_amount IS NOT NULL THEN
          SELECT per_product_ceiling INTO ceiling FROM certification_program WHERE id = NEW.program_id;
          IF NEW.support_amount > ceiling THEN
            RAISE EXCEPTION 'support above the per-product ceiling' USING ERRCODE = 'check_violation',
              CONSTRAINT = 'support_application_within_ceiling';
          END IF;
          UPDATE certification_program SET committed_amount = committed_amount + NEW.support_amount WHERE id = NEW.program_id;
        END IF;
        RETURN NULL;
      END $$`;

/**
 * The certifications subgraph's tables, in its own schema. The rules that must survive concurrency are
 * the database's: no second active application for one product and scheme (a partial unique index),
 * and a budget that approvals cannot overspend: a trigger keeps each program's committed amount as the
 * sum of approved support, and a CHECK holds it within the budget, so two concurrent approvals that
 * together would overspend cannot both commit (the second waits on the program row, then fails).
 */
export class CreateCertificationsTables1764050200000 implements MigrationInterface {
  name = "CreateCertificationsTables1764050200000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE certification_program (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
        operator_institution_id uuid NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        scope text[] NOT NULL CHECK (cardinality(scope) > 0 AND scope <@ ARRAY['DOMESTIC', 'INTERNATIONAL']),
        schemes text[] NOT NULL CHECK (cardinality(schemes) > 0 AND schemes <@ ARRAY['KC', 'KS', 'CE', 'UL', 'FCC', 'CB', 'CCC', 'PSE']),
        per_product_ceiling bigint NOT NULL CHECK (per_product_ceiling > 0),
        budget bigint NOT NULL CHECK (budget > 0 AND budget <= 9007199254740991),
        committed_amount bigint NOT NULL DEFAULT 0,
        application_opens_on date NOT NULL,
        application_closes_on date NOT NULL,
        CONSTRAINT certification_program_ceiling_within_budget CHECK (per_product_ceiling <= budget),
        CONSTRAINT certification_program_window CHECK (application_closes_on >= application_opens_on),
        CONSTRAINT certification_program_budget_not_overspent CHECK (committed_amount >= 0 AND committed_amount <= budget)
      )`);
    await db.query(`CREATE INDEX certification_program_operator_idx ON certification_program (operator_institution_id, year DESC, id)`);
    await db.query(`CREATE INDEX certification_program_year_idx ON certification_program (year DESC, id)`);
    await db.query(`
      CREATE TABLE support_application (
        id uuid PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES certification_program (id),
        product_id uuid NOT NULL,
        scheme text NOT NULL CHECK (scheme IN ('KC', 'KS', 'CE', 'UL', 'FCC', 'CB', 'CCC', 'PSE')),
        status text NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'TESTING', 'CERTIFIED', 'REJECTED', 'WITHDRAWN')),
        requested_amount bigint NOT NULL CHECK (requested_amount > 0 AND requested_amount <= 9007199254740991),
        support_amount bigint,
        applied_on date NOT NULL,
        decided_on date CHECK (decided_on >= applied_on),
        CONSTRAINT support_application_amount_when_approved CHECK (
          (status IN ('APPROVED', 'TESTING', 'CERTIFIED')) = (support_amount IS NOT NULL) AND (support_amount IS NULL OR support_amount > 0))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX support_application_one_active_per_product_scheme ON support_application (product_id, scheme)
        WHERE status IN ('APPLIED', 'APPROVED', 'TESTING', 'CERTIFIED')`);
    await db.query(`CREATE INDEX support_application_program_idx ON support_application (program_id, applied_on DESC, id)`);
    await db.query(`CREATE INDEX support_application_product_idx ON support_application (product_id, applied_on DESC)`);
    await db.query(`CREATE FUNCTION ${FIRST_COMMIT_BUDGET_FUNCTION}`);
    await db.query(`
      CREATE TRIGGER support_application_commit_budget AFTER INSERT OR UPDATE OR DELETE ON support_application
        FOR EACH ROW EXECUTE FUNCTION support_application_commit_budget()`);
    await db.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        scheme text NOT NULL CHECK (scheme IN ('KC', 'KS', 'CE', 'UL', 'FCC', 'CB', 'CCC', 'PSE')),
        number text NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 100),
        issuer text NOT NULL,
        issued_on date NOT NULL,
        expires_on date CHECK (expires_on >= issued_on),
        market text NOT NULL CHECK (market IN ('KR', 'EU', 'US', 'CN', 'JP', 'INTERNATIONAL'))
      )`);
    await db.query(`CREATE INDEX certificate_product_idx ON certificate (product_id, issued_on DESC)`);
    await db.query(`CREATE INDEX certificate_scheme_idx ON certificate (scheme, issued_on DESC, id)`);
    await db.query(`CREATE INDEX certificate_issued_idx ON certificate (issued_on DESC, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE certificate`);
    await db.query(`DROP TRIGGER support_application_commit_budget ON support_application`);
    await db.query(`DROP FUNCTION support_application_commit_budget()`);
    await db.query(`DROP TABLE support_application`);
    await db.query(`DROP TABLE certification_program`);
  }
}
