import { UNREACHED_RATE_LIMITS } from "./rate-limit-env.js";

/**
 * How the benchmark switches our gateway's demand control and rate limits on and off: the one place
 * that names the gateway's variables for them (README, Configuration), to adjust here if they change.
 *
 * "On" is the deployed configuration doing its full work: every operation's cost estimated, and every
 * request and its cost counted against budgets shared through Redis, as replicas share them (spent from
 * leases, gateway/src/rate-limit-leases.ts: with these budgets one lease lasts a window, so the run shows
 * the price of a busy caller; a caller's first request in a window pays one round trip). Its limits are set far above anything
 * the benchmark's one client (one address, up to 50 requests in flight) can send in a run, so it is
 * never refused; a refusal (HTTP 429) counts as an error, so a throttled run shows in the results.
 * "Off" switches both off and changes nothing else.
 */
export function protectionsOn(redis: { url: string; keyPrefix: string }): Record<string, string> {
  return {
    GATEWAY_DEMAND_CONTROL: "true",
    GATEWAY_RATE_LIMIT: "true",
    GATEWAY_RATE_LIMIT_REDIS_URL: redis.url,
    GATEWAY_RATE_LIMIT_PREFIX: redis.keyPrefix,
    // Requests and cost per window for every role, and requests in flight (the benchmark keeps up to 50).
    ...UNREACHED_RATE_LIMITS,
  };
}

export const PROTECTIONS_OFF: Readonly<Record<string, string>> = {
  GATEWAY_DEMAND_CONTROL: "false",
  GATEWAY_RATE_LIMIT: "false",
};
