import type { Express, Request, Response } from "express";
import type { ServedSchema } from "./served-schema.js";

/**
 * GET /schema.graphql and GET /partner/schema.graphql: the API schema each endpoint serves, as SDL, for
 * partners' code generators and caches. `ETag` is the schema's content hash (the one the changelog
 * records), `X-Schema-Version` its published semver; a client sending the ETag back in `If-None-Match`
 * gets 304 until the schema changes. Always revalidated, since a reload can change it at any time.
 */
export function mountSchemaEndpoint(app: Express, route: string, served: ServedSchema): void {
  app.get(route, (req: Request, res: Response) => {
    const { sdl, hash, version } = served.current();
    const etag = `"${hash}"`;
    res.set({ ETag: etag, "X-Schema-Version": version, "Cache-Control": "public, max-age=0, must-revalidate" });
    const matches = (req.headers["if-none-match"] ?? "").split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
    if (matches) {
      res.status(304).end();
      return;
    }
    res.type("text/plain; charset=utf-8").send(sdl);
  });
}
