import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The exhibitions subgraph's tables, in its own schema. Rules that must hold whatever code writes are
 * constraints here: legal enum values, events that end after they start, one booth per product per
 * event and booth numbers unique in the event, an outcome only for a meeting that was held, and no
 * product or institution booked into two overlapping meeting slots: two exclusion constraints over a
 * generated `tstzrange`, which PostgreSQL upholds even between concurrent transactions (the second
 * writer waits for the first and then fails). They need btree_gist (in PostgreSQL's contrib) for the
 * uuid equality half. Product and institution ids belong to other subgraphs: plain uuids, no foreign key.
 */
export class CreateExhibitionsTables1764050300000 implements MigrationInterface {
  name = "CreateExhibitionsTables1764050300000";

  async up(db: QueryRunner): Promise<void> {
    // Lands in this subgraph's schema (first on the search path) unless the database already has it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('EXHIBITION', 'CONSULTATION_FAIR', 'PROCUREMENT_BRIEFING')),
        venue text NOT NULL CHECK (length(venue) BETWEEN 1 AND 200),
        city text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
        starts_at timestamptz NOT NULL CHECK (isfinite(starts_at)),
        ends_at timestamptz NOT NULL CHECK (isfinite(ends_at)),
        organizer text NOT NULL CHECK (length(organizer) BETWEEN 1 AND 200),
        capacity integer CHECK (capacity > 0),
        CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX event_starts_idx ON event (starts_at, id)`);
    await db.query(`CREATE INDEX event_kind_starts_idx ON event (kind, starts_at, id)`);
    await db.query(`CREATE INDEX event_city_starts_idx ON event (city, starts_at, id)`);
    await db.query(`CREATE INDEX event_ends_idx ON event (ends_at)`);
    await db.query(`
      CREATE TABLE exhibitor (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES event (id),
        product_id uuid NOT NULL,
        booth text NOT NULL CHECK (length(booth) BETWEEN 1 AND 20 AND booth = btrim(booth)),
        CONSTRAINT exhibitor_one_booth_per_product UNIQUE (event_id, product_id),
        CONSTRAINT exhibitor_booth_unique_in_event UNIQUE (event_id, booth)
      )`);
    // (event_id, booth) is unique, so its index also serves the foreign key and the list by booth.
    await db.query(`CREATE INDEX exhibitor_product_idx ON exhibitor (product_id)`);
    await db.query(`
      CREATE TABLE consultation_meeting (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES event (id),
        product_id uuid NOT NULL,
        institution_id uuid NOT NULL,
        slot_starts_at timestamptz NOT NULL,
        slot_ends_at timestamptz NOT NULL,
        -- Half-open: a meeting ending at 10:30 and one starting at 10:30 do not overlap.
        slot tstzrange GENERATED ALWAYS AS (tstzrange(slot_starts_at, slot_ends_at, '[)')) STORED,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'HELD', 'CANCELLED')),
        outcome text CHECK (outcome IN ('NO_INTEREST', 'FOLLOW_UP', 'PURCHASE_INTENT')),
        -- Both ends present and finite, the end after the start: the slot is bounded and never empty.
        CONSTRAINT consultation_meeting_slot_bounded
          CHECK (isfinite(slot_starts_at) AND isfinite(slot_ends_at) AND slot_ends_at > slot_starts_at),
        CONSTRAINT consultation_meeting_outcome_once_held CHECK (outcome IS NULL OR status = 'HELD'),
        CONSTRAINT consultation_meeting_product_not_double_booked
          EXCLUDE USING gist (product_id WITH =, slot WITH &&) WHERE (status <> 'CANCELLED'),
        CONSTRAINT consultation_meeting_institution_not_double_booked
          EXCLUDE USING gist (institution_id WITH =, slot WITH &&) WHERE (status <> 'CANCELLED')
      )`);
    await db.query(`CREATE INDEX consultation_meeting_event_idx ON consultation_meeting (event_id, slot_starts_at, id)`);
    await db.query(`CREATE INDEX consultation_meeting_product_idx ON consultation_meeting (product_id, slot_starts_at, id)`);
    await db.query(`CREATE INDEX consultation_meeting_institution_idx ON consultation_meeting (institution_id, slot_starts_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE consultation_meeting`);
    await db.query(`DROP TABLE exhibitor`);
    await db.query(`DROP TABLE event`);
    // btree_gist stays: it may have been there before, and other schemas' constraints may use it.
  }
}
