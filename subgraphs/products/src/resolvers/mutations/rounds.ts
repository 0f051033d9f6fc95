import { randomUUID } from "node:crypto";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireText } from "../../../../../lib/domain/text.js";
import { LAST_YEAR, PROGRAM_FIRST_YEAR, requireProgramYear } from "../../../../../lib/domain/years.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { DesignationRound } from "../../entities/index.js";
import type { MutationOpenDesignationRoundArgs, OpenDesignationRoundInput } from "../../generated/resolvers-types.js";
import { requireWindow } from "../../rules.js";

function readRoundInput(input: OpenDesignationRoundInput): DesignationRound {
  requireWindow(input.opensOn, input.closesOn, "input.closesOn");
  return {
    id: randomUUID(),
    agency: input.agency,
    year: requireProgramYear(
      input.year,
      "input.year",
      `The year must be between ${PROGRAM_FIRST_YEAR} (the program's start) and ${LAST_YEAR}.`,
    ),
    title: requireText(input.title, "input.title", 200, "A round title must have"),
    opensOn: input.opensOn,
    closesOn: input.closesOn,
  };
}

/** An agency's call for applications, open from `opensOn` through `closesOn` (Korean calendar days). */
export async function openDesignationRound(
  _: unknown,
  { input }: MutationOpenDesignationRoundArgs,
  { db }: Context,
): Promise<DesignationRound> {
  const round = readRoundInput(input);
  return withConstraintMeanings(CONSTRAINT_MEANINGS, async () => {
    await db.getRepository(DesignationRound).insert(round);
    return db.getRepository(DesignationRound).findOneByOrFail({ id: round.id });
  });
}
