import type { DataSource } from "typeorm";
import type { Caller } from "../access/access.js";
import { readPage, type Page, type PageArgs } from "../data/pagination.js";

/** What every subgraph resolver receives: who asks, the subgraph's database, and this request's loaders. */
export interface SubgraphContext<Loaders> {
  caller: Caller;
  db: DataSource;
  loaders: Loaders;
  /** `first` and `after` as a page, within the subgraph's MAX_PAGE_SIZE (BAD_USER_INPUT beyond it). */
  readPage(args: PageArgs): Page;
}

/** A context per request, with a fresh set of loaders so nothing is cached across callers. */
export function subgraphContextFactory<Loaders>(db: DataSource, createLoaders: (db: DataSource) => Loaders, maxPageSize: number) {
  const pageOf = (args: PageArgs) => readPage(args, maxPageSize);
  return async ({ caller }: { caller: Caller }): Promise<SubgraphContext<Loaders>> => ({
    caller,
    db,
    loaders: createLoaders(db),
    readPage: pageOf,
  });
}
