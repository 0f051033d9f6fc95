import type { DataSource } from "typeorm";
import { insertInChunks } from "../../../lib/seed/seeding.js";
import type { Dataset } from "../../../lib/seed/dataset.js";
import { ConsultationMeeting, Event, Exhibitor } from "./entities/index.js";

/** Writes the exhibitions slice of the seed dataset, in one transaction, through this subgraph's entities. */
export async function seedExhibitions(db: DataSource, data: Dataset["exhibitions"]): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, Event, data.events);
    await insertInChunks(manager, Exhibitor, data.exhibitors);
    await insertInChunks(manager, ConsultationMeeting, data.meetings);
  });
}

export async function isExhibitionsEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Event).count()) === 0;
}
