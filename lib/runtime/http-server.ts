import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import express, { type Express, type Request, type RequestHandler, type Response } from "express";
import { Registry, collectDefaultMetrics } from "prom-client";
import type { HttpServerConfig } from "./http-server-config.js";
import { serverSpans } from "./http-tracing.js";
import { isTracing } from "./tracing.js";

/**
 * The HTTP shell shared by the gateway and the subgraphs: JSON body parsing with a size limit, the
 * connection limits of lib/runtime/http-server-config.ts, and the operational endpoints a load balancer and a
 * metrics scraper expect.
 *   GET /health   the process is alive
 *   GET /ready    the service can answer (its dependencies are reachable)
 *   GET /metrics  Prometheus metrics (behind a bearer token and/or on a port of its own, if configured)
 */
export interface HttpShell {
  app: Express;
  httpServer: Server;
  metrics: Registry;
  /** Binds the public port (0 picks a free one) and the metrics port if there is one; resolves to the public port. */
  listen(port: number, host: string): Promise<number>;
  /**
   * The first step of a stop: /ready answers 503 from now on, and this resolves after the configured
   * drain delay, during which requests are still served; then the service closes its port.
   */
  drain(): Promise<void>;
}

/**
 * A dependency the service needs is not there. /ready names it ("database", "subgraph products"); the
 * detail (a driver's message, which may hold an address) is shown only outside production.
 */
export class DependencyUnavailable extends Error {
  constructor(
    readonly dependencies: string[],
    detail?: string,
  ) {
    super(detail ?? `not ready: ${dependencies.join(", ")}`);
  }
}

export function createHttpShell(options: {
  service: string;
  ready: () => Promise<void>;
  bodyLimit?: string;
  server: HttpServerConfig;
  /** Mounts what must answer before a body is read (the gateway's CORS and rate limits: a refusal reads no body). */
  beforeBodyParsing?: (app: Express) => void;
}): HttpShell {
  const { server } = options;
  const app = express();
  app.disable("x-powered-by");
  // While tracing, first: a refusal before the body is read is traced too.
  if (isTracing()) app.use(serverSpans);
  options.beforeBodyParsing?.(app);
  app.use(express.json({ limit: options.bodyLimit ?? "1mb" }));

  const metrics = new Registry();
  metrics.setDefaultLabels({ service: options.service });
  collectDefaultMetrics({ register: metrics });

  app.get("/health", (_req: Request, res: Response) => {
    res.json({ status: "ok", service: options.service });
  });
  let draining = false;
  app.get("/ready", async (_req: Request, res: Response) => {
    if (draining) {
      res.status(503).json({ status: "stopping", service: options.service, unavailable: [], reason: "stopping" });
      return;
    }
    try {
      await options.ready();
      res.json({ status: "ready", service: options.service });
    } catch (error) {
      const unavailable = error instanceof DependencyUnavailable ? error.dependencies : [];
      const reason = server.readinessDetail ? (error as Error).message : `not ready: ${unavailable.join(", ") || "starting"}`;
      res.status(503).json({ status: "unavailable", service: options.service, unavailable, reason });
    }
  });
  const serveMetrics = metricsHandler(metrics, server.metricsToken);
  const metricsServer = server.metricsPort === undefined ? undefined : createLimitedServer(metricsApp(serveMetrics), server);
  if (!metricsServer) app.get("/metrics", serveMetrics);

  const httpServer = createLimitedServer(app, server);
  // The metrics listener lives and dies with the public one (Apollo's drain plugin closes that on stop).
  if (metricsServer) httpServer.once("close", () => metricsServer.close());
  return {
    app,
    httpServer,
    metrics,
    async listen(port, host) {
      // Last, once the service has mounted its own routes.
      app.use(notFound);
      if (metricsServer) await listen(metricsServer, server.metricsPort!, host);
      return listen(httpServer, port, host);
    },
    async drain() {
      draining = true;
      if (server.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, server.drainDelayMs));
    },
  };
}

/** A server with the header, request and idle timeouts and the connection cap of `config`. */
function createLimitedServer(app: Express, config: HttpServerConfig): Server {
  const httpServer = createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      keepAliveTimeout: config.keepAliveTimeoutMs,
      // Node checks both timeouts on this interval (30 s by default), so a short timeout needs a short one.
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(config.headersTimeoutMs / 4))),
    },
    app,
  );
  httpServer.maxConnections = config.maxConnections;
  httpServer.on("clientError", answerClientError);
  return httpServer;
}

/**
 * What Node answers before any route sees the request (a timeout, a request that is not HTTP, headers
 * too large), as JSON with a code like every other refusal; Node's own answers have no body.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "Request Timeout", "REQUEST_TIMEOUT", "The request did not arrive in time: send its headers and body whole, without pauses."]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "HEADERS_TOO_LARGE", "The request's headers are too large."]
        : [400, "Bad Request", "BAD_REQUEST", "The request is not valid HTTP."];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function metricsApp(serveMetrics: RequestHandler): Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", serveMetrics);
  app.use(notFound);
  return app;
}

/** A path no route serves: JSON with a code like every other refusal (Express's own answer is an HTML page). */
const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: "Nothing is served at this path.", extensions: { code: "NOT_FOUND" } }] });
};

function metricsHandler(metrics: Registry, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  return async (req, res) => {
    // Compared as digests in constant time, so neither the token nor its length leaks through timing.
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ""), expected)) {
      res
        .status(401)
        .set("www-authenticate", 'Bearer realm="metrics"')
        .json({ errors: [{ message: "Metrics need the metrics bearer token.", extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    res.type(metrics.contentType).send(await metrics.metrics());
  };
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Listens and resolves once the port is bound; port 0 picks a free one (tests). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(boundPort(server));
    });
  });
}

export function boundPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
