import { isUuid } from "../../../../lib/domain/ids.js";
import type { InstitutionResolvers } from "../generated/resolvers-types.js";

/** The institutions subgraph owns Institution; this subgraph adds its meetings as a buyer, by id alone. */
export const Institution: InstitutionResolvers = {
  // No database read, as for Product: a malformed id names no institution.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  consultationMeetings: (institution, { status, ...args }, { loaders, readPage }) =>
    loaders.meetingsOfInstitution.load({ parentId: institution.id, page: readPage(args), filter: { status: status ?? null } }),
};
