import { expect } from "chai";
import { startGatewayInProcess } from "./support/in-process.js";
import { post, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { breakerState } from "./support/metrics.js";
import { LEAD_BUYER_DASHBOARD } from "./support/screens.js";

/**
 * A subgraph that accepts connections but never answers (its process stopped with SIGSTOP: the kernel
 * still completes TCP handshakes for it), as the lead-buyer dashboard meets it. A gateway of its own
 * (1 s deadline, the default breaker: 10 fetches, 50 %) watches the test graph's subgraphs, so the shared
 * gateway is not disturbed; the institutions process is continued (SIGCONT) whatever happens.
 */
describe("gateway in front of a frozen subgraph (institutions, SIGSTOP)", function () {
  this.timeout(90_000);
  let gateway: { url: string; stop(): Promise<void> } | undefined;
  let frozen = false;
  const institutions = () => testGraph().running.processes.get("institutions")!;
  const freeze = () => {
    institutions().kill("SIGSTOP");
    frozen = true;
  };
  const thaw = () => {
    if (frozen) institutions().kill("SIGCONT");
    frozen = false;
  };

  before(async function () {
    this.timeout(60_000);
    gateway = await startGatewayInProcess({
      env: {
        LOG_LEVEL: "fatal",
        GATEWAY_SUBGRAPH_TIMEOUT_MS: "1000",
        GATEWAY_CIRCUIT_BREAKER_RESET_MS: "1000",
        GATEWAY_RATE_LIMIT: "false",
      },
    });
    const warm = await post(gateway.url, LEAD_BUYER_DASHBOARD);
    expect(warm.errors, JSON.stringify(warm.errors)).to.equal(undefined);
  });
  after(async () => {
    thaw();
    await gateway?.stop();
  });

  it("opens the breaker after one wave of identical dashboard requests, then fails fast naming the service", async () => {
    expect(await breakerState(gateway!.url, "institutions")).to.equal(0);
    freeze();
    // Twelve dashboards at once: the same query, so the gateway sends institutions one fetch and the
    // others join it (in-flight deduplication). Each of them waited, and each counts for the breaker.
    const wave = await Promise.all(Array.from({ length: 12 }, () => post(gateway!.url, LEAD_BUYER_DASHBOARD)));
    for (const response of wave) expectInstitutionsUnavailable(response, /did not answer within 1000 ms/);
    expect(await breakerState(gateway!.url, "institutions")).to.equal(2);

    const next = await post(gateway!.url, LEAD_BUYER_DASHBOARD);
    expectInstitutionsUnavailable(next, /^The institutions service keeps failing, so the gateway is not calling it for a few seconds/);
  });

  it("closes the breaker again once the subgraph answers", async () => {
    thaw();
    const deadline = Date.now() + 30_000;
    let response = await post(gateway!.url, LEAD_BUYER_DASHBOARD);
    while (response.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      response = await post(gateway!.url, LEAD_BUYER_DASHBOARD);
    }
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    expect(response.data.leadBuyers.nodes[0].abbreviation).to.equal("KTL");
    expect(await breakerState(gateway!.url, "institutions")).to.equal(0);
  });
});

function expectInstitutionsUnavailable(response: GraphQLResponse, message: RegExp) {
  expect(response.status).to.equal(200);
  expect(response.data).to.deep.equal({ leadBuyers: null });
  expect(response.errors, JSON.stringify(response.errors)).to.have.length(1);
  expect(response.errors![0].extensions).to.deep.equal({ code: "SERVICE_UNAVAILABLE", service: "institutions" });
  expect(response.errors![0].message).to.match(message);
}
