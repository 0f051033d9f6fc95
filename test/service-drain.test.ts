import { expect } from "chai";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startSubgraphProcess } from "../scripts/lib/graph-processes.js";
import { assertionSigner, post } from "./support/client.js";
import { callerFor } from "../lib/access/access.js";
import { testGraph } from "./support/graph.js";

/**
 * A stopping service leaves a load balancer's rotation before it closes its port: on SIGTERM it answers
 * 503 on /ready for HTTP_DRAIN_DELAY_MS while it still serves requests, then exits 0. (The replicas test,
 * test/replicas.test.ts, shows what that buys behind HAProxy: a rolling restart loses no request.)
 */
describe("stopping with a drain delay (HTTP_DRAIN_DELAY_MS)", function () {
  this.timeout(60_000);

  it("answers 503 on /ready but keeps serving for the delay, then exits", async () => {
    const port = await freePort();
    const products = await startSubgraphProcess({
      name: "products",
      port,
      databaseUrl: serviceDatabaseUrl(testGraph().databaseUrl, "products"),
      subgraphUrls: testGraph().subgraphUrls,
      env: { LOG_LEVEL: "fatal", PRODUCTS_HTTP_DRAIN_DELAY_MS: "3000" },
    });
    const exited = new Promise<number | null>((resolve) => products.process.once("exit", (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/ready`)).status).to.equal(200);

    products.process.kill("SIGTERM");
    const stopping = await (async () => {
      for (;;) {
        const response = await fetch(`${base}/ready`);
        if (response.status === 503) return (await response.json()) as { status: string };
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    expect(stopping.status).to.equal("stopping");
    const credentials = await assertionSigner("gateway").headers(callerFor("administrator", { subject: "test" }), "products");
    const answer = await post(`${base}/graphql`, "{ products(first: 2) { nodes { id } } }", undefined, credentials);
    expect(answer.errors, "a request during the drain").to.equal(undefined);
    expect(answer.data.products.nodes).to.have.length(2);

    expect(await exited).to.equal(0);
    const refused = await fetch(`${base}/health`).catch((error: Error) => error);
    expect(refused).to.be.instanceOf(Error);
  });
});
