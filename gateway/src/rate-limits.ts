import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from "@apollo/server";
import type { Express, Request, RequestHandler, Response } from "express";
import ipaddr from "ipaddr.js";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";
import { ANONYMOUS, ROLES, type Caller, type Role } from "../../lib/access/access.js";
import { readBoolean, readInteger, readOptionalString, readString, type Environment } from "../../lib/runtime/config.js";
import type { Authenticate } from "./authentication.js";
import { createQuotaStore, type Budget, type Standing } from "./rate-limit-store.js";
import type { CountedCaller, GatewayContext } from "./context.js";

/**
 * Rate limits and fairness at the gateway, for /graphql and /partner/graphql.
 *
 * - Who is who: a signed-in caller is its token's subject (`sub`); an anonymous caller, or a token
 *   without a subject, is its client address, an IPv6 address taken by its /64 (one host holds a
 *   whole /64). The client address is the connection's peer, or the address a trusted proxy
 *   (`GATEWAY_TRUSTED_PROXIES`) names in X-Forwarded-For (Express's `trust proxy`, proxy-addr); from
 *   anyone else X-Forwarded-For is ignored. A request whose token fails verification counts against
 *   its address (and is then refused 401 by authentication.ts), so sending junk tokens gains nothing.
 * - Requests per window: counted by an Express middleware before the body is read, so a refusal costs
 *   one counter update.
 * - Cost per window: the operation's estimated cost (demand control's `contextValue.demand`, 1 when
 *   absent) is charged once the operation is resolved and before any subgraph is called; an
 *   operation over the remaining budget is refused and not charged. An answer from the response cache
 *   calls no subgraph and is not charged.
 * - In flight: at most `maxInflightPerCaller` requests of one caller at once on this replica, so one
 *   caller's slow queries cannot occupy a subgraph's time.
 * - Refusals: HTTP 429, `Retry-After`, and the RateLimit / RateLimit-Policy fields of
 *   draft-ietf-httpapi-ratelimit-headers-11; every answer that was counted carries the fields too.
 * - Shared state: the counts live in Redis when `GATEWAY_RATE_LIMIT_REDIS_URL` is set, each replica spending
 *   leases of a caller's budget so that most requests touch no Redis (rate-limit-store.ts,
 *   rate-limit-leases.ts); the in-flight count is per replica by nature.
 */
export type Policy = Record<Budget, number>;

export interface RateLimitConfig {
  /** GATEWAY_RATE_LIMIT (default true). */
  enabled: boolean;
  /** GATEWAY_RATE_LIMIT_WINDOW_SECONDS (default 60). */
  windowSeconds: number;
  /** GATEWAY_RATE_LIMIT_<ROLE>_REQUESTS and _COST, per window. */
  policies: Record<Role, Policy>;
  /** GATEWAY_MAX_INFLIGHT_PER_CALLER (default 8), per replica. */
  maxInflightPerCaller: number;
  /** GATEWAY_TRUSTED_PROXIES: addresses, CIDRs or proxy-addr names (`loopback`, `uniquelocal`…); none by default. */
  trustedProxies: string[];
  /** GATEWAY_RATE_LIMIT_REDIS_URL; unset, each replica counts alone. */
  redisUrl?: string;
  /** GATEWAY_RATE_LIMIT_PREFIX (default `ipg:rate-limit:`). */
  keyPrefix: string;
  /** GATEWAY_RATE_LIMIT_REDIS_TIMEOUT_MS (default 100): slower, this replica's own count decides. */
  redisTimeoutMs: number;
  /** GATEWAY_RATE_LIMIT_LEASE_PERCENT (default 5): the largest spare a replica leases, in per cent of a budget. */
  leasePercent: number;
}

/** Per window of 60 s. The anonymous caller gets a quarter of a signed-in one. */
export const DEFAULT_POLICIES: Readonly<Record<Role, Policy>> = {
  public: { requests: 300, cost: 250_000 },
  partner: { requests: 1200, cost: 1_000_000 },
  officer: { requests: 1200, cost: 1_000_000 },
  administrator: { requests: 1200, cost: 1_000_000 },
  operator: { requests: 1200, cost: 1_000_000 },
};

export function readRateLimitConfig(env: Environment): RateLimitConfig {
  const policies = Object.fromEntries(
    ROLES.map((role) => {
      const name = `GATEWAY_RATE_LIMIT_${role.toUpperCase()}`;
      const fallback = DEFAULT_POLICIES[role];
      return [
        role,
        {
          requests: readInteger(env, `${name}_REQUESTS`, fallback.requests, { min: 1 }),
          cost: readInteger(env, `${name}_COST`, fallback.cost, { min: 1 }),
        },
      ];
    }),
  ) as Record<Role, Policy>;
  return {
    enabled: readBoolean(env, "GATEWAY_RATE_LIMIT", true),
    windowSeconds: readInteger(env, "GATEWAY_RATE_LIMIT_WINDOW_SECONDS", 60, { min: 1, max: 86_400 }),
    policies,
    maxInflightPerCaller: readInteger(env, "GATEWAY_MAX_INFLIGHT_PER_CALLER", 8, { min: 1 }),
    trustedProxies: (readOptionalString(env, "GATEWAY_TRUSTED_PROXIES") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    redisUrl: readOptionalString(env, "GATEWAY_RATE_LIMIT_REDIS_URL"),
    keyPrefix: readString(env, "GATEWAY_RATE_LIMIT_PREFIX", "ipg:rate-limit:"),
    redisTimeoutMs: readInteger(env, "GATEWAY_RATE_LIMIT_REDIS_TIMEOUT_MS", 100, { min: 1, max: 60_000 }),
    leasePercent: readInteger(env, "GATEWAY_RATE_LIMIT_LEASE_PERCENT", 5, { min: 0, max: 50 }),
  };
}

/** Express's `trust proxy` from GATEWAY_TRUSTED_PROXIES; a wrong entry stops the gateway at start. */
export function trustProxies(app: Express, proxies: string[]): void {
  try {
    app.set("trust proxy", proxies.length ? proxies : false);
  } catch (error) {
    throw new Error(`GATEWAY_TRUSTED_PROXIES: ${(error as Error).message}`);
  }
}

function addressKeyOf(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return "unknown";
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${parsed.toNormalizedString().split(":").slice(0, 4).join(":")}::/64`;
}

// Parsing an address on every request costs more than the rest of the counting; the last few thousand are kept.
const KNOWN_ADDRESSES = 10_000;
const addressKeys = new Map<string, string>();

/** The client address a count is kept under: an IPv4 address, or an IPv6 address's /64. */
export function addressKey(address: string | undefined): string {
  if (address === undefined) return addressKeyOf(address);
  let key = addressKeys.get(address);
  if (key === undefined) {
    if (addressKeys.size >= KNOWN_ADDRESSES) addressKeys.clear();
    addressKeys.set(address, (key = addressKeyOf(address)));
  }
  return key;
}

export function callerKey(caller: Caller, address: string | undefined): string {
  const who = caller.role !== "public" && caller.subject ? `subject:${caller.subject}` : `address:${addressKey(address)}`;
  return `${caller.role}:${who}`;
}

interface Refusal {
  code: "RATE_LIMITED" | "TOO_MANY_REQUESTS_IN_FLIGHT";
  message: string;
  retryAfterSeconds: number;
  extensions?: Record<string, unknown>;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export interface RateLimits {
  /** Mount before the body is parsed, on the graph's paths. */
  middleware: RequestHandler;
  /** The cost budget, for both endpoints' Apollo Servers (after the response cache's plugins). */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** The counted caller of a request (the middleware's), for the context. */
  countedCaller(res: Response): CountedCaller | undefined;
  registerMetrics(registry: Registry): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createRateLimits(config: RateLimitConfig, authenticate: Authenticate, logger: Logger): RateLimits {
  const store = createQuotaStore(
    {
      windowSeconds: config.windowSeconds,
      limits: config.policies,
      redisUrl: config.redisUrl,
      keyPrefix: config.keyPrefix,
      redisTimeoutMs: config.redisTimeoutMs,
      leasePercent: config.leasePercent,
    },
    logger,
  );
  const refused = new Counter({
    name: "gateway_rate_limited_total",
    help: "Requests refused with 429 by the rate limits, by reason (requests, cost, in_flight) and role",
    labelNames: ["reason", "role"],
    registers: [],
  });
  const leases = new Counter({
    name: "gateway_rate_limit_leases_total",
    help: "Leases of callers' budgets taken from Redis, by budget (one round trip each; other charges spend leases)",
    labelNames: ["budget"],
    registers: [],
    collect() {
      this.reset();
      for (const budget of ["requests", "cost"] as const) this.inc({ budget }, store.leasesTaken(budget));
    },
  });
  const inflight = new Map<string, number>();
  const inProgress = new Gauge({
    name: "gateway_requests_in_flight",
    help: "Requests to the graph in progress on this replica, all callers together",
    registers: [],
    collect() {
      let total = 0;
      for (const count of inflight.values()) total += count;
      this.set(total);
    },
  });
  // The counted caller rides on the response's locals (cheaper than a WeakMap entry per request).
  const COUNTED = "ipgRateLimitCaller";

  // RateLimit-Policy and RateLimit (draft-ietf-httpapi-ratelimit-headers-11): one quota policy item per budget.
  const policyFields = new Map(
    ROLES.map((role) => {
      const { requests, cost } = config.policies[role];
      return [role, `"requests";q=${requests};w=${config.windowSeconds}, "cost";q=${cost};w=${config.windowSeconds}`];
    }),
  );
  const policyField = (role: Role) => policyFields.get(role)!;
  const limitItem = (name: string, standing: Standing) => `"${name}";r=${standing.remaining};t=${seconds(standing.resetMs)}`;
  const limitField = (requests: Standing, cost?: Standing) =>
    cost ? `${limitItem("requests", requests)}, ${limitItem("cost", cost)}` : limitItem("requests", requests);

  const refusalBody = (refusal: Refusal) => ({
    errors: [
      {
        message: refusal.message,
        extensions: { code: refusal.code, retryAfterSeconds: refusal.retryAfterSeconds, ...refusal.extensions },
      },
    ],
  });
  const refuse = (res: Response, role: Role, reason: string, refusal: Refusal) => {
    refused.inc({ reason, role });
    res.status(429).setHeader("Retry-After", String(refusal.retryAfterSeconds)).json(refusalBody(refusal));
  };

  const middleware: RequestHandler = async (req: Request, res: Response, next) => {
    if (req.method === "OPTIONS") return next();
    // A token that fails verification is refused later (401); until then it is counted by address.
    const caller = await authenticate(req.headers).catch(() => ANONYMOUS);
    const role = caller.role;
    const key = callerKey(caller, req.ip);

    const running = inflight.get(key) ?? 0;
    if (running >= config.maxInflightPerCaller) {
      return refuse(res, role, "in_flight", {
        code: "TOO_MANY_REQUESTS_IN_FLIGHT",
        message: `You already have ${running} requests in progress; send the next one when one of them has been answered.`,
        retryAfterSeconds: 1,
        extensions: { limit: config.maxInflightPerCaller },
      });
    }
    inflight.set(key, running + 1);
    res.once("close", () => {
      const left = (inflight.get(key) ?? 1) - 1;
      if (left > 0) inflight.set(key, left);
      else inflight.delete(key);
    });

    const charged = store.charge("requests", role, key, 1);
    const requests = charged instanceof Promise ? await charged : charged;
    res.setHeader("RateLimit-Policy", policyField(role));
    res.setHeader("RateLimit", limitField(requests));
    if (!requests.allowed) {
      return refuse(res, role, "requests", {
        code: "RATE_LIMITED",
        message: `Too many requests: ${requests.limit} per ${config.windowSeconds} s are allowed; try again in ${seconds(requests.resetMs)} s.`,
        retryAfterSeconds: seconds(requests.resetMs),
        extensions: { policy: "requests" },
      });
    }
    (res.locals as Record<string, CountedCaller>)[COUNTED] = { role, key, requests };
    next();
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      const who = contextValue.rateLimit;
      if (!who) return;
      return {
        // After didResolveOperation (demand control's estimate) and after the response cache's answer,
        // before execution: nothing has been asked of a subgraph yet.
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          const estimate = request.contextValue.demand?.estimatedCost;
          const points = Math.max(1, Math.ceil(Number.isFinite(estimate) ? estimate! : 1));
          const charged = store.charge("cost", who.role, who.key, points);
          const cost = charged instanceof Promise ? await charged : charged;
          if (cost.allowed) {
            request.response.http.headers.set("ratelimit", limitField(who.requests, cost));
            return null;
          }
          // Not charged: what was left before this operation is still left.
          const left = cost.remaining;
          refused.inc({ reason: "cost", role: who.role });
          const retryAfterSeconds = seconds(cost.resetMs);
          const headers = new HeaderMap([
            ["ratelimit", limitField(who.requests, { ...cost, remaining: left })],
            ["retry-after", String(retryAfterSeconds)],
          ]);
          return {
            http: { status: 429, headers },
            body: {
              kind: "single",
              singleResult: refusalBody({
                code: "RATE_LIMITED",
                message: `This operation's estimated cost (${points}) is more than is left (${left}) of your budget of ${cost.limit} per ${config.windowSeconds} s; try again in ${retryAfterSeconds} s.`,
                retryAfterSeconds,
                extensions: { policy: "cost", cost: points, remaining: left, limit: cost.limit },
              }),
            },
          };
        },
      };
    },
  };

  return {
    middleware,
    plugin,
    countedCaller: (res) => (res.locals as Record<string, CountedCaller | undefined>)[COUNTED],
    registerMetrics(registry) {
      registry.registerMetric(refused);
      registry.registerMetric(inProgress);
      registry.registerMetric(leases);
    },
    start: () => store.start(),
    stop: () => store.stop(),
  };
}
