import { isUuid } from "../../../../lib/ids.js";
import type { Context } from "../context.js";

/** The institutions subgraph owns Institution; this subgraph adds the certification programs it operates. */
interface InstitutionReference {
  id: string;
}

export const Institution = {
  __resolveReference: ({ id }: InstitutionReference): InstitutionReference | null => (isUuid(id) ? { id } : null),
  operatedCertificationPrograms: (institution: InstitutionReference, _: unknown, { loaders }: Context) =>
    loaders.programsOfOperator.load(institution.id),
};
