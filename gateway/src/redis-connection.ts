import type { Logger } from "pino";

// A command while disconnected fails at once instead of queueing behind a dead connection. No
// per-command timeout (node-redis would arm an AbortSignal timer for every command): each feature puts
// one deadline on its commands (deadlines.ts).
const newClient = (redis: typeof import("redis"), url: string) =>
  redis.createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: 0 },
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
  });
export type RedisClient = ReturnType<typeof newClient>;

/**
 * A Redis connection the gateway can live without (the response cache, the shared rate-limit counts):
 * a Redis that is down at start-up is not fatal, the client keeps reconnecting in the background, and
 * failures are logged at most once a minute. `what` names the feature in the logs.
 */
export interface RedisConnection {
  /** The client when it can take a command now; undefined while disconnected. */
  ready(): RedisClient | undefined;
  /** The client, connected or not (for a library that checks `isReady` itself). */
  client(): RedisClient;
  /** Logs a failure, at most once a minute. */
  warn(error: unknown, what: string): void;
  stop(): Promise<void>;
}

export async function connectRedis(url: string, logger: Logger, feature: string, consequence: string): Promise<RedisConnection> {
  let lastWarning = 0;
  const warn = (error: unknown, what: string) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    logger.warn({ err: error }, `${feature}: ${what} failed; ${consequence}`);
  };
  // Loaded only by a gateway that uses Redis.
  const client = newClient(await import("redis"), url);
  client.on("error", (error: unknown) => warn(error, "Redis connection"));
  const connected = client.connect().catch((error: unknown) => warn(error, "connecting to Redis"));
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  return {
    ready: () => (client.isReady ? client : undefined),
    client: () => client,
    warn,
    async stop() {
      // A client still trying to reach Redis has nothing to flush: drop it rather than wait.
      if (client.isReady) await client.close().catch(() => client.destroy());
      else if (client.isOpen) client.destroy();
    },
  };
}
