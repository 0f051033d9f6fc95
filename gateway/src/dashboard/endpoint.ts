import type { Express, NextFunction, Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { builtOnFirstRequest } from "../browser-bundle.js";
import { sendGraphQLError } from "../http-security.js";
import { buildDashboard, DASHBOARD_ASSETS_PATH, type DashboardBundle } from "./bundle.js";
import type { DashboardConfig } from "./config.js";

export const DASHBOARD_PATH = "/dashboard";

/**
 * A strict policy: the page loads its one script and one stylesheet from this origin, runs no inline
 * script or style, talks only to this origin (the GraphQL API; `'self'` also covers a same-origin
 * WebSocket for live updates later) and may not be framed.
 */
export const DASHBOARD_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    "Content-Security-Policy": DASHBOARD_CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  next();
};

/**
 * Serves the reference dashboard (dashboard/) at /dashboard. It is built on the first request (esbuild,
 * a few hundred ms, once: gateway/src/dashboard/bundle.ts), so a gateway starts no slower
 * with it on. The page is revalidated on every visit; its assets carry their content hash in their
 * names, so they are kept for a year. A build that fails is logged and answered 500 (and tried again on
 * the next request).
 */
export function mountDashboard(app: Express, config: DashboardConfig, graphqlPath: string, logger: Logger): void {
  const built = builtOnFirstRequest(() => buildDashboard({ pollSeconds: config.pollSeconds, graphqlPath }));
  const serve =
    (answer: (bundle: DashboardBundle, req: Request, res: Response, next: NextFunction) => void): RequestHandler =>
    async (req, res, next) => {
      let bundle: DashboardBundle;
      try {
        bundle = await built();
      } catch (error) {
        logger.error({ err: error }, "the dashboard could not be built");
        sendGraphQLError(
          res,
          500,
          "INTERNAL_SERVER_ERROR",
          "The dashboard is not available right now. It has been logged; please try again later.",
        );
        return;
      }
      answer(bundle, req, res, next);
    };
  app.use(DASHBOARD_PATH, securityHeaders);
  app.get(
    DASHBOARD_PATH,
    serve((bundle, _req, res) => {
      res.set("Cache-Control", "no-cache").type("text/html; charset=utf-8").send(bundle.page);
    }),
  );
  app.get(
    `${DASHBOARD_ASSETS_PATH}/:name`,
    serve((bundle, req, res, next) => {
      const asset = bundle.assets.get(String(req.params.name));
      if (!asset) return next();
      res
        .set({ "Content-Type": asset.contentType, "Cache-Control": "public, max-age=31536000, immutable" })
        .send(Buffer.from(asset.contents));
    }),
  );
}
