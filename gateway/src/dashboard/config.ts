import { isProduction, readBoolean, readInteger, type Environment } from "../../../lib/runtime/config.js";

/** The reference dashboard at /dashboard (dashboard/README.md): whether it is served, and how often it asks again. */
export interface DashboardConfig {
  /** GATEWAY_DASHBOARD: on by default in development, off in production unless set to true. */
  enabled: boolean;
  /** GATEWAY_DASHBOARD_POLL_SECONDS (default 30): how often an open dashboard asks the graph again. */
  pollSeconds: number;
}

export function readDashboardConfig(env: Environment): DashboardConfig {
  return {
    enabled: readBoolean(env, "GATEWAY_DASHBOARD", !isProduction(env)),
    pollSeconds: readInteger(env, "GATEWAY_DASHBOARD_POLL_SECONDS", 30, { min: 1, max: 3600 }),
  };
}
