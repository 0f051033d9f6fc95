import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Histogram, type Registry } from "prom-client";
import { boundedLabel } from "./bounded-labels.js";

/**
 * Every GraphQL request a service answers (the gateway's and each subgraph's), on its /metrics:
 * - `graphql_requests_total{operation_name, operation_type, result}`: `result` is `success`, or `error`
 *   when the answer holds any error; `operation_name` is the document's operation name, `anonymous` for
 *   an unnamed one, `unresolved` when no operation was chosen (the document did not parse or validate),
 *   and `other` past the first METRICS_MAX_OPERATION_NAMES names (default 100) this process saw;
 * - `graphql_request_duration_seconds{operation_type, result}`: from the request's arrival at the GraphQL
 *   server to its answer (no operation name: a histogram per name would be many series);
 * - `graphql_errors_total{code}`: errors in answers by `extensions.code` (the first 50 codes, then `other`).
 */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function graphqlMetricsPlugin(registry: Registry, maxOperationNames: number): ApolloServerPlugin {
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests answered, by operation name (capped, see README), operation type and result",
    labelNames: ["operation_name", "operation_type", "result"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from a GraphQL request's arrival to its answer, by operation type and result",
    labelNames: ["operation_type", "result"],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: "graphql_errors_total",
    help: "Errors in GraphQL answers, by extensions.code (capped, see README)",
    labelNames: ["code"],
    registers: [registry],
  });
  const operationName = boundedLabel(maxOperationNames);
  const errorCode = boundedLabel(50);

  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName: name, response }) {
          const answerErrors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const result = answerErrors.length ? "error" : "success";
          const type = operation?.operation ?? "unknown";
          const label = !operation ? "unresolved" : name ? operationName(name) : "anonymous";
          requests.inc({ operation_name: label, operation_type: type, result });
          duration.observe({ operation_type: type, result }, Number(process.hrtime.bigint() - started) / 1e9);
          for (const error of answerErrors) {
            const code = error.extensions?.code;
            errors.inc({ code: errorCode(typeof code === "string" ? code : "NONE") });
          }
        },
      };
    },
  };
}
