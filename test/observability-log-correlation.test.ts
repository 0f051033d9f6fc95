import { context, ROOT_CONTEXT, trace, TraceFlags } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { expect } from "chai";
import { activeTraceIds } from "../lib/runtime/tracing.js";

/**
 * What a log line gets from the active span while tracing (lib/runtime/logger.ts puts activeTraceIds in
 * pino's mixin). The context manager is this test's own, removed after it, as a traced process has one.
 */
describe("observability: log lines carry the active trace and span ids", () => {
  before(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });
  after(() => {
    context.disable();
  });

  it("gives trace_id and span_id inside a span, across an await, and nothing outside one", async () => {
    const spanContext = { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", traceFlags: TraceFlags.SAMPLED };
    expect(activeTraceIds()).to.deep.equal({});
    const inside = await context.with(trace.setSpan(ROOT_CONTEXT, trace.wrapSpanContext(spanContext)), async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return activeTraceIds();
    });
    expect(inside).to.deep.equal({ trace_id: spanContext.traceId, span_id: spanContext.spanId });
    expect(activeTraceIds()).to.deep.equal({});
  });
});
