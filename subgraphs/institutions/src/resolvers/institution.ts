import { requireYear } from "../../../../lib/domain/years.js";
import type { InstitutionResolvers } from "../generated/resolvers-types.js";
import { allYears, calendarYear } from "../loaders.js";

export const Institution: InstitutionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.institution.load(id),
  leadBuyer: (institution, _, { loaders }) => loaders.leadBuyer.load(institution.id),
  purchases: (institution, { year, ...args }, { loaders, readPage }) =>
    loaders.purchasesOfInstitution.load({
      parentId: institution.id,
      page: readPage(args),
      filter: { year: year == null ? null : requireYear(year, "year") },
    }),
  purchaseTarget: (institution, { year }, { loaders }) =>
    loaders.purchaseTarget.load({ institutionId: institution.id, year: requireYear(year, "year") }),
  totalPurchased: async (institution, { year }, { loaders }) => {
    const period = year == null ? allYears : calendarYear(requireYear(year, "year"));
    return (await loaders.purchasedByInstitution.load({ of: institution.id, ...period })).amount;
  },
};
