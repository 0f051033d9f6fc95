import type { ApolloServerPlugin } from "@apollo/server";
import { trace, type Span } from "@opentelemetry/api";
import { endFailed, tracer } from "./tracing.js";

/**
 * Apollo Server's own phases as spans, for the gateway and the subgraphs alike: `graphql.parse` and
 * `graphql.validate` under the request's server span, which is also named after the operation once it is
 * known (`query LeadBuyerDashboard`). Installed only while tracing (lib/runtime/tracing.ts).
 */
export const graphqlSpansPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const request = trace.getActiveSpan();
    const phase = (name: string) => {
      const span = tracer.startSpan(name);
      return async (error?: unknown) => finish(span, error);
    };
    return {
      async parsingDidStart() {
        return phase("graphql.parse");
      },
      async validationDidStart() {
        const end = phase("graphql.validate");
        return async (errors?: readonly Error[]) => end(errors?.[0]);
      },
      async didResolveOperation({ operation, operationName }) {
        if (!request || !operation) return;
        request.setAttributes({ "graphql.operation.type": operation.operation, "graphql.operation.name": operationName ?? "" });
        request.updateName(`${operation.operation} ${operationName ?? "anonymous"}`);
      },
    };
  },
};

function finish(span: Span, error: unknown): void {
  if (error) endFailed(span, error);
  else span.end();
}
