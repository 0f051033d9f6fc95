import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import type { ExhibitorResolvers } from "../generated/resolvers-types.js";

export const Exhibitor: ExhibitorResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.exhibitor.load(id),
  event: (exhibitor, _, { loaders }) => loadReferenced(loaders.event, exhibitor.eventId),
  /** Owned by the products subgraph: a reference the gateway resolves there. */
  product: (exhibitor) => ({ __typename: "Product", id: exhibitor.productId }),
};
