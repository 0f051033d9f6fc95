import { createServer, type Server } from "node:http";
import { connect, createServer as createTcpServer, type Socket } from "node:net";
import { networkInterfaces } from "node:os";
import { expect } from "chai";
import { pino } from "pino";
import { createSubgraph } from "../lib/subgraph/subgraph-main.js";
import { readHttpServerConfig } from "../lib/runtime/http-server-config.js";
import { readSubgraphConfig } from "../lib/subgraph/subgraph-config.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { products } from "../subgraphs/products/src/subgraph.js";
import { testGraph } from "./support/graph.js";

/**
 * What a service shows of itself to the network: outside production it listens on loopback only; in
 * production on every interface, /ready names the dependency that is down and nothing about where it
 * is, and /metrics can be moved to a port of its own.
 */

/** An address of this machine that is not loopback: what another machine on the network would connect to. */
function networkAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((candidate) => candidate && candidate.family === "IPv4" && !candidate.internal);
  if (!address) throw new Error("This machine has no IPv4 address besides loopback; the test needs one");
  return address.address;
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** Answers /ready like a subgraph, until it is closed. */
function startStandInSubgraph(): Promise<Server> {
  const server = createServer((_req, res) => res.end("{}"));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const ADDRESSES = /127\.0\.0\.1|localhost|::1|ECONNREFUSED|:\d{2,5}\b|\d+\.\d+\.\d+\.\d+/;

describe("service exposure: where services listen, and what /ready and /metrics show", function () {
  this.timeout(120_000);

  it("outside production, listens on loopback only (the test graph sets no HOST)", async () => {
    const port = Number(new URL(testGraph().gatewayUrl).port);
    expect(await accepts("127.0.0.1", port)).to.equal(true);
    expect(await accepts(networkAddress(), port)).to.equal(false);
    const products = Number(new URL(testGraph().subgraphUrls.products).port);
    expect(await accepts(networkAddress(), products)).to.equal(false);
  });

  describe("a gateway in production mode", () => {
    let gateway: { url: string; stop(): Promise<void> };
    let standIn: Server;
    let port: number;
    let metricsPort: number;

    before(async () => {
      standIn = await startStandInSubgraph();
      port = await freePort();
      metricsPort = await freePort();
      gateway = await startGatewayInProcess({
        port,
        subgraphUrls: {
          ...testGraph().subgraphUrls,
          institutions: `http://127.0.0.1:${(standIn.address() as { port: number }).port}/graphql`,
        },
        env: { NODE_ENV: "production", LOG_LEVEL: "fatal", GATEWAY_METRICS_PORT: String(metricsPort) },
      });
    });
    after(async () => {
      await gateway?.stop();
      standIn?.closeAllConnections();
      await new Promise((resolve) => standIn?.close(resolve));
    });

    it("listens on every interface", async () => {
      const health = await fetch(`http://${networkAddress()}:${port}/health`);
      expect(health.status).to.equal(200);
    });

    it("serves /metrics on its own port only", async () => {
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).to.equal(404);
      const scraped = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(scraped.status).to.equal(200);
      expect(await scraped.text()).to.match(/service="gateway"/);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).to.equal(404);
    });

    it("answers a path it does not serve with JSON and a code, on either port", async () => {
      for (const url of [
        `http://127.0.0.1:${port}/metrics`,
        `http://127.0.0.1:${port}/nothing-here`,
        `http://127.0.0.1:${metricsPort}/graphql`,
      ]) {
        const response = await fetch(url);
        expect(response.status, url).to.equal(404);
        expect(response.headers.get("content-type"), url).to.match(/^application\/json/);
        const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
        expect(body.errors[0].extensions.code, url).to.equal("NOT_FOUND");
      }
    });

    it("names the subgraph that is down in /ready, with no address or port", async () => {
      standIn.closeAllConnections();
      await new Promise((resolve) => standIn.close(resolve));
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).to.equal(503);
      const body = (await ready.json()) as { unavailable: string[]; reason: string };
      expect(body).to.deep.include({ unavailable: ["subgraph institutions"], reason: "not ready: subgraph institutions" });
      expect(JSON.stringify(body)).to.not.match(ADDRESSES);
    });
  });

  it("a subgraph configured for production names its database in /ready when it cannot reach it, with no address", async () => {
    // The products subgraph in this process, reaching PostgreSQL through a relay that is then cut.
    const database = new URL(serviceDatabaseUrl(testGraph().databaseUrl, "products"));
    const sockets = new Set<Socket>();
    const relay = createTcpServer((client) => {
      const upstream = connect(Number(database.port), database.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("error", () => undefined);
        socket.on("close", () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    const relayPort = await freePort();
    await new Promise<void>((resolve) => relay.listen(relayPort, "127.0.0.1", resolve));
    const relayed = new URL(database);
    relayed.host = `127.0.0.1:${relayPort}`;
    const config = readSubgraphConfig(process.env, products, {
      databaseUrl: relayed.toString(),
      server: { ...readHttpServerConfig(process.env, "PRODUCTS"), readinessDetail: false },
    });
    const { db, service } = createSubgraph(products, config, pino({ level: "silent" }));
    await db.initialize();
    try {
      const port = await service.start(0, "127.0.0.1");
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).to.equal(200);
      relay.close();
      for (const socket of sockets) socket.destroy();
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).to.equal(503);
      const body = (await ready.json()) as { unavailable: string[]; reason: string };
      expect(body).to.deep.include({ service: "products", unavailable: ["database"], reason: "not ready: database" });
      expect(JSON.stringify(body)).to.not.match(ADDRESSES);
    } finally {
      await service.stop();
      await db.destroy().catch(() => undefined);
    }
  });
});
