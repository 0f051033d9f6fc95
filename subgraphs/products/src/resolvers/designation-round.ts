import { todayInKorea } from "../../../../lib/dates.js";
import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { ApplicationStage } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import type { DesignationRound as RoundRow } from "../entities/index.js";

export const DesignationRound = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.round.load(id),
  isOpen: (round: RoundRow) => {
    const today = todayInKorea();
    return round.opensOn <= today && today <= round.closesOn;
  },
  applications: (round: RoundRow, { stage, ...args }: { stage?: ApplicationStage | null } & PageArgs, { loaders }: Context) =>
    loaders.applicationsOfRound.load({ parentId: round.id, page: readPage(args), filter: { stage: stage ?? null } }),
};
