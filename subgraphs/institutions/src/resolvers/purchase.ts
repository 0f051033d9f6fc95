import type { Context } from "../context.js";
import type { Purchase as PurchaseRow } from "../entities/index.js";

export const Purchase = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.purchase.load(id),
  institution: (purchase: PurchaseRow, _: unknown, { loaders }: Context) => loaders.institution.load(purchase.institutionId),
  /** Owned by the products subgraph: a reference the gateway resolves there. */
  product: (purchase: PurchaseRow) => ({ id: purchase.productId }),
};
