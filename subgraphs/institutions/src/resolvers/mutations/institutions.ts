import { randomUUID } from "node:crypto";
import { requireActingFor } from "../../../../../lib/access.js";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import { requireId } from "../../../../../lib/ids.js";
import { notFound } from "../../../../../lib/errors.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Institution, LeadBuyerDeclaration, PurchaseTarget } from "../../entities/index.js";
import type {
  MutationDeclareLeadBuyerArgs,
  MutationRegisterInstitutionArgs,
  MutationSetPurchaseTargetArgs,
} from "../../generated/resolvers-types.js";
import { optionalText, requirePastDate, requireTargetYear, requireText } from "../../rules.js";
import { requireAmount } from "../../../../../lib/money.js";

async function requireInstitution({ loaders }: Context, institutionId: string): Promise<Institution> {
  const institution = await loaders.institution.load(institutionId);
  if (!institution) throw notFound(`No institution has the id ${institutionId}.`, "input.institutionId");
  return institution;
}

/** Adds a public body that buys innovative products; its abbreviation, if any, is unique whatever its case. */
export async function registerInstitution(_: unknown, { input }: MutationRegisterInstitutionArgs, { db }: Context) {
  const row: Institution = {
    id: randomUUID(),
    name: requireText(input.name, "input.name", "An institution's name", 200),
    nameEn: requireText(input.nameEn, "input.nameEn", "An institution's English name", 200),
    abbreviation: optionalText(input.abbreviation, "input.abbreviation", "An abbreviation", 50),
    type: input.type,
    parentMinistry: optionalText(input.parentMinistry, "input.parentMinistry", "A parent ministry", 100),
    region: requireText(input.region, "input.region", "A region", 100),
  };
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    await db.getRepository(Institution).insert(row);
    return row;
  });
}

/** An institution declares itself an innovative-product purchase leader (혁신제품 구매 선도기관), once. */
export async function declareLeadBuyer(_: unknown, { input }: MutationDeclareLeadBuyerArgs, context: Context) {
  const institutionId = requireId(input.institutionId, "input.institutionId");
  requireActingFor(context.caller, institutionId, "this declaration would be another institution's", "input.institutionId");
  const declaration: LeadBuyerDeclaration = {
    institutionId,
    declaredOn: requirePastDate(input.declaredOn, "input.declaredOn", "A declaration"),
    venue: requireText(input.venue, "input.venue", "A venue", 200),
    pledge: requireText(input.pledge, "input.pledge", "A pledge", 2000),
  };
  const institution = await requireInstitution(context, institutionId);
  // The primary key on lead_buyer_declaration.institution_id refuses a second declaration, even a simultaneous one.
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () => context.db.getRepository(LeadBuyerDeclaration).insert(declaration));
  context.loaders.leadBuyer.prime(institutionId, declaration);
  return institution;
}

/** Creates or replaces an institution's purchase target (구매목표제) for a year: one per institution and year. */
export async function setPurchaseTarget(_: unknown, { input }: MutationSetPurchaseTargetArgs, context: Context) {
  const institutionId = requireId(input.institutionId, "input.institutionId");
  requireActingFor(context.caller, institutionId, "this purchase target is another institution's", "input.institutionId");
  const year = requireTargetYear(input.year, "input.year");
  const targetAmount = requireAmount(input.targetAmount, "input.targetAmount", "A purchase target");
  await requireInstitution(context, institutionId);
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
