import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import type { Agency } from "../../../../../lib/seed/dataset.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { DesignationRound } from "../../entities/index.js";
import { requireText, requireWindow, requireYearInProgram } from "../../rules.js";

export interface OpenDesignationRoundInput {
  agency: Agency;
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
}

/** An agency's call for applications, open from `opensOn` through `closesOn` (Korean calendar days). */
export async function openDesignationRound(
  _: unknown,
  { input }: { input: OpenDesignationRoundInput },
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
