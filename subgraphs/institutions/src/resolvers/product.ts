import { isUuid } from "../../../../lib/domain/ids.js";
import type { ProductResolvers } from "../generated/resolvers-types.js";

/** The products subgraph owns Product; this subgraph adds its purchases and buyers, loaded by id alone. */
export const Product: ProductResolvers = {
  // No database read: whether the product exists is the products subgraph's answer. A malformed id
  // names no product, and would otherwise fail the whole batch at the uuid cast.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  purchases: (product, args, { loaders, readPage }) => loaders.purchasesOfProduct.load({ parentId: product.id, page: readPage(args) }),
  totalProcurement: async (product, _, { loaders }) => (await loaders.productTotals.load(product.id)).amount,
  buyerCount: async (product, _, { loaders }) => (await loaders.productTotals.load(product.id)).buyerCount,
  buyers: (product, args, { loaders, readPage }) => loaders.buyersOfProduct.load({ parentId: product.id, page: readPage(args) }),
};
