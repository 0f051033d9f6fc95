import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Company } from "../../entities/index.js";
import type { MutationRegisterCompanyArgs } from "../../generated/resolvers-types.js";
import { requireBusinessRegistrationNumber, requireText } from "../../rules.js";

/** A company that may apply for designation; its registration number passes the checksum and is unique. */
export async function registerCompany(_: unknown, { input }: MutationRegisterCompanyArgs, { db }: Context): Promise<Company> {
  const company: Company = {
    id: randomUUID(),
    name: requireText(input.name, "input.name", "A company name"),
    nameEn: requireText(input.nameEn, "input.nameEn", "A company's English name"),
    businessRegistrationNumber: requireBusinessRegistrationNumber(input.businessRegistrationNumber, "input.businessRegistrationNumber"),
    size: input.size,
    region: requireText(input.region, "input.region", "A region", 50),
  };
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    await db.getRepository(Company).insert(company);
    return db.getRepository(Company).findOneByOrFail({ id: company.id });
  });
}
