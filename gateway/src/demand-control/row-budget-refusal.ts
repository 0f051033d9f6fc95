import type { ApolloServerPlugin } from "@apollo/server";
import { ROW_BUDGET_EXCEEDED } from "../../../lib/data/row-budget.js";
import type { DemandMetrics } from "./metrics.js";

/**
 * A subgraph that would read more rows for one request than its budget answers no data, only
 * ROW_BUDGET_EXCEEDED (lib/data/row-budget.ts). The rest of the operation may have been answered by other
 * subgraphs, but half an answer would look complete to a client: the whole operation is answered
 * `data: null` with that one error, HTTP 400 (the operation asked for too much; sending it again as it is
 * will not help). A mutation's answer stays as it is (its write happened; only the fields of the refused
 * fetch are null, with the error).
 */
export function rowBudgetRefusalPlugin(metrics: DemandMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== "single" || operation?.operation === "mutation") return;
          const refusal = response.body.singleResult.errors?.find((error) => error.extensions?.code === ROW_BUDGET_EXCEEDED);
          if (!refusal) return;
          metrics.refused.inc({ code: ROW_BUDGET_EXCEEDED });
          response.body.singleResult = { data: null, errors: [{ message: refusal.message, extensions: refusal.extensions }] };
          response.http.status = 400;
        },
      };
    },
  };
}
