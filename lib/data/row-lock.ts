import type { EntityManager, EntityTarget, FindOptionsWhere } from "typeorm";

/**
 * A row read for update (`SELECT … FOR UPDATE`) inside the caller's transaction, or null: of two
 * writes that change one row at once, the second waits here and then sees what the first left.
 */
export function lockRowById<E extends { id: string }>(manager: EntityManager, entity: EntityTarget<E>, id: string): Promise<E | null> {
  return manager.getRepository(entity).findOne({ where: { id } as FindOptionsWhere<E>, lock: { mode: "pessimistic_write" } });
}
