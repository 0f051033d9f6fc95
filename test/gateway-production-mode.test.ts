import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import { readHttpSecurityConfig } from "../gateway/src/http-security.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { testGraph } from "./support/graph.js";
import { post } from "./support/client.js";

const DASHBOARD_ORIGIN = "https://dashboard.example.org";

/**
 * A subgraph that answers every GraphQL request with an error full of internals (SQL, a stack trace):
 * what a subgraph with a bug might send. The production gateway must not pass any of it on.
 */
function startLeakySubgraph(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === "/ready") return void res.end("{}");
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        data: null,
        errors: [
          {
            message: 'relation "exhibitions.event" does not exist: SELECT * FROM exhibitions.event WHERE id = $1',
            extensions: {
              code: "INTERNAL_SERVER_ERROR",
              stacktrace: ["QueryFailedError: relation does not exist", "    at PostgresQueryRunner.query"],
            },
          },
        ],
      }),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });

describe("gateway in production mode (NODE_ENV=production)", function () {
  this.timeout(60_000);
  let gateway: { url: string; stop(): Promise<void> };
  let leaky: Server;

  before(async () => {
    leaky = await startLeakySubgraph();
    gateway = await startGatewayInProcess({
      subgraphUrls: { ...testGraph().subgraphUrls, exhibitions: `http://127.0.0.1:${(leaky.address() as AddressInfo).port}/graphql` },
      env: { NODE_ENV: "production", LOG_LEVEL: "fatal", GATEWAY_CORS_ORIGINS: DASHBOARD_ORIGIN },
    });
  });
  after(async () => {
    await gateway?.stop();
    leaky?.closeAllConnections();
    await new Promise((resolve) => leaky?.close(resolve));
  });

  it("refuses introspection and shows no Sandbox landing page and no explorer, but answers queries", async () => {
    const introspection = await post(gateway.url, "{ __schema { queryType { name } } }");
    expect(introspection.errors?.[0].extensions?.code).to.equal("GRAPHQL_VALIDATION_FAILED");
    expect(introspection.errors?.[0].message).to.match(/introspection/i);

    const landing = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(await landing.text()).to.not.match(/sandbox/i);
    // Nor the offline explorer, like Sandbox.
    for (const path of ["/explorer", "/explorer/operations.json", "/explorer/assets/app.js"]) {
      const explorer = await fetch(new URL(path, gateway.url));
      expect(explorer.status, path).to.equal(404);
      expect(((await explorer.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).to.equal(
        "NOT_FOUND",
      );
    }

    const answer = await post(gateway.url, "{ procurementSummary(agency: MOTIE, throughYear: 2024) { designatedProducts } }");
    expect(answer.data).to.deep.equal({ procurementSummary: { designatedProducts: 313 } });
  });

  it("answers the development gateway's introspection, for Sandbox", async () => {
    const introspection = await post(testGraph().gatewayUrl, "{ __schema { queryType { name } } }");
    expect(introspection.data).to.deep.equal({ __schema: { queryType: { name: "Query" } } });
  });

  it("masks a subgraph's internal error: no SQL, no stack trace, a stable code", async () => {
    const response = await post(gateway.url, "{ events(first: 1) { totalCount } }");
    const text = JSON.stringify(response);
    expect(response.errors?.[0].extensions?.code).to.equal("INTERNAL_SERVER_ERROR");
    expect(response.errors?.[0].message).to.match(/^Something went wrong on our side/);
    expect(text).to.not.match(/SELECT|relation|QueryFailedError|stacktrace|PostgresQueryRunner/);
    // A caller's mistake keeps its message and code, still without a stack trace.
    const mistake = await post(gateway.url, "{ products(first: 1000) { totalCount } }");
    expect(mistake.errors?.[0].extensions).to.deep.include({ code: "BAD_USER_INPUT", field: "first" });
    expect(mistake.errors?.[0].extensions).to.not.have.property("stacktrace");
  });

  it("hides field suggestions, which would reveal the schema that introspection hides", async () => {
    const production = await post(gateway.url, "{ product { nam } }");
    expect(production.errors?.length).to.be.greaterThan(0);
    expect(production.errors!.map((error) => error.message).join(" "))
      .to.match(/Cannot query field "nam"/)
      .and.not.match(/Did you mean/);
    const development = await post(testGraph().gatewayUrl, "{ products { nodes { nam } } }");
    expect(development.errors?.[0].message).to.match(/Did you mean "name"/);

    // Enum values, as a literal and as a variable, are not suggested either; the message still says what is wrong.
    const literal = await post(gateway.url, "{ procurementSummary(agency: MOTI, throughYear: 2024) { designatedProducts } }");
    const variable = await post(
      gateway.url,
      "query ($agency: Agency!) { procurementSummary(agency: $agency, throughYear: 2024) { designatedProducts } }",
      { agency: "MOTI" },
    );
    for (const answer of [literal, variable]) {
      const message = answer.errors?.[0].message ?? "";
      expect(message).to.match(/MOTI/);
      expect(message).to.not.match(/Did you mean|MOTIE|\[Suggestion hidden\]/);
    }
  });

  it("prevents cross-site request forgery: a GET or a simple POST without a preflight header is refused with 400", async () => {
    const query = encodeURIComponent("{ products(first: 1) { totalCount } }");
    const get = await fetch(`${gateway.url}?query=${query}`);
    expect(get.status).to.equal(400);
    const getBody = (await get.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(getBody.errors[0].extensions.code).to.equal("BAD_REQUEST");
    expect(getBody.errors[0].message).to.match(/Cross-Site Request Forgery/);

    const simple = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ products(first: 1) { totalCount } }" }),
    });
    expect(simple.status).to.equal(400);
    expect(((await simple.json()) as { errors: Array<{ message: string }> }).errors[0].message).to.match(/Cross-Site Request Forgery/);

    const withPreflightHeader = await fetch(`${gateway.url}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(withPreflightHeader.status).to.equal(200);
  });

  it("allows only the configured browser origins (GATEWAY_CORS_ORIGINS)", async () => {
    const allowed = await preflight(gateway.url, DASHBOARD_ORIGIN);
    expect(allowed.status).to.be.below(300);
    expect(allowed.headers.get("access-control-allow-origin")).to.equal(DASHBOARD_ORIGIN);
    const other = await preflight(gateway.url, "https://elsewhere.example.com");
    expect(other.headers.get("access-control-allow-origin")).to.equal(null);
    const answer = await fetch(gateway.url, {
      method: "POST",
      headers: { origin: DASHBOARD_ORIGIN, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ products(first: 1) { totalCount } }" }),
    });
    expect(answer.headers.get("access-control-allow-origin")).to.equal(DASHBOARD_ORIGIN);
  });

  it("allows any origin in development, and none in production unless configured", async () => {
    const development = await preflight(testGraph().gatewayUrl, "https://elsewhere.example.com");
    expect(development.headers.get("access-control-allow-origin")).to.equal("https://elsewhere.example.com");

    expect(readHttpSecurityConfig({ ...process.env, NODE_ENV: "production", GATEWAY_CORS_ORIGINS: undefined }).corsOrigins).to.deep.equal(
      [],
    );
  });
});
