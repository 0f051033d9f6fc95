import type { DataSource } from "typeorm";
import { insertInChunks } from "../../../lib/seed/seeding.js";
import type { Dataset } from "../../../lib/seed/dataset.js";
import { Company, DesignationApplication, DesignationRound, Product } from "./entities/index.js";

/** Writes the products slice of the seed dataset, in one transaction, through this subgraph's entities. */
export async function seedProducts(db: DataSource, data: Dataset["products"]): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, Company, data.companies);
    await insertInChunks(manager, Product, data.products);
    await insertInChunks(manager, DesignationRound, data.rounds);
    await insertInChunks(manager, DesignationApplication, data.applications);
  });
}

export async function isProductsEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Product).count()) === 0;
}
