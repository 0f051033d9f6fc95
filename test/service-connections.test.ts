import { connect, type Socket } from "node:net";
import { expect } from "chai";
import { pino } from "pino";
import { readHttpServerConfig } from "../lib/runtime/http-server-config.js";
import type { DataSource } from "typeorm";
import { readSubgraphConfig } from "../lib/subgraph/subgraph-config.js";
import { createSubgraph } from "../lib/subgraph/subgraph-main.js";
import type { SubgraphService } from "../lib/subgraph/subgraph-server.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { products } from "../subgraphs/products/src/subgraph.js";
import { testGraph } from "./support/graph.js";

/**
 * Every service's connection limits (lib/runtime/http-server-config.ts), on a gateway started with short ones:
 * a client that trickles its headers or its body is cut off with 408 once the header or request timeout
 * passes, however long it would go on; a connection beyond the cap is closed at once; /metrics can
 * ask for a bearer token. A subgraph, built in this process from a config object, keeps the same limits.
 */
const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;
const MAX_CONNECTIONS = 3;
const METRICS_TOKEN = "metrics-token-for-this-test-run";
/** How long each slow client would keep going if it were never cut off. */
const TRICKLE_FOR_MS = 40_000;

interface Outcome {
  /** What the server sent before it closed the connection. */
  answer: string;
  elapsedMs: number;
  /** Whether the client had more to send when the server closed the connection. */
  cutOff: boolean;
}

/** Sends `opening`, then one `drip` every 250 ms until the server closes the connection or TRICKLE_FOR_MS pass. */
function trickle(port: number, opening: string, drip: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1", () => socket.write(opening));
    let answer = "";
    let finished = false;
    const timer = setInterval(() => {
      if (Date.now() - started > TRICKLE_FOR_MS) {
        finished = true;
        socket.end();
      } else if (socket.writable) socket.write(drip);
    }, 250);
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ answer, elapsedMs: Date.now() - started, cutOff: !finished });
    });
  });
}

/** Node's 408, as JSON with a code like every other refusal. */
function expectRequestTimeout(answer: string) {
  const [head, body] = answer.split("\r\n\r\n");
  expect(head).to.match(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  expect(head).to.match(/\r\nContent-Type: application\/json\r\n/i);
  expect(JSON.parse(body).errors[0].extensions).to.deep.equal({ code: "REQUEST_TIMEOUT" });
}

/** A connection that sends one complete GET /health and stays open; resolves to its status line, or null if the server closed it unanswered. */
function openConnection(port: number): Promise<{ socket: Socket; status: string | null }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.write("GET /health HTTP/1.1\r\nHost: gateway\r\n\r\n"));
    socket.on("error", () => undefined);
    socket.once("data", (chunk) => resolve({ socket, status: chunk.toString("latin1").split("\r\n")[0] }));
    socket.once("close", () => resolve({ socket, status: null }));
  });
}

describe("service connections: timeouts, a connection cap and /metrics behind a token", function () {
  this.timeout(120_000);
  let gateway: { url: string; stop(): Promise<void> };
  let port: number;

  before(async () => {
    port = await freePort();
    gateway = await startGatewayInProcess({
      port,
      env: {
        LOG_LEVEL: "fatal",
        GATEWAY_HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        GATEWAY_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        GATEWAY_HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
        GATEWAY_METRICS_TOKEN: METRICS_TOKEN,
      },
    });
  });
  after(async () => {
    await gateway?.stop();
  });

  it("cuts off a client that sends partial headers, with 408, long before it would finish", async () => {
    const outcome = await trickle(port, "POST /graphql HTTP/1.1\r\nHost: gateway\r\n", "X-Slow: a\r\n");
    expect(outcome.cutOff).to.equal(true);
    expectRequestTimeout(outcome.answer);
    expect(outcome.elapsedMs).to.be.at.least(HEADERS_TIMEOUT_MS);
  });

  it("cuts off a client that trickles its body, with 408, long before it would finish", async () => {
    const headers = "POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 90000\r\n\r\n";
    const outcome = await trickle(port, `${headers}{"query":"`, " ");
    expect(outcome.cutOff).to.equal(true);
    expectRequestTimeout(outcome.answer);
    expect(outcome.elapsedMs).to.be.at.least(REQUEST_TIMEOUT_MS);
  });

  it("answers a request that is not HTTP with 400 and a JSON code, as Node's own refusals go", async () => {
    const answer = await new Promise<string>((resolve) => {
      let received = "";
      const socket = connect(port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      socket.on("data", (chunk) => (received += chunk.toString("latin1")));
      socket.on("error", () => undefined);
      socket.on("close", () => resolve(received));
    });
    const [head, body] = answer.split("\r\n\r\n");
    expect(head).to.match(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(body).errors[0].extensions).to.deep.equal({ code: "BAD_REQUEST" });
  });

  it("closes a connection beyond the cap at once, unanswered, and answers again once one is freed", async () => {
    const held: Socket[] = [];
    try {
      let refused: string | null | undefined;
      // The gateway's own readiness probe may still hold a connection, so count up to the first refusal.
      for (let attempt = 0; attempt <= MAX_CONNECTIONS && refused === undefined; attempt++) {
        const { socket, status } = await openConnection(port);
        held.push(socket);
        if (status === null) refused = status;
        else expect(status).to.equal("HTTP/1.1 200 OK");
      }
      expect(refused).to.equal(null);
      expect(held.length).to.be.within(2, MAX_CONNECTIONS + 1);
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await openConnection(port);
      again.socket.destroy();
      expect(again.status).to.equal("HTTP/1.1 200 OK");
    } finally {
      for (const socket of held) socket.destroy();
    }
  });

  it("answers /metrics only with its bearer token", async () => {
    const base = `http://127.0.0.1:${port}`;
    const without = await fetch(`${base}/metrics`);
    expect(without.status).to.equal(401);
    expect(((await without.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).to.equal(
      "UNAUTHENTICATED",
    );
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).to.equal(401);
    const scraped = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).to.equal(200);
    expect(await scraped.text()).to.match(/^process_cpu_user_seconds_total/m);
  });
});

describe("service connections: a subgraph cuts off slow clients too", function () {
  this.timeout(120_000);
  let db: DataSource;
  let service: SubgraphService;
  let port: number;

  before(async () => {
    const config = readSubgraphConfig(process.env, products, {
      databaseUrl: serviceDatabaseUrl(testGraph().databaseUrl, "products"),
      server: {
        ...readHttpServerConfig(process.env, "PRODUCTS"),
        headersTimeoutMs: HEADERS_TIMEOUT_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
      },
    });
    ({ db, service } = createSubgraph(products, config, pino({ level: "silent" })));
    await db.initialize();
    port = await service.start(0, "127.0.0.1");
  });
  after(async () => {
    await service?.stop();
    await db?.destroy();
  });

  it("cuts off partial headers and a trickled body with 408", async () => {
    const headers = await trickle(port, "POST /graphql HTTP/1.1\r\nHost: products\r\n", "X-Slow: a\r\n");
    const body = await trickle(
      port,
      "POST /graphql HTTP/1.1\r\nHost: products\r\nContent-Type: application/json\r\nContent-Length: 90000\r\n\r\n{",
      " ",
    );
    for (const outcome of [headers, body]) {
      expect(outcome.cutOff).to.equal(true);
      expectRequestTimeout(outcome.answer);
    }
  });
});
