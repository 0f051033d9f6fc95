import { isUuid } from "../../../../lib/domain/ids.js";
import type { ProductResolvers } from "../generated/resolvers-types.js";

/** The products subgraph owns Product; this subgraph adds where it was exhibited and its meetings, by id alone. */
export const Product: ProductResolvers = {
  // No database read: whether the product exists is the products subgraph's answer. A malformed id
  // names no product, and would otherwise fail the whole batch at the uuid cast.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  exhibitions: (product, _, { loaders }) => loaders.exhibitionsOfProduct.load(product.id),
  consultationMeetings: (product, { status, ...args }, { loaders, readPage }) =>
    loaders.meetingsOfProduct.load({ parentId: product.id, page: readPage(args), filter: { status: status ?? null } }),
};
