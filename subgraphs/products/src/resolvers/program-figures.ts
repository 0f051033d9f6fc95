import { derivedId } from "../../../../lib/domain/derived-ids.js";
import type { AnnualProgramFiguresResolvers, ProcurementSummaryResolvers, ResolversParentTypes } from "../generated/resolvers-types.js";

/** The year the designation program began; cumulative figures count from here. */
export const PROGRAM_START_YEAR = 2020;

type SummaryKey = ResolversParentTypes["ProcurementSummary"];
type AnnualKey = ResolversParentTypes["AnnualProgramFigures"];

function yearsThrough({ agency, throughYear }: SummaryKey): AnnualKey[] {
  const years: AnnualKey[] = [];
  for (let year = PROGRAM_START_YEAR; year <= throughYear; year++) years.push({ agency, year });
  return years;
}

export const ProcurementSummary: ProcurementSummaryResolvers = {
  __resolveReference: (key) => key,
  id: ({ agency, throughYear }) => derivedId("ProcurementSummary", agency, throughYear),
  byYear: yearsThrough,
  designatedProducts: async (key, _, { loaders }) => {
    const counts = await Promise.all(yearsThrough(key).map(({ agency, year }) => loaders.designationsInYear.load(`${agency}:${year}`)));
    return counts.reduce((sum, count) => sum + count, 0);
  },
};

export const AnnualProgramFigures: AnnualProgramFiguresResolvers = {
  __resolveReference: (key) => key,
  id: ({ agency, year }) => derivedId("AnnualProgramFigures", agency, year),
  designatedProducts: ({ agency, year }, _, { loaders }) => loaders.designationsInYear.load(`${agency}:${year}`),
};
