import type { Express, RequestHandler } from "express";
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

/** Builds the dashboard for this gateway's settings (gateway/src/dashboard/bundle.ts). */
export const buildGatewayDashboard = (config: DashboardConfig, graphqlPath: string): Promise<DashboardBundle> =>
  buildDashboard({ pollSeconds: config.pollSeconds, graphqlPath });

/**
 * Serves the built dashboard (dashboard/) at /dashboard. The page is revalidated on every visit; its
 * assets carry their content hash in their names, so they are kept for a year.
 */
export function mountDashboard(app: Express, bundle: DashboardBundle): void {
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
