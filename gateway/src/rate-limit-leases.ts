import { createHash } from "node:crypto";
import type { Deadline } from "./deadlines.js";
import type { RedisClient } from "./redis-connection.js";
import type { Standing } from "./window-counts.js";

/**
 * Shared fixed-window counts that cost no Redis round trip on most charges: a replica takes a **lease**
 * of a caller's budget from Redis in one atomic step (the script below) and spends it in this process.
 *
 * - The count in Redis is every unit leased by any replica in the window, spent or not, so the replicas
 *   together never serve more than the budget. A lease is what the charge needs plus a spare of at most
 *   `leaseShare` of the budget, and at most half of what would be left after it, so the spare shrinks as
 *   the budget runs out and the last units go one charge at a time.
 * - The price of that: while a caller is refused by one replica, other replicas may still hold spare
 *   units of its budget, at most (replicas − 1) × `leaseShare` × budget, which they serve to it and
 *   which end with the window. A budget smaller than 1 ÷ `leaseShare` units has no spare: every charge
 *   goes to Redis, and the replicas count exactly as one.
 * - The window is Redis's: a lease ends when the key does (its PTTL, measured from before the command
 *   was sent, so a lease never outlives its window here).
 * - A refused charge is not counted. While a caller's lease is being taken, its other charges wait for
 *   it rather than each taking one.
 */
const LEASE_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local ttl = redis.call('PTTL', KEYS[1])
local need, spare, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
if ttl < 0 then used = 0; ttl = window end
local available = limit - used
if need > available then return {0, used, ttl} end
local grant = need + math.min(spare, math.floor((available - need) / 2))
redis.call('SET', KEYS[1], string.format('%d', used + grant), 'PX', ttl)
return {grant, used + grant, ttl}
`;
const LEASE_SCRIPT_SHA = createHash("sha1").update(LEASE_SCRIPT).digest("hex");

interface Lease {
  /** Units leased to this replica and not spent yet. */
  left: number;
  /** The count in Redis after this replica's last lease: every replica's leases in the window. */
  shared: number;
  /** When the window ends (Date.now() time). */
  endsAt: number;
}

export interface LeaseOptions {
  windowMs: number;
  /** The largest spare a lease takes, as a share of the budget (GATEWAY_RATE_LIMIT_LEASE_PERCENT ÷ 100). */
  leaseShare: number;
}

/** What Redis answered: a grant (the lease now covers the charge), or a refusal with the caller's standing. */
type Taken = { granted: true } | { granted: false; standing: Standing };

export class LeasedCounts {
  private readonly leases = new Map<string, Lease>();
  private readonly taking = new Map<string, Promise<unknown>>();
  private lastSweep = Date.now();
  /** Leases taken from Redis, for /metrics: how many charges went to Redis. */
  leasesTaken = 0;

  constructor(
    private readonly options: LeaseOptions,
    private readonly deadline: Deadline,
  ) {}

  /**
   * Charges `points` to the Redis key `key`. `redis` is the client when it can take a command now;
   * undefined (or a command that fails or misses the deadline: thrown) means the caller must count
   * some other way, unless the lease already covers the charge.
   */
  async charge(redis: RedisClient | undefined, key: string, points: number, limit: number): Promise<Standing | undefined> {
    for (;;) {
      const spent = this.spend(key, points, limit);
      if (spent) return spent;
      const lease = this.current(key, Date.now());
      const pending = this.taking.get(key);
      if (pending) {
        await pending;
        continue;
      }
      if (!redis) return undefined;
      const taking = this.take(redis, key, points - (lease?.left ?? 0), limit);
      this.taking.set(
        key,
        taking.catch(() => undefined),
      );
      let taken: Taken;
      try {
        taken = await taking;
      } finally {
        this.taking.delete(key);
      }
      if (!taken.granted) return taken.standing;
    }
  }

  /** The charge spent from this replica's lease, at once; undefined when the lease does not cover it. */
  spend(key: string, points: number, limit: number): Standing | undefined {
    const now = Date.now();
    this.sweep(now);
    const lease = this.current(key, now);
    if (!lease || lease.left < points) return undefined;
    lease.left -= points;
    return this.standing(lease, limit, now, true);
  }

  private async take(redis: RedisClient, key: string, need: number, limit: number): Promise<Taken> {
    const sentAt = Date.now();
    const spare = Math.floor(limit * this.options.leaseShare);
    const args = { keys: [key], arguments: [String(need), String(spare), String(limit), String(this.options.windowMs)] };
    const reply = (await this.deadline(
      redis.evalSha(LEASE_SCRIPT_SHA, args).catch((error: unknown) => {
        if (error instanceof Error && error.message.startsWith("NOSCRIPT")) return redis.eval(LEASE_SCRIPT, args);
        throw error;
      }),
    )) as [number, number, number];
    const [grant, shared, ttl] = reply.map(Number);
    this.leasesTaken++;
    const endsAt = sentAt + ttl;
    const now = Date.now();
    const current = this.current(key, now);
    if (!grant) {
      const standing = { allowed: false, limit, remaining: Math.max(0, limit - shared + (current?.left ?? 0)), resetMs: Math.max(0, ttl) };
      return { granted: false, standing };
    }
    // What is left of this replica's lease adds up: a lease that has not ended here belongs to the window
    // the script saw (a lease ends here no later than its key in Redis).
    const left = (current?.left ?? 0) + grant;
    this.leases.set(key, { left, shared, endsAt });
    return { granted: true };
  }

  private current(key: string, now: number): Lease | undefined {
    const lease = this.leases.get(key);
    if (lease && lease.endsAt <= now) {
      this.leases.delete(key);
      return undefined;
    }
    return lease;
  }

  private standing(lease: Lease, limit: number, now: number, allowed: boolean): Standing {
    return { allowed, limit, remaining: Math.max(0, limit - lease.shared + lease.left), resetMs: lease.endsAt - now };
  }

  /** Ended leases go once a window, so callers seen once do not stay in memory. */
  private sweep(now: number) {
    if (now - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = now;
    for (const [key, lease] of this.leases) if (lease.endsAt <= now) this.leases.delete(key);
  }
}
