import { Webhook } from "standardwebhooks";

/**
 * How a delivery is signed: the Standard Webhooks scheme (standardwebhooks.com), with its reference
 * library. Three headers go with the body:
 *   webhook-id         the delivery's id, the same on every retry of it, so a receiver can drop duplicates
 *   webhook-timestamp  when this attempt was sent, in Unix seconds, so a receiver can refuse an old one
 *   webhook-signature  `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`
 * The key is the partner's secret `whsec_<base64>` decoded. Each attempt is signed anew with its own
 * timestamp, so a retry late in the backoff still falls within the receiver's tolerance window (5
 * minutes in the Standard Webhooks libraries, README "For partner agencies").
 */
export interface WebhookHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

export function signDelivery(secret: string, id: string, body: string, at: Date = new Date()): WebhookHeaders {
  // Whole seconds: the signature covers the timestamp as the header carries it.
  const sentAt = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(sentAt.getTime() / 1000),
    "webhook-signature": new Webhook(secret).sign(id, sentAt, body),
  };
}

/** `whsec_` and the base64 of a random key of 24 to 64 bytes, as Standard Webhooks secrets are written. */
export function isWebhookSecret(secret: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  if (!match || match[1].length % 4 !== 0) return false;
  const bytes = Buffer.from(match[1], "base64").length;
  return bytes >= 24 && bytes <= 64;
}
