import { expect } from "chai";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayProcess } from "../scripts/lib/graph-processes.js";
import { testGraph } from "./support/graph.js";
import { post } from "./support/client.js";

describe("gateway in production mode (NODE_ENV=production)", function () {
  this.timeout(60_000);
  let gateway: { url: string; stop(): Promise<void> };

  before(async () => {
    gateway = await startGatewayProcess({
      port: await freePort(),
      subgraphUrls: testGraph().subgraphUrls,
      env: { NODE_ENV: "production", LOG_LEVEL: "warn" },
    });
  });
  after(async () => {
    await gateway?.stop();
  });

  it("refuses introspection and shows no Sandbox landing page, but answers queries", async () => {
    const introspection = await post(gateway.url, "{ __schema { queryType { name } } }");
    expect(introspection.errors?.[0].extensions?.code).to.equal("GRAPHQL_VALIDATION_FAILED");
    expect(introspection.errors?.[0].message).to.match(/introspection/i);

    const landing = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(await landing.text()).to.not.match(/sandbox/i);

    const answer = await post(gateway.url, "{ procurementSummary(agency: MOTIE, throughYear: 2024) { designatedProducts } }");
    expect(answer.data).to.deep.equal({ procurementSummary: { designatedProducts: 313 } });
  });

  it("answers the development gateway's introspection, for Sandbox", async () => {
    const introspection = await post(testGraph().gatewayUrl, "{ __schema { queryType { name } } }");
    expect(introspection.data).to.deep.equal({ __schema: { queryType: { name: "Query" } } });
  });
});
