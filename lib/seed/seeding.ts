import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

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
