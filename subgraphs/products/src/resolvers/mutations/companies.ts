import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireText } from "../../../../../lib/domain/text.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Company } from "../../entities/index.js";
import type { MutationRegisterCompanyArgs, RegisterCompanyInput } from "../../generated/resolvers-types.js";
import { requireBusinessRegistrationNumber } from "../../rules.js";

function readCompanyInput(input: RegisterCompanyInput): Company {
  return {
    id: randomUUID(),
    name: requireText(input.name, "input.name", 200, "A company name must have"),
    nameEn: requireText(input.nameEn, "input.nameEn", 200, "A company's English name must have"),
    businessRegistrationNumber: requireBusinessRegistrationNumber(input.businessRegistrationNumber, "input.businessRegistrationNumber"),
    size: input.size,
    region: requireText(input.region, "input.region", 50, "A region must have"),
  };
}

/** A company that may apply for designation; its registration number passes the checksum and is unique. */
export async function registerCompany(_: unknown, { input }: MutationRegisterCompanyArgs, { db }: Context): Promise<Company> {
  const company = readCompanyInput(input);
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    await db.getRepository(Company).insert(company);
    return db.getRepository(Company).findOneByOrFail({ id: company.id });
  });
}
