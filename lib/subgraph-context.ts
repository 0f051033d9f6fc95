import type { DataSource } from "typeorm";
import type { Caller } from "./access.js";

/** What every subgraph resolver receives: who asks, the subgraph's database, and this request's loaders. */
export interface SubgraphContext<Loaders> {
  caller: Caller;
  db: DataSource;
  loaders: Loaders;
}

/** A context per request, with a fresh set of loaders so nothing is cached across callers. */
export function subgraphContextFactory<Loaders>(db: DataSource, createLoaders: (db: DataSource) => Loaders) {
  return async ({ caller }: { caller: Caller }): Promise<SubgraphContext<Loaders>> => ({
    caller,
    db,
    loaders: createLoaders(db),
  });
}
