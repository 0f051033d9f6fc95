import { expect } from "chai";
import { isDatabaseUnreachable } from "../lib/runtime/database-outage.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startSubgraphProcess } from "../scripts/lib/graph-processes.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { post, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy.js";
import { tokenFor } from "./support/tokens.js";

/**
 * A database outage, through the gateway: one more institutions subgraph reaches the run's PostgreSQL
 * through a TCP proxy, and a gateway in production mode routes institutions to it. Cutting the proxy
 * drops its connections and refuses new ones, as a database that went down would, while the rest of
 * the run keeps its database.
 */
describe("gateway: a subgraph whose database cannot be reached", function () {
  this.timeout(90_000);
  let proxy: TcpProxy;
  let institutions: { url: string; stop(): Promise<void> } | undefined;
  let gateway: { url: string; stop(): Promise<void> } | undefined;
  const READ = "{ institutions(first: 2) { totalCount nodes { name } } }";
  const name = `단절-${Date.now()}`;
  const WRITE = `mutation { registerInstitution(input: { name: "${name}", nameEn: "Outage", type: PUBLIC_INSTITUTION, region: "Seoul" }) { id } }`;

  before(async () => {
    const database = new URL(testGraph().databaseUrl);
    proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
    const throughProxy = new URL(serviceDatabaseUrl(testGraph().databaseUrl, "institutions"));
    throughProxy.hostname = "127.0.0.1";
    throughProxy.port = String(proxy.port);
    const production = { NODE_ENV: "production", LOG_LEVEL: "fatal" };
    institutions = await startSubgraphProcess({
      name: "institutions",
      port: await freePort(),
      databaseUrl: throughProxy.toString(),
      subgraphUrls: testGraph().subgraphUrls,
      compiledRoot: testGraph().compiledRoot,
      env: production,
    });
    gateway = await startGatewayInProcess({
      subgraphUrls: { ...testGraph().subgraphUrls, institutions: institutions.url },
      env: production,
    });
  });
  after(async () => {
    await gateway?.stop();
    await institutions?.stop();
    await proxy?.cut();
  });

  function expectUnavailable(response: GraphQLResponse, path: string) {
    expect(response.status).to.be.below(500);
    const error = response.errors?.find((candidate) => candidate.path?.[0] === path);
    expect(error, JSON.stringify(response.errors)).to.not.equal(undefined);
    expect(error!.extensions).to.include({ code: "SERVICE_UNAVAILABLE", service: "institutions" });
    expect(error!.message).to.match(/institutions service cannot reach its database/);
    // Nothing about where the database is, nor what the driver said.
    const text = JSON.stringify(response.errors);
    for (const leak of [String(proxy.port), "127.0.0.1", "localhost", "ECONNREFUSED", "terminated", "stack"])
      expect(text).to.not.include(leak);
  }

  it("answers reads and writes SERVICE_UNAVAILABLE naming the service, keeps the other subgraphs' data, and writes nothing", async () => {
    const administrator = await tokenFor("administrator");
    const healthy = await post(gateway!.url, READ);
    expect(healthy.errors, JSON.stringify(healthy.errors)).to.equal(undefined);
    expect(healthy.data.institutions.nodes).to.have.length(2);

    await proxy.cut();

    expectUnavailable(await post(gateway!.url, READ), "institutions");
    const mixed = await post(gateway!.url, `{ products(first: 1) { nodes { name } } institutions(first: 1) { totalCount } }`);
    expectUnavailable(mixed, "institutions");
    expect(mixed.data?.products.nodes).to.have.length(1);
    expectUnavailable(await post(gateway!.url, WRITE, undefined, { authorization: `Bearer ${administrator}` }), "registerInstitution");

    // The run's own institutions subgraph, on the same database, shows nothing was written.
    const written = await post(
      testGraph().gatewayUrl,
      `query ($search: String) { institutions(filter: { search: $search }) { totalCount } }`,
      {
        search: name,
      },
    );
    expect(written.data.institutions.totalCount).to.equal(0);
  });

  it("tells an unreachable database by its code, wherever the driver put it, from every other failure", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const unreachable = [
      refused,
      new AggregateError([refused, Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })]),
      { message: "terminating connection due to administrator command", driverError: { code: "57P01" } },
      { driverError: { code: "53300", message: "sorry, too many clients already" } },
      { driverError: { code: "08006" } },
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      new Error("wrapped", { cause: Object.assign(new Error("read ETIMEDOUT"), { code: "ETIMEDOUT" }) }),
    ];
    const other = [
      new Error("boom"),
      { driverError: { code: "23505" } },
      { driverError: { code: "42P01", message: "Connection terminated" } },
      Object.assign(new Error("Connection terminated"), { code: "XX000" }),
      null,
      "ECONNREFUSED",
    ];
    for (const error of unreachable) expect(isDatabaseUnreachable(error), String(error)).to.equal(true);
    for (const error of other) expect(isDatabaseUnreachable(error), String(error)).to.equal(false);
  });
});
