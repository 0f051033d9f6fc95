import { isUuid } from "../../../../lib/ids.js";
import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { MeetingStatus } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";

/** The products subgraph owns Product; this subgraph adds where it was exhibited and its meetings, by id alone. */
interface ProductReference {
  id: string;
}

export const Product = {
  // No database read: whether the product exists is the products subgraph's answer. A malformed id
  // names no product, and would otherwise fail the whole batch at the uuid cast.
  __resolveReference: ({ id }: ProductReference): ProductReference | null => (isUuid(id) ? { id } : null),
  exhibitions: (product: ProductReference, _: unknown, { loaders }: Context) => loaders.exhibitionsOfProduct.load(product.id),
  consultationMeetings: (
    product: ProductReference,
    { status, ...args }: { status?: MeetingStatus | null } & PageArgs,
    { loaders }: Context,
  ) => loaders.meetingsOfProduct.load({ parentId: product.id, page: readPage(args), filter: { status: status ?? null } }),
};
