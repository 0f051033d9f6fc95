import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_TABLE_SQL } from "../../../../lib/data/idempotency.js";

/**
 * The rules the writes rely on, held by the database whatever code writes:
 *   - idempotency keys for meeting requests (lib/data/idempotency.ts);
 *   - an event's capacity: inserting an exhibitor locks the event row and counts its exhibitors, so
 *     two concurrent registrations for the last booth cannot both succeed; capacity cannot drop below
 *     the exhibitors already registered;
 *   - a meeting slot lasts at most 4 hours and lies within its event's dates;
 *   - a meeting's status only moves REQUESTED → CONFIRMED → HELD, or REQUESTED/CONFIRMED → CANCELLED.
 * Triggers raise with a constraint name, so lib/data/database-errors.ts maps them like any constraint.
 */
export class ExhibitionsWriteRules1764130000000 implements MigrationInterface {
  name = "ExhibitionsWriteRules1764130000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(IDEMPOTENCY_TABLE_SQL);

    await db.query(`
      CREATE FUNCTION exhibitor_within_event_capacity() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        event_capacity integer;
        registered integer;
      BEGIN
        SELECT capacity INTO event_capacity FROM event WHERE id = NEW.event_id FOR UPDATE;
        IF event_capacity IS NULL THEN
          RETURN NEW;
        END IF;
        SELECT count(*) INTO registered FROM exhibitor WHERE event_id = NEW.event_id AND id <> NEW.id;
        IF registered >= event_capacity THEN
          RAISE EXCEPTION 'event % is full (capacity %)', NEW.event_id, event_capacity
            USING ERRCODE = 'check_violation', CONSTRAINT = 'exhibitor_within_event_capacity';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER exhibitor_within_event_capacity BEFORE INSERT OR UPDATE OF event_id ON exhibitor
      FOR EACH ROW EXECUTE FUNCTION exhibitor_within_event_capacity()`);

    await db.query(`
      CREATE FUNCTION event_capacity_covers_exhibitors() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF NEW.capacity IS NOT NULL AND (SELECT count(*) FROM exhibitor WHERE event_id = NEW.id) > NEW.capacity THEN
          RAISE EXCEPTION 'event % has more exhibitors than capacity %', NEW.id, NEW.capacity
            USING ERRCODE = 'check_violation', CONSTRAINT = 'event_capacity_covers_exhibitors';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER event_capacity_covers_exhibitors BEFORE UPDATE OF capacity ON event
      FOR EACH ROW EXECUTE FUNCTION event_capacity_covers_exhibitors()`);

    await db.query(`
      ALTER TABLE consultation_meeting ADD CONSTRAINT consultation_meeting_slot_at_most_4_hours
        CHECK (slot_ends_at - slot_starts_at <= interval '4 hours')`);

    await db.query(`
      CREATE FUNCTION consultation_meeting_slot_within_event() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM event
          WHERE id = NEW.event_id AND starts_at <= NEW.slot_starts_at AND NEW.slot_ends_at <= ends_at
        ) THEN
          RAISE EXCEPTION 'meeting slot [%, %) is outside event %', NEW.slot_starts_at, NEW.slot_ends_at, NEW.event_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'consultation_meeting_slot_within_event';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER consultation_meeting_slot_within_event
      BEFORE INSERT OR UPDATE OF event_id, slot_starts_at, slot_ends_at ON consultation_meeting
      FOR EACH ROW EXECUTE FUNCTION consultation_meeting_slot_within_event()`);

    await db.query(`
      CREATE FUNCTION consultation_meeting_legal_status_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF NEW.status = OLD.status
          OR (OLD.status = 'REQUESTED' AND NEW.status IN ('CONFIRMED', 'CANCELLED'))
          OR (OLD.status = 'CONFIRMED' AND NEW.status IN ('HELD', 'CANCELLED')) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'meeting % cannot move from % to %', OLD.id, OLD.status, NEW.status
          USING ERRCODE = 'check_violation', CONSTRAINT = 'consultation_meeting_legal_status_change';
      END $$`);
    await db.query(`
      CREATE TRIGGER consultation_meeting_legal_status_change BEFORE UPDATE OF status ON consultation_meeting
      FOR EACH ROW EXECUTE FUNCTION consultation_meeting_legal_status_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER consultation_meeting_legal_status_change ON consultation_meeting`);
    await db.query(`DROP FUNCTION consultation_meeting_legal_status_change()`);
    await db.query(`DROP TRIGGER consultation_meeting_slot_within_event ON consultation_meeting`);
    await db.query(`DROP FUNCTION consultation_meeting_slot_within_event()`);
    await db.query(`ALTER TABLE consultation_meeting DROP CONSTRAINT consultation_meeting_slot_at_most_4_hours`);
    await db.query(`DROP TRIGGER event_capacity_covers_exhibitors ON event`);
    await db.query(`DROP FUNCTION event_capacity_covers_exhibitors()`);
    await db.query(`DROP TRIGGER exhibitor_within_event_capacity ON exhibitor`);
    await db.query(`DROP FUNCTION exhibitor_within_event_capacity()`);
    await db.query(`DROP TABLE idempotency_key`);
  }
}
