import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { DesignationRound } from "../../entities/index.js";
import type { MutationOpenDesignationRoundArgs } from "../../generated/resolvers-types.js";
import { requireText, requireWindow, requireYearInProgram } from "../../rules.js";

/** An agency's call for applications, open from `opensOn` through `closesOn` (Korean calendar days). */
export async function openDesignationRound(
  _: unknown,
  { input }: MutationOpenDesignationRoundArgs,
  { db }: Context,
): Promise<DesignationRound> {
  requireWindow(input.opensOn, input.closesOn, "input.closesOn");
  const round: DesignationRound = {
    id: randomUUID(),
    agency: input.agency,
    year: requireYearInProgram(input.year, "input.year"),
    title: requireText(input.title, "input.title", "A round title"),
    opensOn: input.opensOn,
    closesOn: input.closesOn,
  };
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    await db.getRepository(DesignationRound).insert(round);
    return db.getRepository(DesignationRound).findOneByOrFail({ id: round.id });
  });
}
