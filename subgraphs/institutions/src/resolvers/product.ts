import { isUuid } from "../../../../lib/ids.js";
import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { Context } from "../context.js";

/** The products subgraph owns Product; this subgraph adds its purchases and buyers, loaded by id alone. */
interface ProductReference {
  id: string;
}

export const Product = {
  // No database read: whether the product exists is the products subgraph's answer. A malformed id
  // names no product, and would otherwise fail the whole batch at the uuid cast.
  __resolveReference: ({ id }: ProductReference): ProductReference | null => (isUuid(id) ? { id } : null),
  purchases: (product: ProductReference, args: PageArgs, { loaders }: Context) =>
    loaders.purchasesOfProduct.load({ parentId: product.id, page: readPage(args) }),
  totalProcurement: async (product: ProductReference, _: unknown, { loaders }: Context) =>
    (await loaders.productTotals.load(product.id)).amount,
  buyerCount: async (product: ProductReference, _: unknown, { loaders }: Context) =>
    (await loaders.productTotals.load(product.id)).buyerCount,
  buyers: (product: ProductReference, args: PageArgs, { loaders }: Context) =>
    loaders.buyersOfProduct.load({ parentId: product.id, page: readPage(args) }),
};
