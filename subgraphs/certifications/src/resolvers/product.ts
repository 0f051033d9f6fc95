import { isUuid } from "../../../../lib/domain/ids.js";
import type { ProductResolvers } from "../generated/resolvers-types.js";

/** The products subgraph owns Product; this subgraph adds its certificates and support, by id alone. */
export const Product: ProductResolvers = {
  // No database read: whether the product exists is the products subgraph's answer.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  certificates: (product, _, { loaders }) => loaders.certificatesOfProduct.load(product.id),
  supportApplications: (product, _, { loaders }) => loaders.applicationsOfProduct.load(product.id),
};
