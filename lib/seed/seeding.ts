import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { Dataset } from "./dataset.js";

/** Bulk insert in chunks that stay under PostgreSQL's 65,535 bind-parameter limit. */
export async function insertInChunks<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: ReadonlyArray<object>,
  chunkSize = 1000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + chunkSize) as never)
      .updateEntity(false)
      .execute();
  }
}

/** One table of a subgraph's slice of the seed: its entity and where its rows are in the dataset. */
export type SeedTable = readonly [entity: EntityTarget<ObjectLiteral>, rows: (dataset: Dataset) => ReadonlyArray<object>];

/**
 * A subgraph's seed, derived from its tables in insert order (parents first): `seed` writes them all
 * in one transaction through the subgraph's entities (so its triggers run as for any write); `isEmpty`
 * is true while the first table has no row (the transaction writes all of them or none).
 */
export function seedFromTables(tables: readonly [SeedTable, ...SeedTable[]]) {
  return {
    seed: (db: DataSource, dataset: Dataset): Promise<void> =>
      db.transaction(async (manager) => {
        for (const [entity, rows] of tables) await insertInChunks(manager, entity, rows(dataset));
      }),
    isEmpty: async (db: DataSource): Promise<boolean> => (await db.getRepository(tables[0][0]).count()) === 0,
  };
}
