import { Counter, Histogram, type Registry } from "prom-client";
import { boundedLabel } from "../../lib/runtime/bounded-labels.js";
import { DURATION_BUCKETS } from "../../lib/runtime/graphql-metrics.js";

/**
 * What the gateway shows on /metrics of its fetches to the subgraphs (subgraph-data-source.ts):
 * - `gateway_subgraph_fetch_duration_seconds{subgraph, result}`: one observation per fetch of a query
 *   plan, from its request to its parsed answer (`success`, or `error` when it failed or its answer holds
 *   errors); a fetch that joined an identical one in flight counts too, with its own wait;
 * - `gateway_subgraph_errors_total{subgraph, code}`: errors of those fetches by `extensions.code`:
 *   the subgraph's own codes, SERVICE_UNAVAILABLE when it gave no answer (deadline, refused connection,
 *   open circuit), INTERNAL_SERVER_ERROR for anything else (at most 50 codes, then `other`).
 */
export interface SubgraphFetchMetrics {
  /** Starts timing one fetch; the returned function ends it. */
  timer(subgraph: string): (result: "success" | "error") => void;
  error(subgraph: string, code: unknown): void;
  register(registry: Registry): void;
}

export function createSubgraphFetchMetrics(): SubgraphFetchMetrics {
  const duration = new Histogram({
    name: "gateway_subgraph_fetch_duration_seconds",
    help: "Duration of the gateway's fetches to each subgraph, by result",
    labelNames: ["subgraph", "result"],
    buckets: DURATION_BUCKETS,
    registers: [],
  });
  const errors = new Counter({
    name: "gateway_subgraph_errors_total",
    help: "Errors of the gateway's fetches to each subgraph, by extensions.code",
    labelNames: ["subgraph", "code"],
    registers: [],
  });
  const errorCode = boundedLabel(50);
  return {
    timer(subgraph) {
      const end = duration.startTimer({ subgraph });
      return (result) => end({ result });
    },
    error(subgraph, code) {
      errors.inc({ subgraph, code: errorCode(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR") });
    },
    register(registry) {
      registry.registerMetric(duration);
      registry.registerMetric(errors);
    },
  };
}
