import { expect } from "chai";
import { decodeJwt } from "jose";
import { pino } from "pino";
import { createAuthenticator, readAuthenticationConfig } from "../gateway/src/authentication.js";
import { rememberVerifiedTokens } from "../gateway/src/verified-tokens.js";
import { callerFor } from "../lib/access/access.js";
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, signDevelopmentToken } from "../lib/access/development-tokens.js";
import { gateway, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { tokenFor } from "./support/tokens.js";

/**
 * A token cannot be taken back before it expires, so the gateway bounds its lifetime
 * (AUTH_MAX_TOKEN_LIFETIME, 12 hours by default): `iat` and `exp` are required, no more than that apart,
 * the token no older than that, and not issued in the future beyond a minute of clock skew.
 */
const QUERY = `{ companies(first: 1) { nodes { businessRegistrationNumber } } }`;
const now = () => Math.floor(Date.now() / 1000);
const sign = (options: { issuedAt?: number | null; expiresAt?: number | string }) =>
  signDevelopmentToken("administrator", { secret: testGraph().secrets.authJwtSecret, subject: "test-lifetime", ...options });

function expectUnauthenticated(response: GraphQLResponse, message: RegExp) {
  expect(response.status).to.equal(401);
  expect(response.errors?.map((error) => error.extensions?.code)).to.deep.equal(["UNAUTHENTICATED"]);
  expect(response.errors?.[0].message).to.match(message);
  expect(response.data ?? null).to.equal(null);
}

describe("access: token lifetime is bounded", () => {
  it("refuses a token whose exp is 100 years away", async () => {
    const token = await sign({ expiresAt: now() + 100 * 365 * 86_400 });
    expectUnauthenticated(await gateway(QUERY, undefined, { token }), /lives longer than this API accepts \(at most 12 hours/);
  });

  it("refuses a token without iat", async () => {
    const token = await sign({ issuedAt: null });
    expect(decodeJwt(token)).to.not.have.property("iat");
    expectUnauthenticated(await gateway(QUERY, undefined, { token }), /no "iat" claim/);
  });

  it("refuses a token issued in the future beyond the clock tolerance", async () => {
    const token = await sign({ issuedAt: now() + 3600, expiresAt: now() + 7200 });
    expectUnauthenticated(await gateway(QUERY, undefined, { token }), /issued in the future/);
  });

  it("refuses a token issued longer ago than the lifetime, even if it has not expired", async () => {
    const token = await sign({ issuedAt: now() - DEFAULT_MAX_TOKEN_LIFETIME_SECONDS - 600, expiresAt: now() + 600 });
    expectUnauthenticated(await gateway(QUERY, undefined, { token }), /issued more than 12 hours ago/);
  });

  it("accepts a normal token, one at the limit, and one issued a few seconds ahead of the gateway's clock", async () => {
    const atTheLimit = await sign({ issuedAt: now(), expiresAt: now() + DEFAULT_MAX_TOKEN_LIFETIME_SECONDS });
    const ahead = await sign({ issuedAt: now() + 20, expiresAt: now() + 3600 });
    for (const token of [await tokenFor("administrator"), atTheLimit, ahead]) {
      const response = await gateway(QUERY, undefined, { token });
      expect(response.errors).to.equal(undefined);
      expect(response.data.companies.nodes).to.have.length(1);
    }
  });

  it("issues development and test tokens with iat and a lifetime within the limit", async () => {
    const claims = decodeJwt(await tokenFor("officer"));
    expect(claims.iat).to.be.a("number");
    expect(claims.exp! - claims.iat!).to.be.within(1, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
  });

  it("reads AUTH_MAX_TOKEN_LIFETIME as a duration, refuses a malformed one, and holds tokens to it", async () => {
    const withLifetime = (value: string) => readAuthenticationConfig({ ...process.env, AUTH_MAX_TOKEN_LIFETIME: value });
    expect(withLifetime("3600").maxTokenLifetimeSeconds).to.equal(3600);
    expect(() => withLifetime("12 hours")).to.throw(/AUTH_MAX_TOKEN_LIFETIME must be a duration/);
    const config = { ...withLifetime("90m"), secret: testGraph().secrets.authJwtSecret, developmentSecret: false };
    expect(config.maxTokenLifetimeSeconds).to.equal(5400);
    const authenticate = createAuthenticator(config, pino({ level: "silent" }));
    const twoHours = await sign({ issuedAt: now(), expiresAt: now() + 7200 });
    const error = await authenticate({ authorization: `Bearer ${twoHours}` }).then(
      () => null,
      (refusal: Error & { extensions?: { code?: string } }) => refusal,
    );
    expect(error?.extensions?.code).to.equal("UNAUTHENTICATED");
    expect(error?.message).to.match(/at most 90 minutes/);
    const hour = await sign({ issuedAt: now(), expiresAt: now() + 3600 });
    expect((await authenticate({ authorization: `Bearer ${hour}` })).role).to.equal("administrator");
  });

  it("verifies a token once while it is valid, again once it would be refused for its expiry or age, and every refusal each time", async () => {
    const checked: string[] = [];
    const validFor: Record<string, number> = { steady: 3600, brief: 1 };
    const verifyOnce = rememberVerifiedTokens(async (token) => {
      checked.push(token);
      if (!(token in validFor)) throw new Error("not signed by a key this API trusts");
      return { caller: callerFor("partner", { subject: token }), validUntilSeconds: Date.now() / 1000 + validFor[token] };
    });
    for (let i = 0; i < 3; i++) expect((await verifyOnce("steady")).subject).to.equal("steady");
    expect(checked).to.deep.equal(["steady"]);
    for (let i = 0; i < 2; i++)
      await verifyOnce("forged").then(
        () => expect.fail("a forged token was accepted"),
        () => undefined,
      );
    expect(checked).to.deep.equal(["steady", "forged", "forged"]);
    await verifyOnce("brief");
    await verifyOnce("brief");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await verifyOnce("brief");
    expect(checked.filter((token) => token === "brief")).to.have.length(2);
  });
});
