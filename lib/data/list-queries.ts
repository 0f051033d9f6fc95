import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { toConnection, type Connection, type Page } from "./pagination.js";

/** A top-level list: the filtered query's page and its total (two statements, whatever the page size). */
export async function pageOf<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, page: Page): Promise<Connection<E>> {
  const [rows, total] = await query.skip(page.offset).take(page.limit).getManyAndCount();
  return toConnection(rows, total, page);
}

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
