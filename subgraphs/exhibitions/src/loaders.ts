import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { childPages, rowsByKey } from "../../../lib/data/batch-loaders.js";
import type { MeetingStatus } from "../../../lib/domain/enums.js";
import { ConsultationMeeting, Event, Exhibitor } from "./entities/index.js";
import { tracedBatch } from "../../../lib/runtime/tracing.js";

export interface MeetingFilter {
  status: MeetingStatus | null;
}

/** A fresh set per request, so nothing is cached across callers. Every batch is one SQL statement. */
export function createLoaders(db: DataSource) {
  const exhibitors = db.getRepository(Exhibitor);
  const meetings = db.getRepository(ConsultationMeeting);
  /** A page of meetings, by slot, for each of many events, products or institutions. */
  const meetingPages = (parent: "eventId" | "productId" | "institutionId") =>
    childPages<ConsultationMeeting, MeetingFilter>(meetings, {
      parent,
      orderBy: [["slotStartsAt", "ASC"]],
      filter: (query, { status }) => {
        if (status) query.andWhere("t.status = :status", { status });
      },
    });
  const event = rowsByKey(db.getRepository(Event));
  return {
    event,
    exhibitor: rowsByKey(exhibitors),
    meeting: rowsByKey(meetings),
    exhibitorsOfEvent: childPages(exhibitors, { parent: "eventId", orderBy: [["booth", "ASC"]] }),
    meetingsOfEvent: meetingPages("eventId"),
    meetingsOfProduct: meetingPages("productId"),
    meetingsOfInstitution: meetingPages("institutionId"),
    /**
     * Where each product was exhibited, earliest event first. The events come in the same statement
     * (they give the order) and are handed to the event loader, so `exhibitions { event }` costs none.
     */
    exhibitionsOfProduct: new DataLoader<string, Exhibitor[]>(
      tracedBatch("Exhibitor by product", async (productIds) => {
        const rows = (await exhibitors
          .createQueryBuilder("t")
          .innerJoinAndMapOne("t.event", Event, "e", "e.id = t.eventId")
          .where("t.productId = ANY(:productIds)", { productIds: [...productIds] })
          .orderBy("e.startsAt", "ASC")
          .addOrderBy("t.id", "ASC")
          .getMany()) as Array<Exhibitor & { event: Event }>;
        const groups = new Map<string, Exhibitor[]>(productIds.map((id) => [id, []]));
        for (const row of rows) {
          event.prime(row.event.id, row.event);
          groups.get(row.productId)?.push(row);
        }
        return productIds.map((id) => groups.get(id) ?? []);
      }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
