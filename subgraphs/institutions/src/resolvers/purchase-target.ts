import type { Context } from "../context.js";
import type { PurchaseTarget as TargetRow } from "../entities/index.js";
import { calendarYear } from "../loaders.js";

/** What the institution contracted in the target's year; shares its batch with `Institution.totalPurchased(year)`. */
async function achievedAmount(target: TargetRow, { loaders }: Context): Promise<number> {
  return (await loaders.purchasedByInstitution.load({ of: target.institutionId, ...calendarYear(target.year) })).amount;
}

export const PurchaseTarget = {
  institution: (target: TargetRow, _: unknown, { loaders }: Context) => loaders.institution.load(target.institutionId),
  achievedAmount: (target: TargetRow, _: unknown, context: Context) => achievedAmount(target, context),
  /** Rounded to four decimals: 0.8532 is 85.32 %. */
  achievementRate: async (target: TargetRow, _: unknown, context: Context) =>
    Math.round(((await achievedAmount(target, context)) / target.targetAmount) * 10_000) / 10_000,
};
