import type { DataSource } from "typeorm";
import { childPages, rowsByKey, rowsGroupedBy } from "../../../lib/data/batch-loaders.js";
import type { SupportApplicationStatus } from "../../../lib/domain/enums.js";
import { Certificate, CertificationProgram, SupportApplication } from "./entities/index.js";

/** A fresh set per request, so nothing is cached across callers. Every batch is one SQL statement. */
export function createLoaders(db: DataSource) {
  const programs = db.getRepository(CertificationProgram);
  const applications = db.getRepository(SupportApplication);
  const certificates = db.getRepository(Certificate);
  return {
    program: rowsByKey(programs),
    application: rowsByKey(applications),
    certificate: rowsByKey(certificates),
    applicationsOfProgram: childPages<SupportApplication, { status: SupportApplicationStatus | null }>(applications, {
      parent: "programId",
      orderBy: [["appliedOn", "DESC"]],
      filter: (query, { status }) => {
        if (status) query.andWhere("t.status = :status", { status });
      },
    }),
    certificatesOfProduct: rowsGroupedBy(certificates, "productId", [
      ["issuedOn", "DESC"],
      ["id", "ASC"],
    ]),
    applicationsOfProduct: rowsGroupedBy(applications, "productId", [
      ["appliedOn", "DESC"],
      ["id", "ASC"],
    ]),
    programsOfOperator: rowsGroupedBy(programs, "operatorInstitutionId", [
      ["year", "DESC"],
      ["id", "ASC"],
    ]),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
