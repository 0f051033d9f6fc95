import { randomUUID } from "node:crypto";
import { requireActingFor } from "../../../../../lib/access.js";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import { requireId } from "../../../../../lib/ids.js";
import { requireAmount } from "../../../../../lib/money.js";
import type { Context } from "../../context.js";
import { CertificationProgram } from "../../entities/index.js";
import type { MutationOpenCertificationProgramArgs } from "../../generated/resolvers-types.js";
import { requireOperator } from "../../owners.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import {
  requireCeilingWithinBudget,
  requireDistinct,
  requireSchemesWithinScope,
  requireText,
  requireWindow,
  requireYear,
} from "../../rules.js";

/** Opens a program with nothing committed yet; the operator must be an institution the institutions subgraph knows. */
export async function openCertificationProgram(
  _: unknown,
  { input }: MutationOpenCertificationProgramArgs,
  { caller, db }: Context,
): Promise<CertificationProgram> {
  const operatorInstitutionId = requireId(input.operatorId, "input.operatorId");
  requireActingFor(caller, operatorInstitutionId, "the program would be operated by another institution", "input.operatorId");
  const scope = requireDistinct(input.scope, "input.scope", "scope");
  const schemes = requireDistinct(input.schemes, "input.schemes", "scheme");
  requireSchemesWithinScope(schemes, scope);
  const perProductCeiling = requireAmount(input.perProductCeiling, "input.perProductCeiling", "A per-product ceiling");
  const budget = requireAmount(input.budget, "input.budget", "A program budget");
  requireCeilingWithinBudget(perProductCeiling, budget);
  requireWindow(input.applicationOpensOn, input.applicationClosesOn);
  const row = {
    id: randomUUID(),
    name: requireText(input.name, "input.name", 200),
    nameEn: requireText(input.nameEn, "input.nameEn", 200),
    operatorInstitutionId,
    year: requireYear(input.year),
    scope,
    schemes,
    perProductCeiling,
    budget,
    applicationOpensOn: input.applicationOpensOn,
    applicationClosesOn: input.applicationClosesOn,
  };
  await requireOperator(operatorInstitutionId);
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => db.getRepository(CertificationProgram).insert(row));
  return db.getRepository(CertificationProgram).findOneByOrFail({ id: row.id });
}
