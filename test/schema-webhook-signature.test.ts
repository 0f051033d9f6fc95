import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect } from "chai";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { readSchemaServingConfig } from "../gateway/src/schema-serving-config.js";
import { signDelivery } from "../gateway/src/webhooks/signature.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { schemaNotificationVerifier } from "../gateway/examples/verify-schema-notification.js";

/**
 * Schema change notifications are signed by the Standard Webhooks scheme, and the verification example
 * the README shows partners is this repository's gateway/examples/verify-schema-notification.ts, run
 * here, so the README cannot show code that does not work. (test/schema-hot-reload.test.ts checks real
 * deliveries, their headers and retries.)
 */
const EXAMPLE_PATH = new URL("../gateway/examples/verify-schema-notification.ts", import.meta.url);
const README_PATH = new URL("../README.md", import.meta.url);

const newSecret = () => `whsec_${randomBytes(32).toString("base64")}`;
const notification = JSON.stringify({ partner: "kotra", version: "2.0.0", breaking: true, changes: [] });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("schema change notifications: Standard Webhooks signatures and the README's verification example", () => {
  it("shows the example file in the README as it is", () => {
    const example = readFileSync(EXAMPLE_PATH, "utf8");
    expect(readFileSync(README_PATH, "utf8")).to.include("```ts\n" + example + "```");
  });

  it("signs id, timestamp and body so that the Standard Webhooks library verifies them", () => {
    const secret = newSecret();
    const id = randomUUID();
    const headers = signDelivery(secret, id, notification);
    expect(headers["webhook-id"]).to.equal(id);
    expect(Number(headers["webhook-timestamp"])).to.be.closeTo(Date.now() / 1000, 5);
    expect(headers["webhook-signature"]).to.match(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(notification, { ...headers })).to.deep.equal(JSON.parse(notification));
    // The signature is over all three: another id, timestamp or secret does not verify.
    expect(() => new Webhook(secret).verify(notification, { ...headers, "webhook-id": randomUUID() })).to.throw(WebhookVerificationError);
    const earlier = signDelivery(secret, id, notification, minutesAgo(1));
    expect(() => new Webhook(secret).verify(notification, { ...headers, "webhook-timestamp": earlier["webhook-timestamp"] })).to.throw(
      WebhookVerificationError,
    );
    expect(() => new Webhook(newSecret()).verify(notification, { ...headers })).to.throw(WebhookVerificationError);
  });

  it("the example accepts a delivery once and refuses a tampered body, a stale or future timestamp, and a replayed id", () => {
    const secret = newSecret();
    const verify = schemaNotificationVerifier(secret);
    const delivery = signDelivery(secret, randomUUID(), notification);
    expect(verify(notification, { ...delivery })).to.deep.equal(JSON.parse(notification));

    expect(verify(notification, { ...delivery }), "the same delivery again").to.equal(null);
    // A retry of the same delivery is signed anew (a later timestamp) under the same id: not acted on twice.
    const retry = signDelivery(secret, delivery["webhook-id"], notification, new Date(Date.now() + 2000));
    expect(verify(notification, { ...retry }), "a retry of an accepted delivery").to.equal(null);

    const tampered = notification.replace('"breaking":true', '"breaking":false');
    const fresh = () => signDelivery(secret, randomUUID(), notification);
    expect(() => verify(tampered, { ...fresh() }), "a tampered body").to.throw(WebhookVerificationError);
    const stale = signDelivery(secret, randomUUID(), notification, minutesAgo(6));
    expect(() => verify(notification, { ...stale }), "a timestamp 6 minutes old").to.throw(WebhookVerificationError);
    const future = signDelivery(secret, randomUUID(), notification, minutesAgo(-6));
    expect(() => verify(notification, { ...future }), "a timestamp 6 minutes ahead").to.throw(WebhookVerificationError);
    expect(() => verify(notification, { ...signDelivery(newSecret(), randomUUID(), notification) }), "another secret").to.throw(
      WebhookVerificationError,
    );
    // A delivery refused for its signature is not remembered: the genuine one with that id still passes.
    const genuine = fresh();
    expect(() => verify(tampered, { ...genuine })).to.throw(WebhookVerificationError);
    expect(verify(notification, { ...genuine })).to.deep.equal(JSON.parse(notification));
  });

  describe("configuration", function () {
    this.timeout(60_000);
    const webhook = (url: string, secret = newSecret()) => [{ partner: "kotra", url, secret }];
    /** The gateway's reading of SCHEMA_WEBHOOKS under `env`, in this process: the error it would stop with, or "accepted". */
    const reading = (webhooks: unknown[], env: NodeJS.ProcessEnv = {}) => {
      try {
        readSchemaServingConfig({ ...process.env, SCHEMA_WEBHOOKS: JSON.stringify(webhooks), ...env });
        return "accepted";
      } catch (error) {
        return (error as Error).message;
      }
    };

    it("refuses to start with a secret that is not a Standard Webhooks secret, saying which entry", async () => {
      const port = await freePort();
      const started = startGatewayInProcess({
        port,
        env: { SCHEMA_WEBHOOKS: JSON.stringify(webhook("https://kotra.example/hooks/schema", "a-plain-shared-secret-of-some-length")) },
      });
      const failure = await started.then(
        async (gateway) => (await gateway.stop(), "started"),
        (error: Error) => error.message,
      );
      expect(failure).to.match(/SCHEMA_WEBHOOKS\[0\]\.secret must be "whsec_"/);
      for (const secret of [
        `whsec_${randomBytes(8).toString("base64")}`,
        "whsec_not base64!",
        `whsec_${randomBytes(65).toString("base64")}`,
      ]) {
        expect(reading(webhook("https://kotra.example/hooks/schema", secret)), secret).to.match(
          /SCHEMA_WEBHOOKS\[0\]\.secret must be "whsec_"/,
        );
      }
      expect(reading(webhook("https://kotra.example/hooks/schema"))).to.equal("accepted");
    });

    it("requires an https URL in production, and accepts http outside it", () => {
      const http = webhook("http://kotra.example/hooks/schema");
      expect(reading(http, { NODE_ENV: "production" })).to.match(/SCHEMA_WEBHOOKS\[0\]\.url must be https in production/);
      expect(reading(webhook("https://kotra.example/hooks/schema"), { NODE_ENV: "production" })).to.equal("accepted");
      expect(reading(http, { NODE_ENV: "development" })).to.equal("accepted");
    });
  });
});
