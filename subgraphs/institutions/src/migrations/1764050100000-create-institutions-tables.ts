import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The institutions subgraph's tables, in its own schema. Rules that must hold whatever code writes are
 * constraints here: legal enum values, positive quantities and amounts within the Money range, one
 * declaration per institution, one purchase target per institution and year, and abbreviations that
 * name one institution whatever their case. Products belong to the products subgraph: a purchase holds
 * the product's id and designating agency as plain values, with no foreign key across the boundary.
 */
export class CreateInstitutionsTables1764050100000 implements MigrationInterface {
  name = "CreateInstitutionsTables1764050100000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE institution (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
        abbreviation text CHECK (length(abbreviation) BETWEEN 1 AND 50),
        type text NOT NULL CHECK (type IN ('CENTRAL_GOVERNMENT', 'LOCAL_GOVERNMENT', 'PUBLIC_INSTITUTION', 'EDUCATION', 'OTHER')),
        parent_ministry text CHECK (length(parent_ministry) BETWEEN 1 AND 100),
        region text NOT NULL CHECK (length(region) BETWEEN 1 AND 100)
      )`);
    // institutionByAbbreviation matches regardless of case, so uniqueness must too.
    await db.query(`CREATE UNIQUE INDEX institution_abbreviation_key ON institution (lower(abbreviation))`);
    await db.query(`CREATE INDEX institution_name_idx ON institution (name, id)`);
    await db.query(`CREATE INDEX institution_type_idx ON institution (type, name, id)`);
    await db.query(`CREATE INDEX institution_region_idx ON institution (region, name, id)`);
    await db.query(`CREATE INDEX institution_parent_ministry_idx ON institution (parent_ministry, name, id)`);
    await db.query(`
      CREATE TABLE lead_buyer_declaration (
        institution_id uuid PRIMARY KEY REFERENCES institution (id),
        declared_on date NOT NULL,
        venue text NOT NULL CHECK (length(venue) BETWEEN 1 AND 200),
        pledge text NOT NULL CHECK (length(pledge) >= 1)
      )`);
    await db.query(`CREATE INDEX lead_buyer_declaration_declared_idx ON lead_buyer_declaration (declared_on, institution_id)`);
    await db.query(`
      CREATE TABLE purchase_target (
        id uuid PRIMARY KEY,
        institution_id uuid NOT NULL REFERENCES institution (id),
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        target_amount bigint NOT NULL CHECK (target_amount > 0 AND target_amount <= 9007199254740991),
        UNIQUE (institution_id, year)
      )`);
    await db.query(`
      CREATE TABLE purchase (
        id uuid PRIMARY KEY,
        institution_id uuid NOT NULL REFERENCES institution (id),
        product_id uuid NOT NULL,
        product_agency text NOT NULL CHECK (product_agency IN ('MOTIE', 'MSS', 'PPS', 'MSIT', 'ME', 'MOLIT')),
        quantity integer NOT NULL CHECK (quantity > 0),
        amount bigint NOT NULL CHECK (amount > 0 AND amount <= 9007199254740991),
        method text NOT NULL CHECK (method IN ('NEGOTIATED_CONTRACT', 'PILOT_PURCHASE', 'COMPETITIVE_BID', 'OTHER')),
        -- No product was designated before the program began in 2020.
        contracted_on date NOT NULL CHECK (contracted_on >= '2020-01-01')
      )`);
    await db.query(`CREATE INDEX purchase_product_idx ON purchase (product_id, contracted_on DESC, id)`);
    await db.query(`CREATE INDEX purchase_institution_idx ON purchase (institution_id, contracted_on DESC, id)`);
    // Program figures sum an agency's contracts over a date range: the amount in the index spares the table.
    await db.query(`CREATE INDEX purchase_agency_contracted_idx ON purchase (product_agency, contracted_on) INCLUDE (amount)`);
    await db.query(`CREATE INDEX purchase_contracted_idx ON purchase (contracted_on DESC, id)`);
    await db.query(`CREATE INDEX purchase_method_idx ON purchase (method, contracted_on DESC, id)`);
    // A product's buyers: each institution once, however many contracts it signed. A filter on
    // product_id reaches through the DISTINCT to purchase_product_idx.
    await db.query(`
      CREATE VIEW product_buyer AS
        SELECT buyer.product_id, institution.id, institution.name, institution.name_en, institution.abbreviation,
               institution.type, institution.parent_ministry, institution.region
          FROM (SELECT DISTINCT product_id, institution_id FROM purchase) buyer
          JOIN institution ON institution.id = buyer.institution_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW product_buyer`);
    await db.query(`DROP TABLE purchase`);
    await db.query(`DROP TABLE purchase_target`);
    await db.query(`DROP TABLE lead_buyer_declaration`);
    await db.query(`DROP TABLE institution`);
  }
}
