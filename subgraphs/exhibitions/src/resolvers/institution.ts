import { isUuid } from "../../../../lib/ids.js";
import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { MeetingStatus } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";

/** The institutions subgraph owns Institution; this subgraph adds its meetings as a buyer, by id alone. */
interface InstitutionReference {
  id: string;
}

export const Institution = {
  // No database read, as for Product: a malformed id names no institution.
  __resolveReference: ({ id }: InstitutionReference): InstitutionReference | null => (isUuid(id) ? { id } : null),
  consultationMeetings: (
    institution: InstitutionReference,
    { status, ...args }: { status?: MeetingStatus | null } & PageArgs,
    { loaders }: Context,
  ) => loaders.meetingsOfInstitution.load({ parentId: institution.id, page: readPage(args), filter: { status: status ?? null } }),
};
