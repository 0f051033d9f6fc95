import type { IncomingHttpHeaders } from "node:http";
import type { DataSource } from "typeorm";
import { callerFromHeaders, type Caller } from "../../../lib/caller.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  caller: Caller;
  db: DataSource;
  loaders: Loaders;
}

export function contextFactory(db: DataSource) {
  return async (request: { headers: IncomingHttpHeaders }): Promise<Context> => ({
    caller: callerFromHeaders(request.headers),
    db,
    loaders: createLoaders(db),
  });
}
