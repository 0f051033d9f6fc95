import type { DataSource } from "typeorm";
import { insertInChunks } from "../../../lib/seed/seeding.js";
import type { Dataset } from "../../../lib/seed/dataset.js";
import { Certificate, CertificationProgram, SupportApplication } from "./entities/index.js";

/**
 * Writes the certifications slice of the seed dataset, in one transaction, through this subgraph's
 * entities. The budget trigger keeps each program's committed amount as applications go in.
 */
export async function seedCertifications(db: DataSource, data: Dataset["certifications"]): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, CertificationProgram, data.programs);
    await insertInChunks(manager, SupportApplication, data.applications);
    await insertInChunks(manager, Certificate, data.certificates);
  });
}

export async function isCertificationsEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(CertificationProgram).count()) === 0;
}
