import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import type { PurchaseResolvers } from "../generated/resolvers-types.js";

export const Purchase: PurchaseResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.purchase.load(id),
  institution: (purchase, _, { loaders }) => loadReferenced(loaders.institution, purchase.institutionId),
  /** Owned by the products subgraph: a reference the gateway resolves there. */
  product: (purchase) => ({ id: purchase.productId }),
};
