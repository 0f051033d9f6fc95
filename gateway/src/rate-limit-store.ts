import type { Logger } from "pino";
import type { Role } from "../../lib/access/access.js";
import { LeasedCounts } from "./rate-limit-leases.js";
import { connectRedis, type RedisConnection } from "./redis-connection.js";
import { createDeadline } from "./deadlines.js";
import { WindowCounts, type Standing } from "./window-counts.js";

/**
 * Where the rate-limit counts live (fixed windows): in Redis, shared by every gateway replica, when a
 * Redis URL is configured, spent from leases so that most charges touch no Redis (rate-limit-leases.ts);
 * otherwise in this process (window-counts.ts). With Redis, a charge the replica's lease does not cover
 * while Redis is unreachable or slower than `redisTimeoutMs` is counted in this process instead: the
 * gateway fails open to per-replica limits rather than refusing or stalling every request while Redis
 * is away.
 */
export type Budget = "requests" | "cost";
export type { Standing };

export interface QuotaStoreOptions {
  windowSeconds: number;
  /** What each role may spend per window, per budget. */
  limits: Record<Role, Record<Budget, number>>;
  redisUrl?: string;
  keyPrefix: string;
  redisTimeoutMs: number;
  /** The largest spare of a lease, in per cent of the budget (0: every charge asks Redis). */
  leasePercent: number;
}

export interface QuotaStore {
  /**
   * Charges `points` to `key` in `role`'s budget; a refused charge is not counted. The standing comes at
   * once when no Redis is needed (a lease covers it, or the count is in process), else as a promise.
   */
  charge(budget: Budget, role: Role, key: string, points: number): Standing | Promise<Standing>;
  /** Leases taken from Redis so far (each one round trip), per budget. */
  leasesTaken(budget: Budget): number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createQuotaStore(options: QuotaStoreOptions, logger: Logger): QuotaStore {
  const windowMs = options.windowSeconds * 1000;
  let connection: RedisConnection | undefined;
  const local = new WindowCounts(windowMs);
  const deadline = createDeadline(options.redisTimeoutMs);
  const leaseOptions = { windowMs, leaseShare: options.leasePercent / 100 };
  const leased: Record<Budget, LeasedCounts> = {
    requests: new LeasedCounts(leaseOptions, deadline),
    cost: new LeasedCounts(leaseOptions, deadline),
  };

  const chargeShared = async (connection: RedisConnection, budget: Budget, name: string, points: number, limit: number) => {
    try {
      const standing = await leased[budget].charge(connection.ready(), `${options.keyPrefix}${name}`, points, limit);
      if (standing) return standing;
    } catch (error) {
      connection.warn(error, "counting in Redis");
    }
    return local.charge(name, points, limit);
  };

  return {
    charge(budget, role, key, points) {
      const limit = options.limits[role][budget];
      // `key` names the role too (rate-limits.ts callerKey).
      const name = `${budget}:${key}`;
      if (!connection) return local.charge(name, points, limit);
      return leased[budget].spend(`${options.keyPrefix}${name}`, points, limit) ?? chargeShared(connection, budget, name, points, limit);
    },
    leasesTaken: (budget) => leased[budget].leasesTaken,
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
