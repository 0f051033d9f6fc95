import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Money the graph can always total (lib/domain/money.ts). A contract and a purchase target are each at most
 * KRW 1 trillion. A CHECK on each row does not bound a sum over unboundedly many rows, so the sum of
 * every purchase ever recorded is kept in `purchase_ledger`, one row whose CHECK holds it to 2^53 − 1:
 * every total the graph answers (a product's, an institution's, an agency's, in any period) sums a
 * part of those same positive amounts, so none can pass it.
 *
 * Statement-level triggers keep the ledger, with the transition tables, so a bulk insert (the seed)
 * updates it once per statement. Concurrent purchases queue on the ledger row's lock until each commits;
 * the one waiting re-reads the committed total before the CHECK is applied, so two purchases that each
 * fit but together do not can never both commit. Purchases are few (hundreds a year), so the queue is
 * short. `total` is numeric so that even an absurd single statement meets the CHECK, not an overflow.
 */
export class MoneyBounds1764700000000 implements MigrationInterface {
  name = "MoneyBounds1764700000000";

  async up(db: QueryRunner): Promise<void> {
    // A database written before these bounds may hold purchases past them (the amounts that broke the
    // totals): say which, rather than fail on a constraint name, and let a person decide what they were.
    const over: Array<{ id: string }> = await db.query(`SELECT id FROM purchase WHERE amount > 1000000000000 ORDER BY id`);
    if (over.length) {
      throw new Error(
        `Purchases over KRW 1,000,000,000,000 cannot be kept under the new money bounds; correct or remove them, then migrate again: ${over.map((row) => row.id).join(", ")}`,
      );
    }
    await db.query(`ALTER TABLE purchase ADD CONSTRAINT purchase_amount_within_bound CHECK (amount <= 1000000000000)`);
    await db.query(`ALTER TABLE purchase_target ADD CONSTRAINT purchase_target_amount_within_bound CHECK (target_amount <= 1000000000000)`);
    await db.query(`
      CREATE TABLE purchase_ledger (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        total numeric NOT NULL,
        CONSTRAINT purchase_ledger_total_within_bound CHECK (total BETWEEN 0 AND 9007199254740991)
      )`);
    await db.query(`INSERT INTO purchase_ledger (total) SELECT coalesce(sum(amount), 0) FROM purchase`);
    await db.query(`
      CREATE FUNCTION purchase_ledger_keep() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        delta numeric := 0;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          UPDATE purchase_ledger SET total = 0;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          delta := delta + (SELECT coalesce(sum(amount), 0) FROM added);
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          delta := delta - (SELECT coalesce(sum(amount), 0) FROM removed);
        END IF;
        IF delta <> 0 THEN
          UPDATE purchase_ledger SET total = total + delta;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER purchase_ledger_insert AFTER INSERT ON purchase REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION purchase_ledger_keep()`);
    await db.query(`
      CREATE TRIGGER purchase_ledger_update AFTER UPDATE ON purchase REFERENCING OLD TABLE AS removed NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION purchase_ledger_keep()`);
    await db.query(`
      CREATE TRIGGER purchase_ledger_delete AFTER DELETE ON purchase REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION purchase_ledger_keep()`);
    await db.query(
      `CREATE TRIGGER purchase_ledger_truncate AFTER TRUNCATE ON purchase FOR EACH STATEMENT EXECUTE FUNCTION purchase_ledger_keep()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const trigger of ["truncate", "delete", "update", "insert"]) {
      await db.query(`DROP TRIGGER purchase_ledger_${trigger} ON purchase`);
    }
    await db.query(`DROP FUNCTION purchase_ledger_keep()`);
    await db.query(`DROP TABLE purchase_ledger`);
    await db.query(`ALTER TABLE purchase_target DROP CONSTRAINT purchase_target_amount_within_bound`);
    await db.query(`ALTER TABLE purchase DROP CONSTRAINT purchase_amount_within_bound`);
  }
}
