import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { childPages, rowsByKey } from "../../../lib/data/batch-loaders.js";
import type { Agency, ApplicationStage } from "../../../lib/domain/enums.js";
import { Company, DesignationApplication, DesignationRound, Product } from "./entities/index.js";
import { tracedBatch } from "../../../lib/runtime/tracing.js";

/** A fresh set per request, so nothing is cached across callers. Every batch is one SQL statement. */
export function createLoaders(db: DataSource) {
  const products = db.getRepository(Product);
  const applications = db.getRepository(DesignationApplication);
  return {
    product: rowsByKey(products),
    company: rowsByKey(db.getRepository(Company)),
    round: rowsByKey(db.getRepository(DesignationRound)),
    application: rowsByKey(applications),
    productsOfCompany: childPages(products, { parent: "companyId", orderBy: [["designatedOn", "DESC"]] }),
    applicationsOfRound: childPages<DesignationApplication, { stage?: ApplicationStage | null }>(applications, {
      parent: "roundId",
      orderBy: [["submittedOn", "DESC"]],
      filter: (query, { stage }) => {
        if (stage) query.andWhere("t.stage = :stage", { stage });
      },
    }),
    /** Products designated per agency and year, for the program figures: keys are `AGENCY:YEAR`. */
    designationsInYear: new DataLoader<string, number>(
      tracedBatch("designations by agency and year", async (keys) => {
        const pairs = keys.map((key) => key.split(":"));
        const rows: Array<{ agency: Agency; year: number; count: number }> = await db.query(
          `SELECT designating_agency AS agency, extract(year FROM designated_on)::int AS year, count(*)::int AS count
           FROM product
          WHERE (designating_agency, extract(year FROM designated_on)::int) IN
                (SELECT * FROM unnest($1::text[], $2::int[]))
          GROUP BY 1, 2`,
          [pairs.map(([agency]) => agency), pairs.map(([, year]) => Number(year))],
        );
        const counts = new Map(rows.map((row) => [`${row.agency}:${row.year}`, row.count]));
        return keys.map((key) => counts.get(key) ?? 0);
      }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
