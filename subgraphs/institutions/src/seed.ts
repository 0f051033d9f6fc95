import type { DataSource } from "typeorm";
import { insertInChunks } from "../../../lib/seed/seeding.js";
import type { Dataset } from "../../../lib/seed/dataset.js";
import { Institution, LeadBuyerDeclaration, Purchase, PurchaseTarget } from "./entities/index.js";

/** Writes the institutions slice of the seed dataset, in one transaction, through this subgraph's entities. */
export async function seedInstitutions(db: DataSource, data: Dataset["institutions"]): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, Institution, data.institutions);
    await insertInChunks(manager, LeadBuyerDeclaration, data.leadBuyerDeclarations);
    await insertInChunks(manager, PurchaseTarget, data.purchaseTargets);
    await insertInChunks(manager, Purchase, data.purchases);
  });
}

export async function isInstitutionsEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Institution).count()) === 0;
}
