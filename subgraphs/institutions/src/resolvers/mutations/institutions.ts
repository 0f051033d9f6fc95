import { randomUUID } from "node:crypto";
import { requireActingFor } from "../../../../../lib/access/access.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireAmount } from "../../../../../lib/domain/money.js";
import { optionalText, requireText } from "../../../../../lib/domain/text.js";
import { LAST_YEAR, PROGRAM_FIRST_YEAR, requireProgramYear } from "../../../../../lib/domain/years.js";
import { notFound } from "../../../../../lib/runtime/errors.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Institution, LeadBuyerDeclaration, PurchaseTarget } from "../../entities/index.js";
import type {
  DeclareLeadBuyerInput,
  MutationDeclareLeadBuyerArgs,
  MutationRegisterInstitutionArgs,
  MutationSetPurchaseTargetArgs,
  RegisterInstitutionInput,
  SetPurchaseTargetInput,
} from "../../generated/resolvers-types.js";
import { requirePastDate } from "../../rules.js";

/** The institution a write names; every write for an institution needs it to exist. */
export async function requireInstitution(loaders: Context["loaders"], institutionId: string): Promise<Institution> {
  const institution = await loaders.institution.load(institutionId);
  if (!institution) throw notFound(`No institution has the id ${institutionId}.`, "input.institutionId");
  return institution;
}

function readInstitutionInput(input: RegisterInstitutionInput): Institution {
  return {
    id: randomUUID(),
    name: requireText(input.name, "input.name", 200, "An institution's name has"),
    nameEn: requireText(input.nameEn, "input.nameEn", 200, "An institution's English name has"),
    abbreviation: optionalText(input.abbreviation, "input.abbreviation", 50, "An abbreviation has"),
    type: input.type,
    parentMinistry: optionalText(input.parentMinistry, "input.parentMinistry", 100, "A parent ministry has"),
    region: requireText(input.region, "input.region", 100, "A region has"),
  };
}

/** Adds a public body that buys innovative products; its abbreviation, if any, is unique whatever its case. */
export async function registerInstitution(_: unknown, { input }: MutationRegisterInstitutionArgs, { db }: Context) {
  const row = readInstitutionInput(input);
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    await db.getRepository(Institution).insert(row);
    return row;
  });
}

function readDeclarationInput(input: DeclareLeadBuyerInput): LeadBuyerDeclaration {
  return {
    institutionId: requireId(input.institutionId, "input.institutionId"),
    declaredOn: requirePastDate(input.declaredOn, "input.declaredOn", "A declaration"),
    venue: requireText(input.venue, "input.venue", 200, "A venue has"),
    pledge: requireText(input.pledge, "input.pledge", 2000, "A pledge has"),
  };
}

/** An institution declares itself an innovative-product purchase leader (혁신제품 구매 선도기관), once. */
export async function declareLeadBuyer(_: unknown, { input }: MutationDeclareLeadBuyerArgs, context: Context) {
  const declaration = readDeclarationInput(input);
  const { institutionId } = declaration;
  requireActingFor(context.caller, institutionId, "this declaration would be another institution's", "input.institutionId");
  const institution = await requireInstitution(context.loaders, institutionId);
  // The primary key on lead_buyer_declaration.institution_id refuses a second declaration, even a simultaneous one.
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => context.db.getRepository(LeadBuyerDeclaration).insert(declaration));
  context.loaders.leadBuyer.prime(institutionId, declaration);
  return institution;
}

function readTargetInput(input: SetPurchaseTargetInput) {
  return {
    institutionId: requireId(input.institutionId, "input.institutionId"),
    year: requireProgramYear(
      input.year,
      "input.year",
      `A purchase target's year is from ${PROGRAM_FIRST_YEAR} (when the program began) to ${LAST_YEAR}; got ${input.year}.`,
    ),
    targetAmount: requireAmount(input.targetAmount, "input.targetAmount", "A purchase target"),
  };
}

/** Creates or replaces an institution's purchase target (구매목표제) for a year: one per institution and year. */
export async function setPurchaseTarget(_: unknown, { input }: MutationSetPurchaseTargetArgs, context: Context) {
  const { institutionId, year, targetAmount } = readTargetInput(input);
  requireActingFor(context.caller, institutionId, "this purchase target is another institution's", "input.institutionId");
  await requireInstitution(context.loaders, institutionId);
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    // One statement: the unique (institution_id, year) makes concurrent upserts of one year meet on one row.
    const [{ id }]: Array<{ id: string }> = await context.db.query(
      `INSERT INTO purchase_target (id, institution_id, year, target_amount) VALUES ($1, $2, $3, $4)
       ON CONFLICT (institution_id, year) DO UPDATE SET target_amount = EXCLUDED.target_amount
       RETURNING id`,
      [randomUUID(), institutionId, year, targetAmount],
    );
    return context.db.getRepository(PurchaseTarget).findOneByOrFail({ id });
  });
}
