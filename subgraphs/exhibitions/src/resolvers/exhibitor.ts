import type { Context } from "../context.js";
import type { Exhibitor as ExhibitorRow } from "../entities/index.js";

export const Exhibitor = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.exhibitor.load(id),
  event: (exhibitor: ExhibitorRow, _: unknown, { loaders }: Context) => loaders.event.load(exhibitor.eventId),
  /** Owned by the products subgraph: a reference the gateway resolves there. */
  product: (exhibitor: ExhibitorRow) => ({ __typename: "Product", id: exhibitor.productId }),
};
