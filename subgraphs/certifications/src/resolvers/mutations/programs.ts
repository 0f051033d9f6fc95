import { randomUUID } from "node:crypto";
import { requireActingFor } from "../../../../../lib/access/access.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireAmount } from "../../../../../lib/domain/money.js";
import { requireText } from "../../../../../lib/domain/text.js";
import { requireProgramYear } from "../../../../../lib/domain/years.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import type { Context } from "../../context.js";
import { CertificationProgram } from "../../entities/index.js";
import type { MutationOpenCertificationProgramArgs, OpenCertificationProgramInput } from "../../generated/resolvers-types.js";
import { requireOperator } from "../../owners.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import { requireCeilingWithinBudget, requireDistinct, requireSchemesWithinScope, requireWindow } from "../../rules.js";

/** The program asked for, checked: schemes within its scope, the ceiling within the budget, the window in order. */
function readProgramInput(input: OpenCertificationProgramInput) {
  const operatorInstitutionId = requireId(input.operatorId, "input.operatorId");
  const scope = requireDistinct(input.scope, "input.scope", "scope");
  const schemes = requireDistinct(input.schemes, "input.schemes", "scheme");
  requireSchemesWithinScope(schemes, scope);
  const perProductCeiling = requireAmount(input.perProductCeiling, "input.perProductCeiling", "A per-product ceiling");
  const budget = requireAmount(input.budget, "input.budget", "A program budget");
  requireCeilingWithinBudget(perProductCeiling, budget);
  requireWindow(input.applicationOpensOn, input.applicationClosesOn);
  return {
    id: randomUUID(),
    name: requireText(input.name, "input.name", 200),
    nameEn: requireText(input.nameEn, "input.nameEn", 200),
    operatorInstitutionId,
    year: requireProgramYear(input.year, "input.year"),
    scope,
    schemes,
    perProductCeiling,
    budget,
    applicationOpensOn: input.applicationOpensOn,
    applicationClosesOn: input.applicationClosesOn,
  };
}

/** Opens a program with nothing committed yet; the operator must be an institution the institutions subgraph knows. */
export async function openCertificationProgram(
  _: unknown,
  { input }: MutationOpenCertificationProgramArgs,
  { caller, db }: Context,
): Promise<CertificationProgram> {
  const row = readProgramInput(input);
  requireActingFor(caller, row.operatorInstitutionId, "the program would be operated by another institution", "input.operatorId");
  await requireOperator(row.operatorInstitutionId);
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => db.getRepository(CertificationProgram).insert(row));
  return db.getRepository(CertificationProgram).findOneByOrFail({ id: row.id });
}
