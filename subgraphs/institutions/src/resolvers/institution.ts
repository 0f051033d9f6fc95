import { requireYear } from "../../../../lib/list-queries.js";
import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { Context } from "../context.js";
import type { Institution as InstitutionRow } from "../entities/index.js";
import { allYears, calendarYear } from "../loaders.js";

export const Institution = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.institution.load(id),
  leadBuyer: (institution: InstitutionRow, _: unknown, { loaders }: Context) => loaders.leadBuyer.load(institution.id),
  purchases: (institution: InstitutionRow, { year, ...args }: { year?: number | null } & PageArgs, { loaders }: Context) =>
    loaders.purchasesOfInstitution.load({
      parentId: institution.id,
      page: readPage(args),
      filter: { year: year == null ? null : requireYear(year, "year") },
    }),
  purchaseTarget: (institution: InstitutionRow, { year }: { year: number }, { loaders }: Context) =>
    loaders.purchaseTarget.load({ institutionId: institution.id, year: requireYear(year, "year") }),
  totalPurchased: async (institution: InstitutionRow, { year }: { year?: number | null }, { loaders }: Context) => {
    const period = year == null ? allYears : calendarYear(requireYear(year, "year"));
    return (await loaders.purchasedByInstitution.load({ of: institution.id, ...period })).amount;
  },
};
