import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import type { Context } from "../context.js";
import type { PurchaseTarget as TargetRow } from "../entities/index.js";
import type { PurchaseTargetResolvers } from "../generated/resolvers-types.js";
import { calendarYear } from "../loaders.js";

/** What the institution contracted in the target's year; shares its batch with `Institution.totalPurchased(year)`. */
async function achievedAmount(target: TargetRow, { loaders }: Context): Promise<number> {
  return (await loaders.purchasedByInstitution.load({ of: target.institutionId, ...calendarYear(target.year) })).amount;
}

export const PurchaseTarget: PurchaseTargetResolvers = {
  institution: (target, _, { loaders }) => loadReferenced(loaders.institution, target.institutionId),
  achievedAmount: (target, _, context) => achievedAmount(target, context),
  /** Rounded to four decimals: 0.8532 is 85.32 %. */
  achievementRate: async (target, _, context) =>
    Math.round(((await achievedAmount(target, context)) / target.targetAmount) * 10_000) / 10_000,
};
