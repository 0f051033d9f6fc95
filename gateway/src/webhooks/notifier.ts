import type { Logger } from "pino";
import { classifyChanges, isBreaking, type SchemaChange } from "../../../lib/schema/schema-changes.js";
import type { SchemaServingConfig, SchemaWebhook } from "../schema-serving-config.js";
import type { ApiSchemaSnapshot, ServedSchema } from "../served-schema.js";
import { openDeliveryLog, type DeliveryLog } from "./delivery-log.js";
import { signDelivery } from "./signature.js";

/**
 * Schema change notifications: on every reload that changes an API schema, each partner subscribed to
 * it gets a POST with the classified changes (graphql-inspector), signed with its secret by the
 * Standard Webhooks scheme (signature.ts). A delivery is retried with exponential backoff, under the
 * same id, until it succeeds or its attempts run out, and logged in the delivery log, which also makes
 * sure that of several gateway replicas reloading the same change only one delivers it.
 */
export interface SchemaChangeNotification {
  partner: string;
  version: string;
  previousVersion: string;
  hash: string;
  previousHash: string;
  changedAt: string;
  changes: SchemaChange[];
  breaking: boolean;
}

export interface SchemaNotifier {
  stop(): Promise<void>;
}

export async function startSchemaNotifier(
  config: SchemaServingConfig,
  served: ServedSchema[],
  logger: Logger,
): Promise<SchemaNotifier | undefined> {
  if (!config.webhooks.length) return undefined;
  if (!config.databaseUrl) {
    logger.warn(
      "SCHEMA_WEBHOOKS are configured but neither GATEWAY_DATABASE_URL nor DATABASE_URL is set: schema change notifications are disabled",
    );
    return undefined;
  }
  const log = await openDeliveryLog(config.databaseUrl);
  const stopping = new AbortController();
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };

  for (const schema of served) {
    const subscribers = config.webhooks.filter((webhook) => webhook.schema === schema.audience);
    if (!subscribers.length) continue;
    const announce = async (previous: ApiSchemaSnapshot, next: ApiSchemaSnapshot) => {
      const changes = await classifyChanges(previous.sdl, next.sdl);
      const changedAt = new Date().toISOString();
      await Promise.all(
        subscribers.map(async (webhook) => {
          const notification: SchemaChangeNotification = {
            partner: webhook.partner,
            version: next.version,
            previousVersion: previous.version,
            hash: next.hash,
            previousHash: previous.hash,
            changedAt,
            changes,
            breaking: isBreaking(changes),
          };
          const id = await log.claim({ ...notification, url: webhook.url, audience: schema.audience });
          if (!id) return logger.info({ partner: webhook.partner, hash: next.hash }, "schema change already announced by another gateway");
          await deliver(webhook, id, notification, { log, config: config.delivery, signal: stopping.signal, logger });
        }),
      );
    };
    schema.onChange((previous, next) => {
      track(
        announce(previous, next).catch((error: Error) =>
          logger.error({ audience: schema.audience, error: error.message }, "could not announce a schema change"),
        ),
      );
    });
  }

  return {
    async stop() {
      stopping.abort();
      await Promise.allSettled([...running]);
      await log.close();
    },
  };
}

async function deliver(
  webhook: SchemaWebhook,
  id: string,
  notification: SchemaChangeNotification,
  context: { log: DeliveryLog; config: SchemaServingConfig["delivery"]; signal: AbortSignal; logger: Logger },
): Promise<void> {
  const { log, config, signal, logger } = context;
  const body = JSON.stringify(notification);
  for (let attempt = 1; attempt <= config.attempts; attempt++) {
    const error = await post(webhook, id, notification.version, body, config.timeoutMs);
    if (!error) {
      await log.delivered(id, attempt);
      logger.info({ partner: webhook.partner, version: notification.version, attempt }, "schema change delivered");
      return;
    }
    const final = attempt === config.attempts;
    await log.attemptFailed(id, attempt, error, final);
    logger.warn({ partner: webhook.partner, version: notification.version, attempt, error, final }, "schema change delivery failed");
    if (final) return;
    await sleep(config.retryBaseMs * 2 ** (attempt - 1), signal);
    if (signal.aborted) return;
  }
}

/** One attempt; the reason it failed, or undefined when the receiver answered 2xx. */
async function post(webhook: SchemaWebhook, id: string, version: string, body: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(webhook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "innovation-procurement-graph-schema-notifier",
        ...signDelivery(webhook.secret, id, body),
        "x-schema-version": version,
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    await response.body?.cancel();
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Waits, or stops waiting when the gateway stops (the row then stays pending, as the last attempt left it). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
