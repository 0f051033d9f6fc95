import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import type { SupportApplicationResolvers } from "../generated/resolvers-types.js";

export const SupportApplication: SupportApplicationResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.application.load(id),
  program: (application, _, { loaders }) => loadReferenced(loaders.program, application.programId),
  product: (application) => ({ __typename: "Product", id: application.productId }),
};
