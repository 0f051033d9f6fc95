import { Counter, Histogram, type Registry } from "prom-client";

/** What demand control shows on the gateway's /metrics. */
export interface DemandMetrics {
  /** graphql_operation_cost{kind="estimated"|"actual"}: the estimate of every operation, the actual cost of every answer. */
  cost: Histogram<"kind">;
  /** graphql_operations_refused_total{code}: operations refused before any subgraph was called, or by a subgraph's row budget. */
  refused: Counter<"code">;
}

export function createDemandMetrics(registry: Registry): DemandMetrics {
  return {
    cost: new Histogram({
      name: "graphql_operation_cost",
      help: "Cost of GraphQL operations (Apollo Router's cost model): estimated before planning, actual from the answer",
      labelNames: ["kind"],
      buckets: [0, 10, 100, 1_000, 10_000, 100_000, 1_000_000],
      registers: [registry],
    }),
    refused: new Counter({
      name: "graphql_operations_refused_total",
      help: "GraphQL operations refused for their demand (QUERY_TOO_COSTLY, ROW_BUDGET_EXCEEDED)",
      labelNames: ["code"],
      registers: [registry],
    }),
  };
}
