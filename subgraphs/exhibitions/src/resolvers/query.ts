import { requireId } from "../../../../lib/ids.js";
import { pageOf } from "../../../../lib/list-queries.js";
import type { PageArgs } from "../../../../lib/pagination.js";
import type { EventKind } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import { Event } from "../entities/index.js";

interface EventFilter {
  kind?: EventKind | null;
  city?: string | null;
  /** Parsed by the DateTime scalar. */
  from?: Date | null;
  to?: Date | null;
}

export const Query = {
  event: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.event.load(requireId(id, "id")),

  async events(_: unknown, { filter, ...page }: { filter?: EventFilter | null } & PageArgs, { db, loaders }: Context) {
    const query = db.getRepository(Event).createQueryBuilder("t").orderBy("t.startsAt", "ASC").addOrderBy("t.id", "ASC");
    if (filter?.kind) query.andWhere("t.kind = :kind", { kind: filter.kind });
    if (filter?.city) query.andWhere("t.city = :city", { city: filter.city.trim() });
    // An event that overlaps [from, to) at all: it ends at or after `from` and starts before `to`.
    if (filter?.from) query.andWhere("t.endsAt >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("t.startsAt < :to", { to: filter.to });
    const connection = await pageOf(query, page);
    // Their exhibitors' and meetings' `event` is one of these: answered without another statement.
    for (const event of connection.nodes) loaders.event.prime(event.id, event);
    return connection;
  },

  exhibitor: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.exhibitor.load(requireId(id, "id")),

  consultationMeeting: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.meeting.load(requireId(id, "id")),
};
