import { ROLES } from "../../lib/access/access.js";

/**
 * Rate limits no test run or benchmark reaches: the gateway still counts every request and charges every
 * operation (gateway/src/rate-limits.ts), but the suite's hundreds of requests from 127.0.0.1 and the
 * benchmark's thousands are never refused. Tests of the limits start gateways with low ones.
 */
export const UNREACHED_RATE_LIMITS: Record<string, string> = {
  ...Object.fromEntries(
    ROLES.flatMap((role) => [
      [`GATEWAY_RATE_LIMIT_${role.toUpperCase()}_REQUESTS`, "1000000000"],
      [`GATEWAY_RATE_LIMIT_${role.toUpperCase()}_COST`, "1000000000000"],
    ]),
  ),
  GATEWAY_MAX_INFLIGHT_PER_CALLER: "100000",
};
