import { createHmac } from "node:crypto";

/**
 * A webhook body's signature: `sha256=<hex HMAC-SHA256(secret, raw body)>` in X-Signature-256, as GitHub
 * signs its webhooks. A receiver recomputes it over the exact bytes it received (README, "For partner
 * agencies", shows how).
 */
export const signatureOf = (secret: string, body: string): string => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
