import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import type { DesignationApplicationResolvers } from "../generated/resolvers-types.js";

export const DesignationApplication: DesignationApplicationResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.application.load(id),
  round: (application, _, { loaders }) => loadReferenced(loaders.round, application.roundId),
  company: (application, _, { loaders }) => loadReferenced(loaders.company, application.companyId),
  product: (application, _, { loaders }) => (application.productId ? loaders.product.load(application.productId) : null),
  scores: (application) => {
    const { innovativenessScore: innovativeness, marketabilityScore: marketability, publicValueScore: publicValue } = application;
    if (innovativeness == null || marketability == null || publicValue == null) return null;
    const overall = Math.round(((innovativeness + marketability + publicValue) / 3) * 100) / 100;
    return { innovativeness, marketability, publicValue, overall };
  },
};
