import { isUuid } from "../../../../lib/domain/ids.js";
import type { InstitutionResolvers } from "../generated/resolvers-types.js";

/** The institutions subgraph owns Institution; this subgraph adds the certification programs it operates. */
export const Institution: InstitutionResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  operatedCertificationPrograms: (institution, _, { loaders }) => loaders.programsOfOperator.load(institution.id),
};
