import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer } from "node:http";
import { expect } from "chai";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import pg from "pg";
import { callerFor } from "../lib/access/access.js";
import { developmentAssertionKey, type AssertionIssuer } from "../lib/access/assertion-keys.js";
import { CALLER_ASSERTION_HEADER } from "../lib/access/caller-assertion.js";
import { businessRegistrationNumber } from "../lib/domain/business-registration-number.js";
import { signDevelopmentToken } from "../lib/access/development-tokens.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayProcess, startSubgraphProcess } from "../scripts/lib/graph-processes.js";
import { gatewayEnvironment, startGatewayInProcess, subgraphEnvironment } from "./support/in-process.js";
import { readConfig } from "../gateway/src/config.js";
import { readSubgraphConfig } from "../lib/subgraph/subgraph-config.js";
import { products } from "../subgraphs/products/src/subgraph.js";
import { assertionSigner, gateway, post, subgraph } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { tokenFor } from "./support/tokens.js";

/**
 * The trust chain: only the gateway verifies tokens, so a subgraph answers only requests carrying a
 * caller assertion the gateway signed for it (a peer subgraph's own assertion gets the public's rights);
 * a token the gateway cannot verify is refused outright; and each subgraph's database role reaches only
 * its own schema.
 */
const PRODUCT_QUERY = `{ products(first: 1) { totalCount } }`;

function expectUnauthenticated(response: Awaited<ReturnType<typeof post>>, message: RegExp) {
  expect(response.status).to.equal(401);
  expect(response.errors?.map((error) => error.extensions?.code)).to.deep.equal(["UNAUTHENTICATED"]);
  expect(response.errors?.[0].message).to.match(message);
  expect(response.data ?? null).to.equal(null);
}

const runKey = (issuer: AssertionIssuer): KeyObject =>
  createPrivateKey({ key: JSON.parse(testGraph().secrets.assertionKeys[issuer].privateKey), format: "jwk" });

/** An assertion made by hand, for what no well-behaved signer sends: a foreign key, a lie about its issuer, a past expiry. */
function handMadeAssertion(options: {
  key: KeyObject;
  kid: string;
  issuer: string;
  audience: string;
  claims?: Record<string, unknown>;
  issuedAt?: number;
  expiresAt?: number;
}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(options.claims ?? { role: "administrator" })
    .setProtectedHeader({ alg: "EdDSA", kid: options.kid })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject("test-forger")
    .setIssuedAt(options.issuedAt ?? now)
    .setExpirationTime(options.expiresAt ?? now + 60)
    .sign(options.key);
}

const withAssertion = (assertion: string) => ({ caller: null, headers: { [CALLER_ASSERTION_HEADER]: assertion } });

const SENSITIVE_COMPANY = `query ($id: ID!) { company(id: $id) { name businessRegistrationNumber } }`;

describe("access: the subgraphs trust only the gateway's signed caller assertion", () => {
  it("refuses a direct subgraph call without an assertion with 401 UNAUTHENTICATED, on every subgraph", async () => {
    for (const name of ["products", "institutions", "certifications", "exhibitions"] as const) {
      expectUnauthenticated(await subgraph(name, PRODUCT_QUERY, undefined, { caller: null }), /only answers the gateway/);
    }
  });

  it("refuses the unsigned caller header and the shared-secret credential the subgraphs once trusted", async () => {
    const response = await subgraph("products", PRODUCT_QUERY, undefined, {
      caller: null,
      headers: {
        "x-ipg-caller": JSON.stringify({ role: "administrator", subject: "legacy" }),
        "x-ipg-gateway-credential": "ipg-development-gateway-secret-not-for-production",
      },
    });
    expectUnauthenticated(response, /only answers the gateway/);
  });

  it("refuses an assertion signed with another key, even one naming the gateway as its signer", async () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const forged = await handMadeAssertion({ key: privateKey, kid: "gateway", issuer: "gateway", audience: "products" });
    expectUnauthenticated(
      await subgraph("products", PRODUCT_QUERY, undefined, withAssertion(forged)),
      /not signed by a service this one trusts/,
    );
    const unknownSigner = await handMadeAssertion({ key: privateKey, kid: "someone", issuer: "someone", audience: "products" });
    expectUnauthenticated(await subgraph("products", PRODUCT_QUERY, undefined, withAssertion(unknownSigner)), /signed by no service/);
  });

  it("refuses an expired assertion, and one that lives too long", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await handMadeAssertion({
      key: runKey("gateway"),
      kid: "gateway",
      issuer: "gateway",
      audience: "products",
      issuedAt: now - 120,
      expiresAt: now - 60,
    });
    expectUnauthenticated(await subgraph("products", PRODUCT_QUERY, undefined, withAssertion(expired)), /expired/);
    const ancient = await handMadeAssertion({
      key: runKey("gateway"),
      kid: "gateway",
      issuer: "gateway",
      audience: "products",
      issuedAt: now - 3600,
      expiresAt: now + 3600,
    });
    expectUnauthenticated(await subgraph("products", PRODUCT_QUERY, undefined, withAssertion(ancient)), /issued too long ago/);
  });

  it("refuses an assertion made for another subgraph (one for products sent to institutions)", async () => {
    const forProducts = await assertionSigner("gateway").headers(callerFor("administrator", { subject: "test" }), "products");
    const response = await subgraph("institutions", `{ institutions(first: 1) { totalCount } }`, undefined, {
      caller: null,
      headers: forProducts,
    });
    expectUnauthenticated(response, /for another service/);
  });

  it("refuses an assertion whose issuer is not the key's owner (a subgraph's key claiming to be the gateway)", async () => {
    const lie = await handMadeAssertion({ key: runKey("institutions"), kid: "institutions", issuer: "gateway", audience: "products" });
    expectUnauthenticated(await subgraph("products", PRODUCT_QUERY, undefined, withAssertion(lie)), /only answers the gateway/);
  });

  it("answers the gateway's assertion, and keeps /health, /ready and /metrics open", async () => {
    const answered = await subgraph("products", PRODUCT_QUERY);
    expect(answered.errors).to.equal(undefined);
    for (const path of ["/health", "/ready", "/metrics"]) {
      expect((await fetch(new URL(path, testGraph().subgraphUrls.products))).status, path).to.equal(200);
    }
  });
});

describe("access: the gateway reuses an assertion per caller and subgraph", () => {
  it("sends identical headers for one caller's identical requests (in-flight deduplication still meets), never another caller's", async () => {
    const signer = assertionSigner("gateway");
    const officer = callerFor("officer", { subject: "officer-1", institutionId: testGraph().dataset.institutions.institutions[0].id });
    const sameOfficer = callerFor("officer", { subject: "officer-1", institutionId: officer.institutionId });
    const otherOfficer = callerFor("officer", { subject: "officer-2", institutionId: officer.institutionId });
    const first = await signer.headers(officer, "institutions");
    expect(await signer.headers(sameOfficer, "institutions")).to.deep.equal(first);
    for (const other of [
      await signer.headers(otherOfficer, "institutions"),
      await signer.headers(callerFor("public"), "institutions"),
      await signer.headers(officer, "products"),
    ]) {
      expect(other[CALLER_ASSERTION_HEADER]).to.not.equal(first[CALLER_ASSERTION_HEADER]);
    }
  });
});

describe("access: a subgraph asking another does so as itself, with the public's rights", () => {
  const company = () => testGraph().dataset.products.companies[0];
  const peerClaimingAdministrator = () =>
    handMadeAssertion({
      key: runKey("institutions"),
      kid: "institutions",
      issuer: "institutions",
      audience: "products",
      claims: { role: "administrator", institutionId: testGraph().dataset.institutions.institutions[0].id },
    });

  it("answers a peer's public question (the gateway's administrator sees the sensitive field it may not)", async () => {
    const asPeer = await subgraph(
      "products",
      SENSITIVE_COMPANY,
      { id: company().id },
      { signer: "institutions", caller: callerFor("public") },
    );
    const asGateway = await subgraph("products", SENSITIVE_COMPANY, { id: company().id });
    expect(asGateway.data?.company).to.deep.equal({
      name: company().name,
      businessRegistrationNumber: company().businessRegistrationNumber,
    });
    expect(asPeer.data?.company?.name).to.equal(company().name);
    expect(asPeer.data?.company?.businessRegistrationNumber ?? null).to.equal(null);
    expect(asPeer.errors?.map((error) => error.extensions?.code)).to.deep.equal(["UNAUTHENTICATED"]);
  });

  it("gives a peer claiming the administrator's role no sensitive field and no write", async () => {
    const claims = await peerClaimingAdministrator();
    const read = await subgraph("products", SENSITIVE_COMPANY, { id: company().id }, withAssertion(claims));
    expect(read.data?.company?.businessRegistrationNumber ?? null).to.equal(null);
    expect(read.errors?.map((error) => error.extensions?.code)).to.deep.equal(["UNAUTHENTICATED"]);

    const nine = `9${String(Date.now() % 100_000_000).padStart(8, "0")}`;
    const input = {
      name: `피어 ${nine}`,
      nameEn: `Peer ${nine}`,
      businessRegistrationNumber: businessRegistrationNumber(nine),
      size: "SMALL",
      region: "Seoul",
    };
    const write = await subgraph(
      "products",
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`,
      { input },
      withAssertion(claims),
    );
    expect(write.data?.registerCompany ?? null).to.equal(null);
    expect(write.errors?.map((error) => error.extensions?.code)).to.deep.equal(["UNAUTHENTICATED"]);
    const found = await gateway(`query ($n: String!) { companies(first: 1, filter: { search: $n }) { totalCount } }`, { n: input.nameEn });
    expect(found.errors, "nothing was written").to.equal(undefined);
    expect(found.data.companies.totalCount).to.equal(0);
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
    const extra = await startGatewayInProcess({
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
      compiledRoot: testGraph().compiledRoot,
      env: { NODE_ENV: "production", AUTH_JWT_SECRET: "", AUTH_JWKS_URL: "" },
    });
    const failure = await start.then(
      async (gateway) => {
        await gateway.stop();
        return null;
      },
      (error: Error) => error,
    );
    expect(failure?.message).to.match(/exited \(code 1\):\ngateway: cannot start: .*Set AUTH_JWT_SECRET or AUTH_JWKS_URL/);
    // The operator reads one line naming the variable, not a stack trace.
    expect(failure?.message).not.to.match(/\n\s+at /);
  });

  it("refuses to start in production with the documented development secrets or short ones", () => {
    // The process's first act is readConfig on its environment (gateway/src/index.ts), and the test above
    // shows such a refusal ends the process with its message: each case is read here from the
    // environment a gateway process would get.
    const refusals = [
      { AUTH_JWT_SECRET: "ipg-development-jwt-secret-not-for-production", says: /AUTH_JWT_SECRET is the documented development secret/ },
      { GATEWAY_ASSERTION_PRIVATE_KEY: "", says: /GATEWAY_ASSERTION_PRIVATE_KEY is required in production/ },
      {
        GATEWAY_ASSERTION_PRIVATE_KEY: JSON.stringify(developmentAssertionKey("gateway").export({ format: "jwk" })),
        says: /GATEWAY_ASSERTION_PRIVATE_KEY is the documented development key/,
      },
      { AUTH_JWT_SECRET: "short", says: /AUTH_JWT_SECRET must be at least 32 characters/ },
    ];
    for (const { says, ...secrets } of refusals) {
      expect(() => readConfig(gatewayEnvironment({ env: { NODE_ENV: "production", ...secrets } })), JSON.stringify(secrets)).to.throw(says);
    }
  });
});

describe("access: a subgraph needs its keys in production", function () {
  this.timeout(60_000);

  it("refuses to start without the gateway's public key, its own private key or a peer's public key, or with a development key", async () => {
    const developmentPublic = JSON.stringify(createPublicKey(developmentAssertionKey("gateway")).export({ format: "jwk" }));
    const [first, ...others] = [
      { GATEWAY_ASSERTION_PUBLIC_KEY: "", says: /GATEWAY_ASSERTION_PUBLIC_KEY is required in production/ },
      { PRODUCTS_ASSERTION_PRIVATE_KEY: "", says: /PRODUCTS_ASSERTION_PRIVATE_KEY is required in production/ },
      { INSTITUTIONS_ASSERTION_PUBLIC_KEY: "", says: /INSTITUTIONS_ASSERTION_PUBLIC_KEY is required in production/ },
      { GATEWAY_ASSERTION_PUBLIC_KEY: developmentPublic, says: /GATEWAY_ASSERTION_PUBLIC_KEY is the documented development key/ },
      { GATEWAY_ASSERTION_PUBLIC_KEY: "not a key", says: /GATEWAY_ASSERTION_PUBLIC_KEY is not a readable public key/ },
    ];
    // One as a process: the refusal ends it, with its message.
    const { says, ...keys } = first;
    const failure = await startSubgraphProcess({
      name: "products",
      port: await freePort(),
      databaseUrl: serviceDatabaseUrl(testGraph().databaseUrl, "products"),
      subgraphUrls: testGraph().subgraphUrls,
      compiledRoot: testGraph().compiledRoot,
      env: { NODE_ENV: "production", ...keys },
    }).then(
      async (started) => {
        await started.stop();
        return null;
      },
      (error: Error) => error,
    );
    expect(failure?.message, JSON.stringify(keys)).to.match(/products exited \(code 1\)/);
    expect(failure?.message, JSON.stringify(keys)).to.match(says);
    // The rest from readSubgraphConfig, the process's first act (lib/subgraph/subgraph-main.ts), on the
    // environment a products process would get.
    for (const { says: refusal, ...other } of others) {
      const env = subgraphEnvironment("products", 0, { NODE_ENV: "production", ...other });
      expect(() => readSubgraphConfig(env, products), JSON.stringify(other)).to.throw(refusal);
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
