import { isUuid } from "../../../../lib/ids.js";
import type { Context } from "../context.js";

/** The products subgraph owns Product; this subgraph adds its certificates and support, by id alone. */
interface ProductReference {
  id: string;
}

export const Product = {
  // No database read: whether the product exists is the products subgraph's answer.
  __resolveReference: ({ id }: ProductReference): ProductReference | null => (isUuid(id) ? { id } : null),
  certificates: (product: ProductReference, _: unknown, { loaders }: Context) => loaders.certificatesOfProduct.load(product.id),
  supportApplications: (product: ProductReference, _: unknown, { loaders }: Context) => loaders.applicationsOfProduct.load(product.id),
};
