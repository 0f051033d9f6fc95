import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import { readInteger, readOptionalString, readString, type Environment } from "../../lib/runtime/config.js";
import { connectRedis, type RedisConnection } from "./redis-connection.js";
import { createDeadline } from "./deadlines.js";
import { committedAWrite } from "./committed-writes.js";
import type { GatewayContext } from "./context.js";

/**
 * A whole-response cache for the public graph, shared by every gateway replica through Redis
 * (`@apollo/server-plugin-response-cache` over a Redis key-value store).
 *
 * - What is cached: a query's answer to an anonymous caller, without errors, for as long as the
 *   subgraphs' cache hints allow (each subgraph sends `Cache-Control: max-age=…` computed by Apollo
 *   Server's cache-control plugin; the gateway keeps the shortest, lib/subgraph/subgraph-server.ts). A field that
 *   needs a signed-in caller is hinted PRIVATE, so an answer holding one is never stored. A signed-in
 *   caller is never served from the cache nor stored in it.
 * - Writes: a mutation through either endpoint of any replica that committed a write moves a generation
 *   counter in Redis once it has been answered, and the generation is part of every cache key, so the
 *   next query after a write is answered afresh (read-your-writes holds across replicas). A mutation that
 *   wrote nothing (refused before it ran, or refused by the subgraphs in every root field) moves nothing,
 *   so refused requests cannot empty the cache (committed-writes.ts says how a write is recognised). A write that bypasses the gateway
 *   (the seed, SQL by hand) shows after at most the hinted max-age. The hash of the API schema the
 *   endpoint serves is part of the key too, so a hot reload starts from an empty cache.
 * - Redis unreachable: the cache is skipped (a warning, at most once a minute) and the graph answers
 *   from the subgraphs; a cache never makes a request fail.
 * - The gateway sends no `Cache-Control` header of its own: a browser or CDN copy could not be told
 *   about a write.
 */
export interface ResponseCacheConfig {
  /** GATEWAY_RESPONSE_CACHE_REDIS_URL, e.g. redis://127.0.0.1:6379; unset, there is no response cache. */
  redisUrl?: string;
  /** GATEWAY_RESPONSE_CACHE_PREFIX (default `ipg:response-cache:`): lets several graphs share one Redis. */
  keyPrefix: string;
  /** GATEWAY_RESPONSE_CACHE_TIMEOUT_MS (default 200): a Redis command slower than this counts as a miss. */
  commandTimeoutMs: number;
}

export function readResponseCacheConfig(env: Environment): ResponseCacheConfig {
  return {
    redisUrl: readOptionalString(env, "GATEWAY_RESPONSE_CACHE_REDIS_URL"),
    keyPrefix: readString(env, "GATEWAY_RESPONSE_CACHE_PREFIX", "ipg:response-cache:"),
    commandTimeoutMs: readInteger(env, "GATEWAY_RESPONSE_CACHE_TIMEOUT_MS", 200, { min: 1, max: 60_000 }),
  };
}

export interface ResponseCache {
  /**
   * The plugins of one endpoint ("full" for /graphql, "partner" for /partner/graphql); `schemaHash` is the
   * hash of the API schema it serves now, so answers computed before a hot reload are not reused after it.
   */
  plugins(endpoint: string, schemaHash: () => string): Array<ApolloServerPlugin<GatewayContext>>;
  /** `gateway_response_cache_lookups_total{result}`: hit, miss, or error (Redis failed or was too slow: answered afresh). */
  registerMetrics(registry: Registry): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type Generation = string | null;

export function createResponseCache(config: ResponseCacheConfig, logger: Logger): ResponseCache | undefined {
  if (!config.redisUrl) return undefined;
  const { redisUrl } = config;
  // Made in start(): the Redis client is loaded only by a gateway that has a cache.
  let connection: RedisConnection | undefined;
  const warn = (error: unknown, what: string) => connection?.warn(error, what);
  const ready = () => connection?.ready();

  const withDeadline = createDeadline(config.commandTimeoutMs);
  const generationKey = `${config.keyPrefix}generation`;
  const readGeneration = async (): Promise<Generation> => {
    const redis = ready();
    if (!redis) return null;
    try {
      return (await withDeadline(redis.get(generationKey))) ?? "0";
    } catch (error) {
      warn(error, "reading the generation");
      return null;
    }
  };

  // One lookup per request the cache may answer (an anonymous query while Redis is up).
  const lookups = new Counter({
    name: "gateway_response_cache_lookups_total",
    help: "Response cache lookups of anonymous queries, by result (hit, miss, error)",
    labelNames: ["result"],
    registers: [],
  });
  const store: KeyValueCache<string> = {
    async get(key) {
      const redis = ready();
      if (!redis) {
        lookups.inc({ result: "error" });
        return undefined;
      }
      try {
        const value = (await withDeadline(redis.get(config.keyPrefix + key))) ?? undefined;
        lookups.inc({ result: value === undefined ? "miss" : "hit" });
        return value;
      } catch (error) {
        lookups.inc({ result: "error" });
        warn(error, "a read");
        return undefined;
      }
    },
    async set(key, value, options?: KeyValueCacheSetOptions) {
      const redis = ready();
      if (!redis || !options?.ttl) return;
      try {
        await withDeadline(redis.set(config.keyPrefix + key, value, { EX: Math.ceil(options.ttl) }));
      } catch (error) {
        warn(error, "a write");
      }
    },
    async delete(key) {
      const redis = ready();
      if (!redis) return;
      await withDeadline(redis.del(config.keyPrefix + key)).catch((error: unknown) => warn(error, "a delete"));
    },
  };

  // The generation each request read; null (a signed-in caller, or Redis not answering) means no cache.
  const generations = new WeakMap<object, Generation>();
  const cacheable = async (request: GraphQLRequestContext<GatewayContext>) => generations.get(request.contextValue) != null;

  const invalidateOnWrite: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(request) {
          const redis = ready();
          if (request.operation?.operation !== "mutation" || !redis) return;
          // Only a write that committed: a refused mutation must not flush every replica's cache.
          if (!committedAWrite(request.contextValue)) return;
          await withDeadline(redis.incr(generationKey)).catch((error: unknown) => warn(error, "moving the generation after a write"));
        },
      };
    },
  };

  return {
    plugins(endpoint, schemaHash) {
      return [
        invalidateOnWrite,
        responseCachePlugin<GatewayContext>({
          cache: store,
          // Only the anonymous caller's answers are shared; the generation makes a write invalidate them.
          extraCacheKeyData: async (request) => {
            const generation = request.contextValue.caller.role === "public" ? await readGeneration() : null;
            generations.set(request.contextValue, generation);
            return { endpoint, schema: schemaHash(), generation };
          },
          shouldReadFromCache: cacheable,
          shouldWriteToCache: cacheable,
        }),
      ];
    },
    registerMetrics(registry) {
      registry.registerMetric(lookups);
    },
    async start() {
      connection = await connectRedis(redisUrl, logger, "response cache", "answering without the cache");
    },
    async stop() {
      await connection?.stop();
    },
  };
}
