import { context, propagation, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";
import type { Sampler } from "@opentelemetry/sdk-trace";
import type { TracingConfig } from "./tracing-config.js";

/**
 * OpenTelemetry tracing of one service process (W3C `traceparent`, OTLP/HTTP export).
 *
 * Set up by hand at the process entry rather than with `@opentelemetry/sdk-node` and its `--import`
 * register hook, because the services run both through tsx and compiled (scripts/lib/compiled-services.ts)
 * as ES modules, and the only module that must be patched, `pg`, is loaded with `require` by TypeORM when
 * a DataSource is made, after this has run: a require hook (what `registerInstrumentations` installs)
 * is enough, and no ESM loader hook has to be put in front of every process. The rest is instrumented
 * explicitly, so each span is one we chose:
 * - every HTTP request but /health, /ready and /metrics: a server span, continuing the caller's trace
 *   (lib/runtime/http-tracing.ts);
 * - GraphQL parse and validation (lib/runtime/graphql-spans.ts); Apollo Gateway's own spans (request,
 *   validate, plan, execute, one per subgraph fetch), which it emits once a tracer provider is registered;
 * - a subgraph's resolvers (lib/subgraph/resolver-spans.ts) and loader batches (tracedBatch);
 * - every SQL statement (`@opentelemetry/instrumentation-pg`).
 * The gateway's subgraph fetches and a subgraph's questions to a peer carry `traceparent`.
 *
 * Off (no endpoint), nothing of the SDK is loaded; the API's calls are no-ops, and the wrappers above are
 * not installed at all (isTracing).
 */
export interface Tracing {
  enabled: boolean;
  /** Exports what is left and stops; call last when the process stops. */
  stop(): Promise<void>;
}

/** The tracer every span of ours comes from. */
export const tracer = trace.getTracer("innovation-procurement-graph");

let started = false;

/** True once startTracing set up an exporter in this process: wrappers that only serve tracing check it. */
export const isTracing = (): boolean => started;

export async function startTracing(config: TracingConfig | undefined): Promise<Tracing> {
  if (!config) return { enabled: false, stop: async () => undefined };
  // Loaded only here, so a process without tracing never loads the SDK.
  const [
    { TracerProvider, BatchSpanProcessor },
    { resourceFromAttributes },
    { W3CTraceContextPropagator },
    { AsyncLocalStorageContextManager },
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/core"),
    import("@opentelemetry/context-async-hooks"),
  ]);
  const { registerInstrumentations } = await import("@opentelemetry/instrumentation");
  const { PgInstrumentation } = await import("@opentelemetry/instrumentation-pg");
  const exporter = await createExporter(config.exporter);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ ...config.resourceAttributes, "service.name": config.serviceName }),
    sampler: await createSampler(config.sampler),
    spanProcessors: [new BatchSpanProcessor({ exporter, ...config.batch })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  // Only statements of a traced request (not the pool's own, nor /ready's check), without their values.
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false })],
  });
  started = true;
  return {
    enabled: true,
    async stop() {
      await provider.shutdown().catch(() => undefined);
      unregister();
      trace.disable();
      propagation.disable();
      context.disable();
      started = false;
    },
  };
}

async function createExporter(exporter: TracingConfig["exporter"]) {
  const options = { url: exporter.url, headers: exporter.headers };
  if (exporter.protocol === "http/json") return new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter(options);
  return new (await import("@opentelemetry/exporter-trace-otlp-proto")).OTLPTraceExporter(options);
}

async function createSampler({ name, ratio }: TracingConfig["sampler"]): Promise<Sampler> {
  const { AlwaysOnSampler, AlwaysOffSampler, TraceIdRatioBasedSampler, ParentBasedSampler } = await import("@opentelemetry/sdk-trace");
  const root = name.endsWith("always_on")
    ? new AlwaysOnSampler()
    : name.endsWith("always_off")
      ? new AlwaysOffSampler()
      : new TraceIdRatioBasedSampler(ratio);
  return name.startsWith("parentbased_") ? new ParentBasedSampler({ root }) : root;
}

/** Runs `work` in a new active span (its children nest under it), ended when `work` settles; an exception marks it failed. */
export function inSpan<T>(name: string, attributes: Attributes, work: () => T): T {
  return tracer.startActiveSpan(name, { attributes }, (span) => {
    try {
      const result = work();
      if (result instanceof Promise) {
        return result.then(
          (value) => {
            span.end();
            return value;
          },
          (error: unknown) => {
            endFailed(span, error);
            throw error;
          },
        ) as T;
      }
      span.end();
      return result;
    } catch (error) {
      endFailed(span, error);
      throw error;
    }
  });
}

export function endFailed(span: Span, error: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.end();
}

/**
 * A DataLoader batch function that, while tracing, runs in a span of its own (its SQL nests under it);
 * not tracing, the function itself.
 */
export function tracedBatch<A extends unknown[], R>(name: string, batch: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  if (!isTracing()) return batch;
  return (...args) =>
    inSpan(`loader ${name}`, { "loader.name": name, "loader.batch_size": (args[0] as unknown[]).length }, () => batch(...args));
}

/** The W3C trace context of the active span, written into outgoing request headers (nothing when not tracing). */
export function injectTraceContext(headers: Record<string, string>): Record<string, string> {
  if (started) propagation.inject(context.active(), headers);
  return headers;
}

/** The trace and span ids of the active span, for log lines. */
export function activeTraceIds(): { trace_id: string; span_id: string } | Record<string, never> {
  const span = trace.getActiveSpan()?.spanContext();
  return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
}
