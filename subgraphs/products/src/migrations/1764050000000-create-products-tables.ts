import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The products subgraph's tables, in its own schema. Rules that must hold whatever code writes are
 * constraints here: unique designation and registration numbers, legal enum values, a validity that is
 * always designation + 3 years, scores present from technical evaluation on, and a designated
 * application that names its product.
 */
export class CreateProductsTables1764050000000 implements MigrationInterface {
  name = "CreateProductsTables1764050000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
        business_registration_number text NOT NULL UNIQUE CHECK (business_registration_number ~ '^[0-9]{3}-[0-9]{2}-[0-9]{5}$'),
        size text NOT NULL CHECK (size IN ('SMALL', 'MEDIUM', 'MID_SIZED')),
        region text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY,
        designation_number text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
        description text NOT NULL,
        company_id uuid NOT NULL REFERENCES company (id),
        field text NOT NULL CHECK (field IN ('ELECTRICAL', 'ELECTRONIC', 'MECHANICAL', 'BIO', 'CHEMICAL', 'MATERIALS', 'ENERGY', 'ICT', 'OTHER')),
        designating_agency text NOT NULL CHECK (designating_agency IN ('MOTIE', 'MSS', 'PPS', 'MSIT', 'ME', 'MOLIT')),
        designated_on date NOT NULL,
        valid_until date GENERATED ALWAYS AS ((designated_on + interval '3 years')::date) STORED,
        revoked_on date CHECK (revoked_on >= designated_on),
        procurement_item_number text NOT NULL,
        unit_price bigint NOT NULL CHECK (unit_price > 0 AND unit_price <= 9007199254740991),
        benefits text[] NOT NULL CHECK (benefits <@ ARRAY['NEGOTIATED_CONTRACT', 'PURCHASE_TARGET', 'PILOT_PURCHASE', 'LIABILITY_EXEMPTION'])
      )`);
    await db.query(`CREATE INDEX product_company_idx ON product (company_id, designated_on DESC, id)`);
    await db.query(`CREATE INDEX product_agency_designated_idx ON product (designating_agency, designated_on DESC, id)`);
    await db.query(`CREATE INDEX product_designated_idx ON product (designated_on DESC, id)`);
    await db.query(`
      CREATE TABLE designation_round (
        id uuid PRIMARY KEY,
        agency text NOT NULL CHECK (agency IN ('MOTIE', 'MSS', 'PPS', 'MSIT', 'ME', 'MOLIT')),
        year integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        title text NOT NULL UNIQUE,
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        CHECK (closes_on >= opens_on)
      )`);
    await db.query(`CREATE INDEX designation_round_agency_year_idx ON designation_round (agency, year)`);
    await db.query(`
      CREATE TABLE designation_application (
        id uuid PRIMARY KEY,
        round_id uuid NOT NULL REFERENCES designation_round (id),
        company_id uuid NOT NULL REFERENCES company (id),
        product_name text NOT NULL,
        product_name_en text NOT NULL,
        field text NOT NULL CHECK (field IN ('ELECTRICAL', 'ELECTRONIC', 'MECHANICAL', 'BIO', 'CHEMICAL', 'MATERIALS', 'ENERGY', 'ICT', 'OTHER')),
        stage text NOT NULL CHECK (stage IN ('SUBMITTED', 'DOCUMENT_REVIEW', 'TECHNICAL_EVALUATION', 'FINAL_DELIBERATION', 'DESIGNATED', 'REJECTED')),
        submitted_on date NOT NULL,
        innovativeness_score numeric(5, 2) CHECK (innovativeness_score BETWEEN 0 AND 100),
        marketability_score numeric(5, 2) CHECK (marketability_score BETWEEN 0 AND 100),
        public_value_score numeric(5, 2) CHECK (public_value_score BETWEEN 0 AND 100),
        product_id uuid UNIQUE REFERENCES product (id),
        CHECK ((innovativeness_score IS NULL) = (marketability_score IS NULL)
               AND (marketability_score IS NULL) = (public_value_score IS NULL)),
        CHECK ((stage = 'DESIGNATED') = (product_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX designation_application_round_idx ON designation_application (round_id, submitted_on DESC, id)`);
    await db.query(`CREATE INDEX designation_application_company_idx ON designation_application (company_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE designation_application`);
    await db.query(`DROP TABLE designation_round`);
    await db.query(`DROP TABLE product`);
    await db.query(`DROP TABLE company`);
  }
}
