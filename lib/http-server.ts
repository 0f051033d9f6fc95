import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express, type Request, type Response } from "express";
import { Registry, collectDefaultMetrics } from "prom-client";

/**
 * The HTTP shell shared by the gateway and the subgraphs: JSON body parsing with a size limit, and the
 * operational endpoints a load balancer and a metrics scraper expect.
 *   GET /health   the process is alive
 *   GET /ready    the service can answer (its dependencies are reachable)
 *   GET /metrics  Prometheus metrics
 */
export interface HttpShell {
  app: Express;
  httpServer: Server;
  metrics: Registry;
}

export function createHttpShell(options: {
  service: string;
  ready: () => Promise<void>;
  bodyLimit?: string;
  /** Mounts what must answer before a body is read (the gateway's CORS and rate limits: a refusal reads no body). */
  beforeBodyParsing?: (app: Express) => void;
}): HttpShell {
  const app = express();
  app.disable("x-powered-by");
  options.beforeBodyParsing?.(app);
  app.use(express.json({ limit: options.bodyLimit ?? "1mb" }));

  const metrics = new Registry();
  metrics.setDefaultLabels({ service: options.service });
  collectDefaultMetrics({ register: metrics });

  app.get("/health", (_req: Request, res: Response) => {
    res.json({ status: "ok", service: options.service });
  });
  app.get("/ready", async (_req: Request, res: Response) => {
    try {
      await options.ready();
      res.json({ status: "ready", service: options.service });
    } catch (error) {
      res.status(503).json({ status: "unavailable", service: options.service, reason: (error as Error).message });
    }
  });
  app.get("/metrics", async (_req: Request, res: Response) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  const httpServer = createServer(app);
  // Longer than a typical load balancer's idle timeout, so the balancer closes idle connections first.
  httpServer.keepAliveTimeout = 65_000;
  return { app, httpServer, metrics };
}

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
