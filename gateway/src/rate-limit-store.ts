import type { Logger } from "pino";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Role } from "../../lib/access/access.js";
import { connectRedis, type RedisConnection } from "./redis-connection.js";

/**
 * Where the rate-limit counts live ([rate-limiter-flexible](https://github.com/animir/node-rate-limiter-flexible),
 * fixed windows): in Redis, shared by every gateway replica, when a Redis URL is configured; otherwise in
 * this process. With Redis, each count has an in-process twin (the library's insurance limiter) that
 * takes over when Redis is unreachable or slower than `redisTimeoutMs`: the gateway fails open to
 * per-replica limits rather than refusing or stalling every request while Redis is away.
 */
export type Budget = "requests" | "cost";

export interface QuotaStoreOptions {
  windowSeconds: number;
  /** What each role may spend per window, per budget. */
  limits: Record<Role, Record<Budget, number>>;
  redisUrl?: string;
  keyPrefix: string;
  redisTimeoutMs: number;
}

/** The caller's standing in one budget after a charge. */
export interface Standing {
  allowed: boolean;
  limit: number;
  /** Points counted in this window, this charge included. */
  used: number;
  remaining: number;
  /** Until the window starts afresh. */
  resetMs: number;
}

export interface QuotaStore {
  /** Charges `points` to `key` in `role`'s budget; a refused charge is still counted (the library's way). */
  charge(budget: Budget, role: Role, key: string, points: number): Promise<Standing>;
  /** Gives points back (a charge that was refused and must not drain the budget). */
  refund(budget: Budget, role: Role, key: string, points: number): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createQuotaStore(options: QuotaStoreOptions, logger: Logger): QuotaStore {
  let connection: RedisConnection | undefined;
  const limiters = new Map<string, RateLimiterAbstract>();

  const limiterFor = (budget: Budget, role: Role): RateLimiterAbstract => {
    const name = `${budget}:${role}`;
    let limiter = limiters.get(name);
    if (limiter) return limiter;
    const shape = { points: options.limits[role][budget], duration: options.windowSeconds, keyPrefix: `${options.keyPrefix}${name}` };
    const local = new RateLimiterMemory(shape);
    if (!connection) {
      limiter = local;
    } else {
      const shared = new RateLimiterRedis({
        ...shape,
        storeClient: connection.client(),
        useRedisPackage: true,
        // Disconnected: the in-process twin answers at once.
        rejectIfRedisNotReady: true,
        insuranceLimiter: local,
      });
      limiter = new RLWrapperTimeouts({ limiter: shared, timeoutMs: options.redisTimeoutMs, insuranceLimiter: local });
    }
    limiters.set(name, limiter);
    return limiter;
  };

  const standing = (budget: Budget, role: Role, result: RateLimiterRes, allowed: boolean): Standing => ({
    allowed,
    limit: options.limits[role][budget],
    used: result.consumedPoints,
    remaining: Math.max(0, result.remainingPoints),
    resetMs: Math.max(0, result.msBeforeNext),
  });

  return {
    async charge(budget, role, key, points) {
      try {
        return standing(budget, role, await limiterFor(budget, role).consume(key, points), true);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return standing(budget, role, refusal, false);
        throw refusal;
      }
    },
    async refund(budget, role, key, points) {
      await limiterFor(budget, role).reward(key, points);
    },
    async start() {
      if (options.redisUrl) {
        connection = await connectRedis(options.redisUrl, logger, "rate limits", "counting in this process until Redis answers");
      }
    },
    async stop() {
      await connection?.stop();
    },
  };
}
