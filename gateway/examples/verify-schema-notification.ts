import { Webhook } from "standardwebhooks";

/**
 * Checks a schema change notification before you act on it. Give it the body exactly as received (the
 * raw text, before any JSON parsing) and the request's headers. It returns the notification; `null` for
 * a delivery id it has already accepted (answer 2xx and do nothing more: a replay, or a retry of a
 * delivery whose answer did not reach the graph); and throws WebhookVerificationError when the signature
 * is not yours over this id, timestamp and body, or the timestamp is more than 5 minutes from now
 * (answer 400).
 */
export function schemaNotificationVerifier(secret: string) {
  const webhook = new Webhook(secret);
  // Delivery ids accepted, and until when to remember each. verify() accepts a timestamp up to 5 minutes
  // either side of now, so a captured delivery passes it for at most 10 minutes: remember ids that long.
  // With several receivers, share this (a Redis SET NX with an expiry, a unique key in your database).
  const accepted = new Map<string, number>();
  const rememberMs = 10 * 60 * 1000;

  return (rawBody: string, headers: Record<string, string>): unknown => {
    const notification = webhook.verify(rawBody, headers);
    const id = headers["webhook-id"];
    const now = Date.now();
    for (const [known, forgetAt] of accepted) if (forgetAt < now) accepted.delete(known);
    if (accepted.has(id)) return null;
    accepted.set(id, now + rememberMs);
    return notification;
  };
}
