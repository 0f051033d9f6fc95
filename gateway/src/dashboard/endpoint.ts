import type { Express, RequestHandler } from "express";
import type { Logger } from "pino";
import { buildDashboard, DASHBOARD_ASSETS_PATH } from "./bundle.js";
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
 * Serves the reference dashboard (dashboard/) at /dashboard: builds it first (esbuild, in memory), so a
 * gateway whose dashboard does not build does not start. The page is revalidated on every visit; its
 * assets carry their content hash in their names, so they are kept for a year.
 */
export async function mountDashboard(app: Express, config: DashboardConfig, graphqlPath: string, logger: Logger): Promise<void> {
  const started = Date.now();
  const bundle = await buildDashboard({ pollSeconds: config.pollSeconds, graphqlPath });
  logger.debug({ ms: Date.now() - started, assets: [...bundle.assets.keys()] }, "dashboard built");
  app.use(DASHBOARD_PATH, securityHeaders);
  app.get(DASHBOARD_PATH, (_req, res) => {
    res.set("Cache-Control", "no-cache").type("text/html; charset=utf-8").send(bundle.page);
  });
  app.get(`${DASHBOARD_ASSETS_PATH}/:name`, (req, res, next) => {
    const asset = bundle.assets.get(req.params.name);
    if (!asset) return next();
    res.set({ "Content-Type": asset.contentType, "Cache-Control": "public, max-age=31536000, immutable" }).send(Buffer.from(asset.body));
  });
}
