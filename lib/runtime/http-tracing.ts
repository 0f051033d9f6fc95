import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { tracer } from "./tracing.js";

/** What a load balancer and a scraper call, too often and too plainly to trace. */
const OPERATIONAL_PATHS = new Set(["/health", "/ready", "/metrics"]);

/**
 * A server span for every request but the operational ones, continuing the trace of the caller's
 * `traceparent` (the gateway's, or a peer subgraph's), and active for everything that handles the request.
 * The request and response are bound to its context too: the body arrives in stream events, whose
 * callbacks (and express's `next` after the body parser) would otherwise run outside it.
 */
export const serverSpans: RequestHandler = (req, res, next) => {
  if (OPERATIONAL_PATHS.has(req.path)) return next();
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracer.startSpan(
    `${req.method} ${req.path}`,
    { kind: SpanKind.SERVER, attributes: { "http.request.method": req.method, "url.path": req.path } },
    parent,
  );
  const active = trace.setSpan(parent, span);
  context.bind(active, req);
  context.bind(active, res);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    span.setAttribute("http.response.status_code", res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  res.once("finish", end);
  res.once("close", end);
  context.with(active, next);
};
