import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { MeetingStatus } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import type { Event as EventRow } from "../entities/index.js";

export const Event = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.event.load(id),
  exhibitors: (event: EventRow, args: PageArgs, { loaders }: Context) =>
    loaders.exhibitorsOfEvent.load({ parentId: event.id, page: readPage(args) }),
  consultationMeetings: (event: EventRow, { status, ...args }: { status?: MeetingStatus | null } & PageArgs, { loaders }: Context) =>
    loaders.meetingsOfEvent.load({ parentId: event.id, page: readPage(args), filter: { status: status ?? null } }),
};
