import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "./errors.js";
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

/** Years the program can speak of; anything else is a typo worth telling the caller about. */
export function requireYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badUserInput(`${field} must be a year from 2000 to 2100; got ${year}.`, field);
  }
  return year;
}
