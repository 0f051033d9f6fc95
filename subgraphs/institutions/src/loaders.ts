import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { childPages, rowsByKey } from "../../../lib/data/batch-loaders.js";
import { Institution, LeadBuyerDeclaration, ProductBuyer, Purchase, PurchaseTarget } from "./entities/index.js";
import { tracedBatch } from "../../../lib/runtime/tracing.js";

/** Contracts signed from `from` through `through` (both included), by one institution or of one agency's products. */
export interface PurchasePeriod {
  of: string;
  from: string;
  through: string;
}

export interface PurchaseTotals {
  amount: number;
  count: number;
}

export const calendarYear = (year: number) => ({ from: `${year}-01-01`, through: `${year}-12-31` });
/** PostgreSQL's infinite dates leave both ends open while the range stays usable by an index. */
export const allYears = { from: "-infinity", through: "infinity" };

/**
 * Sum and number of contracts per (institution or agency, period), whatever mix of periods a batch
 * asks for: one GROUP BY over the keys unnested, every key answered, 0 where nothing was bought.
 * `count(p.amount)` counts the joined contracts (amount is never null) from the index alone.
 */
function purchaseTotals(db: DataSource, column: "institution_id" | "product_agency", type: "uuid" | "text") {
  return new DataLoader<PurchasePeriod, PurchaseTotals, string>(
    tracedBatch(`purchase totals by ${column}`, async (keys) => {
      const rows: Array<{ position: number; amount: number; count: number }> = await db.query(
        `SELECT k.position, coalesce(sum(p.amount), 0)::bigint AS amount, count(p.amount)::int AS count
           FROM unnest($1::${type}[], $2::date[], $3::date[]) WITH ORDINALITY AS k(subject, from_on, through_on, position)
           LEFT JOIN purchase p ON p.${column} = k.subject AND p.contracted_on BETWEEN k.from_on AND k.through_on
          GROUP BY k.position`,
        [keys.map((key) => key.of), keys.map((key) => key.from), keys.map((key) => key.through)],
      );
      const totals = new Map(rows.map(({ position, amount, count }) => [position, { amount, count }]));
      return keys.map((_, index) => totals.get(index + 1) ?? { amount: 0, count: 0 });
    }),
    { cacheKeyFn: (key) => `${key.of}|${key.from}|${key.through}` },
  );
}

/** A fresh set per request, so nothing is cached across callers. Every batch is one SQL statement. */
export function createLoaders(db: DataSource) {
  const purchases = db.getRepository(Purchase);
  const targets = db.getRepository(PurchaseTarget);
  return {
    institution: rowsByKey(db.getRepository(Institution)),
    purchase: rowsByKey(purchases),
    leadBuyer: rowsByKey(db.getRepository(LeadBuyerDeclaration), "institutionId"),
    purchaseTarget: new DataLoader<{ institutionId: string; year: number }, PurchaseTarget | null, string>(
      tracedBatch("PurchaseTarget by institution and year", async (keys) => {
        const rows = await targets
          .createQueryBuilder("t")
          .where("t.institutionId = ANY(:institutionIds) AND t.year = ANY(:years)", {
            institutionIds: [...new Set(keys.map((key) => key.institutionId))],
            years: [...new Set(keys.map((key) => key.year))],
          })
          .getMany();
        const byKey = new Map(rows.map((row) => [`${row.institutionId}:${row.year}`, row]));
        return keys.map((key) => byKey.get(`${key.institutionId}:${key.year}`) ?? null);
      }),
      { cacheKeyFn: (key) => `${key.institutionId}:${key.year}` },
    ),
    purchasesOfInstitution: childPages<Purchase, { year: number | null }>(purchases, {
      parent: "institutionId",
      orderBy: [["contractedOn", "DESC"]],
      filter: (query, { year }) => {
        if (year != null) query.andWhere("t.contractedOn BETWEEN :from AND :through", calendarYear(year));
      },
    }),
    purchasesOfProduct: childPages(purchases, { parent: "productId", orderBy: [["contractedOn", "DESC"]] }),
    buyersOfProduct: childPages(db.getRepository(ProductBuyer), { parent: "productId", orderBy: [["name", "ASC"]] }),
    /** Per product: the sum of its purchases and how many institutions bought it. */
    productTotals: new DataLoader<string, { amount: number; buyerCount: number }>(
      tracedBatch("purchase totals by product", async (productIds) => {
        const rows: Array<{ productId: string; amount: number; buyerCount: number }> = await db.query(
          `SELECT product_id AS "productId", sum(amount)::bigint AS amount, count(DISTINCT institution_id)::int AS "buyerCount"
           FROM purchase
          WHERE product_id = ANY($1::uuid[])
          GROUP BY product_id`,
          [[...productIds]],
        );
        const totals = new Map(rows.map(({ productId, ...row }) => [productId, row]));
        return productIds.map((id) => totals.get(id) ?? { amount: 0, buyerCount: 0 });
      }),
    ),
    purchasedByInstitution: purchaseTotals(db, "institution_id", "uuid"),
    /** Procurement of an agency's designated products, for the program figures. */
    procurementOfAgency: purchaseTotals(db, "product_agency", "text"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
