import type { EventResolvers } from "../generated/resolvers-types.js";

export const Event: EventResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.event.load(id),
  exhibitors: (event, args, { loaders, readPage }) => loaders.exhibitorsOfEvent.load({ parentId: event.id, page: readPage(args) }),
  consultationMeetings: (event, { status, ...args }, { loaders, readPage }) =>
    loaders.meetingsOfEvent.load({ parentId: event.id, page: readPage(args), filter: { status: status ?? null } }),
};
