import DataLoader from "dataloader";
import type { ObjectLiteral, Repository, SelectQueryBuilder } from "typeorm";
import { isUuid } from "../domain/ids.js";
import { toConnection, type Connection, type Page } from "./pagination.js";
import { currentRowBudget } from "./row-budget.js";
import { tracedBatch } from "../runtime/tracing.js";

/**
 * The building blocks of every subgraph's per-request loaders. Each batch is one SQL statement
 * (`= ANY($1)`), and results come back in key order, as DataLoader requires. While tracing, each batch
 * is a span (`loader Product.id`) with its statement under it.
 */

/** Rows by a unique column (an entity's id): one `WHERE column = ANY($1)` per batch; null where none. */
export function rowsByKey<E extends ObjectLiteral>(repository: Repository<E>, property: keyof E & string = "id") {
  return new DataLoader<string, E | null>(
    tracedBatch(`${repository.metadata.name}.${property}`, async (keys: readonly string[]) => {
      // A malformed id (from a client's representation) matches nothing rather than failing the batch.
      const wellFormed = property === "id" ? keys.filter(isUuid) : [...keys];
      const rows = wellFormed.length
        ? await repository.createQueryBuilder("t").where(`t.${property} = ANY(:keys)`, { keys: wellFormed }).getMany()
        : [];
      const byKey = new Map(rows.map((row) => [String(row[property]), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  );
}

/** All rows sharing a foreign key, for lists bounded by the domain (a product's certificates). */
export function rowsGroupedBy<E extends ObjectLiteral>(
  repository: Repository<E>,
  property: keyof E & string,
  orderBy: Array<[keyof E & string, "ASC" | "DESC"]>,
) {
  return new DataLoader<string, E[]>(
    tracedBatch(`${repository.metadata.name} by ${property}`, async (keys: readonly string[]) => {
      const query = repository.createQueryBuilder("t").where(`t.${property} = ANY(:keys)`, { keys: [...keys] });
      orderBy.forEach(([column, direction], index) =>
        index === 0 ? query.orderBy(`t.${column}`, direction) : query.addOrderBy(`t.${column}`, direction),
      );
      const groups = new Map<string, E[]>(keys.map((key) => [key, []]));
      for (const row of await query.getMany()) groups.get(String(row[property]))?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    }),
  );
}

export interface ChildPageKey<F = Record<string, unknown>> {
  parentId: string;
  page: Page;
  filter?: F;
}

export interface ChildPageOptions<E extends ObjectLiteral, F> {
  /** The foreign-key property that names the parent. */
  parent: keyof E & string;
  /** Sort inside each parent's list; the id is appended so pages are stable. */
  orderBy: Array<[keyof E & string, "ASC" | "DESC"]>;
  /** Adds the list's filter arguments to the query (alias `t`). */
  filter?: (query: SelectQueryBuilder<E>, filter: F) => void;
}

/**
 * One page of children for many parents at once (a page of purchases for each of 50 products): one
 * statement per distinct page-and-filter shape, numbering each parent's rows with a window function.
 * Each parent's first row is always returned so its total is known even past the last page.
 */
export function childPages<E extends ObjectLiteral, F = Record<string, unknown>>(
  repository: Repository<E>,
  options: ChildPageOptions<E, F>,
) {
  const metadata = repository.metadata;
  const columnName = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return `"${column.databaseName}"`;
  };
  const parentColumn = columnName(options.parent);
  const order = [...options.orderBy, ["id", "ASC"] as const]
    .map(([property, direction]) => `t.${columnName(property)} ${direction}`)
    .join(", ");

  async function loadShape(keys: ReadonlyArray<ChildPageKey<F>>): Promise<Map<string, Connection<E>>> {
    const { page, filter } = keys[0];
    const inner = repository
      .createQueryBuilder("t")
      .select("t.*")
      .addSelect(`row_number() OVER (PARTITION BY t.${parentColumn} ORDER BY ${order})`, "__position")
      .addSelect(`count(*) OVER (PARTITION BY t.${parentColumn})`, "__total")
      .where(`t.${parentColumn} = ANY(:parentIds)`, { parentIds: keys.map((key) => key.parentId) });
    if (filter && options.filter) options.filter(inner, filter);
    const [innerSql, innerParameters] = inner.getQueryAndParameters();
    const bound = innerParameters.length;
    // Pages for many parents multiply: never read more than one row past the request's row budget.
    const remaining = currentRowBudget()?.remaining ?? Infinity;
    const raws: Array<Record<string, unknown>> = await repository.query(
      `SELECT * FROM (${innerSql}) page
        WHERE (page.__position > $${bound + 1} AND page.__position <= $${bound + 2}) OR page.__position = 1
        ORDER BY page.__position${Number.isFinite(remaining) ? ` LIMIT ${remaining + 1}` : ""}`,
      [...innerParameters, page.offset, page.offset + page.limit],
    );
    const grouped = new Map<string, { rows: E[]; total: number }>();
    const driver = repository.manager.connection.driver;
    for (const raw of raws) {
      const parentId = String(raw[parentColumn.slice(1, -1)]);
      const group = grouped.get(parentId) ?? { rows: [], total: Number(raw.__total) };
      grouped.set(parentId, group);
      if (Number(raw.__position) <= page.offset) continue;
      const entity = repository.create();
      for (const column of metadata.columns) {
        column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
      }
      group.rows.push(entity);
    }
    return new Map(
      keys.map((key) => {
        const group = grouped.get(key.parentId) ?? { rows: [], total: 0 };
        return [key.parentId, toConnection(group.rows, group.total, page)];
      }),
    );
  }

  return new DataLoader<ChildPageKey<F>, Connection<E>, string>(
    tracedBatch(`${metadata.name} pages by ${options.parent}`, async (keys: ReadonlyArray<ChildPageKey<F>>) => {
      const shapes = new Map<string, ChildPageKey<F>[]>();
      for (const key of keys) {
        const shape = JSON.stringify([key.page, key.filter ?? null]);
        shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
      }
      const results = new Map<string, Connection<E>>();
      for (const [shape, group] of shapes) {
        for (const [parentId, connection] of await loadShape(group)) results.set(`${shape}|${parentId}`, connection);
      }
      return keys.map((key) => results.get(`${JSON.stringify([key.page, key.filter ?? null])}|${key.parentId}`)!);
    }),
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.page, key.filter ?? null]) },
  );
}

/**
 * The row a non-null field refers to through a foreign key: the database guarantees it exists, so a
 * missing one is a fault (an internal error, as graphql-js would give for the null), never an answer.
 */
export async function loadReferenced<E>(loader: DataLoader<string, E | null>, key: string): Promise<E> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`No row has the key ${key}, though a foreign key refers to it.`);
  return row;
}
