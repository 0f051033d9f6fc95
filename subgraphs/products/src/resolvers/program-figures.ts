import type { Agency } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";

/** The year the designation program began; cumulative figures count from here. */
export const PROGRAM_START_YEAR = 2020;

interface SummaryKey {
  agency: Agency;
  throughYear: number;
}
interface AnnualKey {
  agency: Agency;
  year: number;
}

function yearsThrough({ agency, throughYear }: SummaryKey): AnnualKey[] {
  const years: AnnualKey[] = [];
  for (let year = PROGRAM_START_YEAR; year <= throughYear; year++) years.push({ agency, year });
  return years;
}

export const ProcurementSummary = {
  __resolveReference: (key: SummaryKey) => key,
  byYear: yearsThrough,
  designatedProducts: async (key: SummaryKey, _: unknown, { loaders }: Context) => {
    const counts = await Promise.all(yearsThrough(key).map(({ agency, year }) => loaders.designationsInYear.load(`${agency}:${year}`)));
    return counts.reduce((sum, count) => sum + count, 0);
  },
};

export const AnnualProgramFigures = {
  __resolveReference: (key: AnnualKey) => key,
  designatedProducts: ({ agency, year }: AnnualKey, _: unknown, { loaders }: Context) =>
    loaders.designationsInYear.load(`${agency}:${year}`),
};
