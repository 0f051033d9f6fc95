import { requireId } from "../../../../lib/domain/ids.js";
import { pageOf } from "../../../../lib/data/list-queries.js";
import { Event } from "../entities/index.js";
import type { QueryResolvers } from "../generated/resolvers-types.js";

export const Query: QueryResolvers = {
  event: (_, { id }, { loaders }) => loaders.event.load(requireId(id, "id")),

  async events(_, { filter, ...page }, { db, loaders, readPage }) {
    const query = db.getRepository(Event).createQueryBuilder("t").orderBy("t.startsAt", "ASC").addOrderBy("t.id", "ASC");
    if (filter?.kind) query.andWhere("t.kind = :kind", { kind: filter.kind });
    if (filter?.city) query.andWhere("t.city = :city", { city: filter.city.trim() });
    // An event that overlaps [from, to) at all: it ends at or after `from` and starts before `to`.
    if (filter?.from) query.andWhere("t.endsAt >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("t.startsAt < :to", { to: filter.to });
    const connection = await pageOf(query, readPage(page));
    // Their exhibitors' and meetings' `event` is one of these: answered without another statement.
    for (const event of connection.nodes) loaders.event.prime(event.id, event);
    return connection;
  },

  exhibitor: (_, { id }, { loaders }) => loaders.exhibitor.load(requireId(id, "id")),

  consultationMeeting: (_, { id }, { loaders }) => loaders.meeting.load(requireId(id, "id")),
};
