import type { Agency } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import { calendarYear } from "../loaders.js";

/** The day the designation program began; cumulative figures count from here. */
export const PROGRAM_START_DATE = "2020-01-01";

interface SummaryKey {
  agency: Agency;
  throughYear: number;
}
interface AnnualKey {
  agency: Agency;
  year: number;
}

// Both entities read one loader, so a summary and its years asked together cost one statement.
const cumulative = ({ agency, throughYear }: SummaryKey, { loaders }: Context) =>
  loaders.procurementOfAgency.load({ of: agency, from: PROGRAM_START_DATE, through: calendarYear(throughYear).through });
const annual = ({ agency, year }: AnnualKey, { loaders }: Context) =>
  loaders.procurementOfAgency.load({ of: agency, ...calendarYear(year) });

export const ProcurementSummary = {
  __resolveReference: (key: SummaryKey) => key,
  procurementGenerated: async (key: SummaryKey, _: unknown, context: Context) => (await cumulative(key, context)).amount,
  purchaseCount: async (key: SummaryKey, _: unknown, context: Context) => (await cumulative(key, context)).count,
};

export const AnnualProgramFigures = {
  __resolveReference: (key: AnnualKey) => key,
  procurementGenerated: async (key: AnnualKey, _: unknown, context: Context) => (await annual(key, context)).amount,
  purchaseCount: async (key: AnnualKey, _: unknown, context: Context) => (await annual(key, context)).count,
};
