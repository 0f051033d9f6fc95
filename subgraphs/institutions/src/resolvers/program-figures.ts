import type { Context } from "../context.js";
import type { AnnualProgramFiguresResolvers, ProcurementSummaryResolvers, ResolversParentTypes } from "../generated/resolvers-types.js";
import { calendarYear } from "../loaders.js";

/** The day the designation program began; cumulative figures count from here. */
export const PROGRAM_START_DATE = "2020-01-01";

type SummaryKey = ResolversParentTypes["ProcurementSummary"];
type AnnualKey = ResolversParentTypes["AnnualProgramFigures"];

// Both entities read one loader, so a summary and its years asked together cost one statement.
const cumulative = ({ agency, throughYear }: SummaryKey, { loaders }: Context) =>
  loaders.procurementOfAgency.load({ of: agency, from: PROGRAM_START_DATE, through: calendarYear(throughYear).through });
const annual = ({ agency, year }: AnnualKey, { loaders }: Context) =>
  loaders.procurementOfAgency.load({ of: agency, ...calendarYear(year) });

export const ProcurementSummary: ProcurementSummaryResolvers = {
  __resolveReference: (key) => key,
  procurementGenerated: async (key, _, context) => (await cumulative(key, context)).amount,
  purchaseCount: async (key, _, context) => (await cumulative(key, context)).count,
};

export const AnnualProgramFigures: AnnualProgramFiguresResolvers = {
  __resolveReference: (key) => key,
  procurementGenerated: async (key, _, context) => (await annual(key, context)).amount,
  purchaseCount: async (key, _, context) => (await annual(key, context)).count,
};
