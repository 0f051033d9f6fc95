import type { Context } from "../context.js";
import type { DesignationApplication as ApplicationRow } from "../entities/index.js";

export const DesignationApplication = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.application.load(id),
  round: (application: ApplicationRow, _: unknown, { loaders }: Context) => loaders.round.load(application.roundId),
  company: (application: ApplicationRow, _: unknown, { loaders }: Context) => loaders.company.load(application.companyId),
  product: (application: ApplicationRow, _: unknown, { loaders }: Context) =>
    application.productId ? loaders.product.load(application.productId) : null,
  scores: (application: ApplicationRow) => {
    const { innovativenessScore: innovativeness, marketabilityScore: marketability, publicValueScore: publicValue } = application;
    if (innovativeness == null || marketability == null || publicValue == null) return null;
    const overall = Math.round(((innovativeness + marketability + publicValue) / 3) * 100) / 100;
    return { innovativeness, marketability, publicValue, overall };
  },
};
