import { todayInKorea } from "../../../../lib/domain/dates.js";
import type { DesignationRoundResolvers } from "../generated/resolvers-types.js";

export const DesignationRound: DesignationRoundResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.round.load(id),
  isOpen: (round) => {
    const today = todayInKorea();
    return round.opensOn <= today && today <= round.closesOn;
  },
  applications: (round, { stage, ...args }, { loaders, readPage }) =>
    loaders.applicationsOfRound.load({ parentId: round.id, page: readPage(args), filter: { stage: stage ?? null } }),
};
