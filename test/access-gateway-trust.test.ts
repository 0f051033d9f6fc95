import { createServer } from "node:http";
import { expect } from "chai";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import pg from "pg";
import { callerFor } from "../lib/access.js";
import { signDevelopmentToken } from "../lib/development-tokens.js";
import { GATEWAY_CREDENTIAL_HEADER } from "../lib/gateway-credential.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayProcess } from "../scripts/lib/graph-processes.js";
import { gateway, post, subgraph } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { tokenFor } from "./support/tokens.js";

/**
 * The trust chain: only the gateway verifies tokens, so a subgraph answers only requests carrying the
 * gateway's credential; a token the gateway cannot verify is refused outright; and each subgraph's
 * database role reaches only its own schema.
 */
const PRODUCT_QUERY = `{ products(first: 1) { totalCount } }`;

function expectUnauthenticated(response: Awaited<ReturnType<typeof post>>, message: RegExp) {
  expect(response.status).to.equal(401);
  expect(response.errors?.map((error) => error.extensions?.code)).to.deep.equal(["UNAUTHENTICATED"]);
  expect(response.errors?.[0].message).to.match(message);
  expect(response.data ?? null).to.equal(null);
}

describe("access: the subgraphs trust only the gateway", () => {
  it("refuses a direct subgraph call without the gateway's credential with 401 UNAUTHENTICATED, on every subgraph", async () => {
    for (const name of ["products", "institutions", "certifications", "exhibitions"] as const) {
      expectUnauthenticated(await subgraph(name, PRODUCT_QUERY, undefined, { caller: null }), /only answers the gateway/);
    }
  });

  it("refuses a wrong credential, even with a caller header claiming to be the administrator", async () => {
    const response = await subgraph("products", PRODUCT_QUERY, undefined, {
      caller: callerFor("administrator"),
      headers: { [GATEWAY_CREDENTIAL_HEADER]: "guessed-secret" },
    });
    expectUnauthenticated(response, /only answers the gateway/);
  });

  it("answers the gateway's credential, and keeps /health, /ready and /metrics open", async () => {
    const answered = await subgraph("products", PRODUCT_QUERY);
    expect(answered.errors).to.equal(undefined);
    for (const path of ["/health", "/ready", "/metrics"]) {
      expect((await fetch(new URL(path, testGraph().subgraphUrls.products))).status, path).to.equal(200);
    }
  });
});

describe("access: bearer tokens at the gateway", () => {
  it("lets an anonymous caller read the public graph", async () => {
    const response = await gateway(PRODUCT_QUERY);
    expect(response.errors).to.equal(undefined);
    expect(response.data.products.totalCount).to.be.greaterThan(0);
  });

  it("refuses an expired token with 401 UNAUTHENTICATED instead of reading it as anonymous", async () => {
    const expired = await tokenFor("administrator", { expiresAt: Math.floor(Date.now() / 1000) - 60 });
    expectUnauthenticated(await gateway(PRODUCT_QUERY, undefined, { token: expired }), /expired/);
  });

  it("refuses a token that never expires (no exp claim) with 401 UNAUTHENTICATED", async () => {
    const forever = await new SignJWT({ role: "administrator" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("test-forever")
      .setIssuedAt()
      .sign(new TextEncoder().encode(testGraph().secrets.authJwtSecret));
    expectUnauthenticated(await gateway(PRODUCT_QUERY, undefined, { token: forever }), /never expires/);
  });

  it("refuses a token signed with another secret, a malformed token and a header that is not a bearer token", async () => {
    const [header, payload] = (await tokenFor("administrator")).split(".");
    const forged = `${header}.${payload}.${Buffer.from("not the signature").toString("base64url")}`;
    expectUnauthenticated(await gateway(PRODUCT_QUERY, undefined, { token: forged }), /could not be verified/);
    expectUnauthenticated(await gateway(PRODUCT_QUERY, undefined, { token: "not-a-jwt" }), /could not be verified/);
    const basic = await post(testGraph().gatewayUrl, PRODUCT_QUERY, undefined, { authorization: "Basic dXNlcjpwYXNz" });
    expectUnauthenticated(basic, /Bearer/);
  });

  it("refuses an officer's token that names no institution, and a token with a role this API does not know", async () => {
    const token = await signDevelopmentToken("officer", { secret: testGraph().secrets.authJwtSecret });
    expectUnauthenticated(await gateway(PRODUCT_QUERY, undefined, { token }), /institutionId/);
    const unknownRole = await new SignJWT({ role: "superuser" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(testGraph().secrets.authJwtSecret));
    expectUnauthenticated(await gateway(PRODUCT_QUERY, undefined, { token: unknownRole }), /no role this API knows/);
  });
});

describe("access: how the gateway verifies tokens is configured", function () {
  this.timeout(60_000);

  it("verifies tokens against a JWKS (AUTH_JWKS_URL) with issuer and audience, and refuses a token for another audience", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256" };
    const jwks = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })),
    );
    const jwksPort = await freePort();
    await new Promise<void>((resolve) => jwks.listen(jwksPort, "127.0.0.1", resolve));
    const extra = await startGatewayProcess({
      port: await freePort(),
      subgraphUrls: testGraph().subgraphUrls,
      env: {
        AUTH_JWT_SECRET: "",
        AUTH_JWKS_URL: `http://127.0.0.1:${jwksPort}/jwks.json`,
        AUTH_ISSUER: "https://id.example",
        AUTH_AUDIENCE: "ipg",
      },
    });
    try {
      const sign = (audience: string) =>
        new SignJWT({ role: "administrator" })
          .setProtectedHeader({ alg: "RS256", kid: "test-key" })
          .setIssuer("https://id.example")
          .setAudience(audience)
          .setSubject("jwks-admin")
          .setIssuedAt()
          .setExpirationTime("5m")
          .sign(privateKey);
      const company = testGraph().dataset.products.companies[0];
      const query = `query ($id: ID!) { company(id: $id) { businessRegistrationNumber } }`;
      const accepted = await post(extra.url, query, { id: company.id }, { authorization: `Bearer ${await sign("ipg")}` });
      expect(accepted.data?.company).to.deep.equal({ businessRegistrationNumber: company.businessRegistrationNumber });
      const wrongAudience = await post(extra.url, query, { id: company.id }, { authorization: `Bearer ${await sign("another-api")}` });
      expectUnauthenticated(wrongAudience, /not issued for this API/);
      // The HS256 development tokens mean nothing to a gateway that trusts only the JWKS.
      expectUnauthenticated(
        await post(extra.url, query, { id: company.id }, { authorization: `Bearer ${await tokenFor("administrator")}` }),
        /verified/,
      );
    } finally {
      await extra.stop();
      jwks.close();
    }
  });

  it("refuses to start in production without AUTH_JWT_SECRET or AUTH_JWKS_URL", async () => {
    const start = startGatewayProcess({
      port: await freePort(),
      subgraphUrls: testGraph().subgraphUrls,
      env: { NODE_ENV: "production", AUTH_JWT_SECRET: "", AUTH_JWKS_URL: "" },
    });
    const failure = await start.then(
      async (gateway) => {
        await gateway.stop();
        return null;
      },
      (error: Error) => error,
    );
    expect(failure?.message).to.match(/Set AUTH_JWT_SECRET or AUTH_JWKS_URL/);
  });

  it("refuses to start in production with the documented development secrets or short ones", async () => {
    const refusals = [
      { AUTH_JWT_SECRET: "ipg-development-jwt-secret-not-for-production", says: /AUTH_JWT_SECRET is the documented development secret/ },
      { GATEWAY_SHARED_SECRET: "ipg-development-gateway-secret-not-for-production", says: /GATEWAY_SHARED_SECRET is the documented/ },
      { AUTH_JWT_SECRET: "short", says: /AUTH_JWT_SECRET must be at least 32 characters/ },
    ];
    for (const { says, ...secrets } of refusals) {
      const failure = await startGatewayProcess({
        port: await freePort(),
        subgraphUrls: testGraph().subgraphUrls,
        env: { NODE_ENV: "production", ...secrets },
      }).then(
        async (gateway) => {
          await gateway.stop();
          return null;
        },
        (error: Error) => error,
      );
      expect(failure?.message, JSON.stringify(secrets)).to.match(says);
    }
  });
});

describe("access: each subgraph's database role reaches only its own schema", () => {
  it("lets ipg_institutions read its own tables but not the products schema's", async () => {
    const client = new pg.Client({ connectionString: serviceDatabaseUrl(testGraph().databaseUrl, "institutions") });
    await client.connect();
    try {
      const own = await client.query("SELECT count(*)::int AS n FROM institutions.institution");
      expect(own.rows[0].n).to.be.greaterThan(0);
      const error = await client.query("SELECT count(*) FROM products.product").then(
        () => null,
        (failure: Error & { code?: string }) => failure,
      );
      expect(error?.code, "42501 is insufficient_privilege").to.equal("42501");
      expect(error?.message).to.match(/permission denied/);
    } finally {
      await client.end();
    }
  });
});
