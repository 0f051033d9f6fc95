import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type DocumentNode } from "graphql";
import type { GatewayContext } from "../context.js";
import type { SupergraphSource } from "../supergraph-source.js";
import { DEFAULT_LIST_SIZE } from "./config.js";
import { readCostDirectives, type CostDirectives } from "./cost-directives.js";
import type { DemandMetrics } from "./metrics.js";
import { actualCost, estimatedCost, type AnsweredPlans, type CostInput } from "./static-cost.js";

export const QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY";

/** The variables as a cache key; undefined for values too deep to print (coercion refuses those later). */
function variablesKey(variables: Record<string, unknown> | undefined): string | undefined {
  try {
    return JSON.stringify(variables ?? {});
  } catch {
    return undefined;
  }
}

/** Estimates kept per parsed document (Apollo Server reuses one per query text), by operation and variables. */
const ESTIMATES_PER_DOCUMENT = 16;

/**
 * Demand control on one endpoint: in `didResolveOperation` (the document is valid and the variables are
 * known; nothing is planned or fetched yet) the operation's cost is estimated from the cost directives of
 * the supergraph this endpoint serves right now, recorded as `contextValue.demand.estimatedCost` (the rate
 * limiter charges it later) and refused with QUERY_TOO_COSTLY above `maxCost`. Once answered, the actual
 * cost of the answer goes to `contextValue.demand.actualCost` and both to the metrics.
 */
export function demandControlPlugin(options: {
  supergraph: SupergraphSource;
  maxCost: number;
  metrics: DemandMetrics;
}): ApolloServerPlugin<GatewayContext> {
  const { supergraph, maxCost, metrics } = options;
  let model: { sdl: string; directives: CostDirectives } | undefined;
  // The supergraph hot-reloads; its directives are read again when its text changes.
  const currentDirectives = () => {
    const sdl = supergraph.current();
    if (model?.sdl !== sdl) model = { sdl, directives: readCostDirectives(sdl) };
    return model.directives;
  };
  // Per supergraph, parsed document (Apollo Server reuses one per query text), operation and variables:
  // the estimate, and the actual cost's plans (answeredPlan), so a repeated operation is worked out once.
  interface Known {
    estimate: number;
    plans: AnsweredPlans;
  }
  const known = new WeakMap<CostDirectives, WeakMap<DocumentNode, Map<string, Known>>>();
  const knownFor = (input: CostInput): Known => {
    let byDocument = known.get(input.directives);
    if (!byDocument) known.set(input.directives, (byDocument = new WeakMap()));
    let byVariables = byDocument.get(input.document);
    if (!byVariables) byDocument.set(input.document, (byVariables = new Map()));
    const variables = variablesKey(input.variables);
    if (variables === undefined) return { estimate: estimatedCost(input), plans: new WeakMap() };
    const key = `${input.operationName ?? ""}\u0000${variables}`;
    let entry = byVariables.get(key);
    if (entry === undefined) {
      entry = { estimate: estimatedCost(input), plans: new WeakMap() };
      if (byVariables.size >= ESTIMATES_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
      byVariables.set(key, entry);
    }
    return entry;
  };

  return {
    async requestDidStart() {
      let input: CostInput | undefined;
      let plans: AnsweredPlans | undefined;
      return {
        async didResolveOperation({ document, request, schema, contextValue }) {
          input = {
            schema,
            directives: currentDirectives(),
            document,
            operationName: request.operationName,
            variables: request.variables,
            defaultListSize: DEFAULT_LIST_SIZE,
          };
          const entry = knownFor(input);
          plans = entry.plans;
          const estimated = entry.estimate;
          contextValue.demand = { estimatedCost: estimated };
          metrics.cost.observe({ kind: "estimated" }, estimated);
          if (estimated <= maxCost) return;
          metrics.refused.inc({ code: QUERY_TOO_COSTLY });
          throw new GraphQLError(
            `This query could cost up to ${estimated.toLocaleString("en")} (objects and list items it may return), more than the ` +
              `${maxCost.toLocaleString("en")} this API answers at once: ask for smaller pages (\`first\`) or split it into several requests.`,
            { extensions: { code: QUERY_TOO_COSTLY, cost: { estimated, limit: maxCost }, http: { status: 400 } } },
          );
        },
        async willSendResponse({ response, contextValue }) {
          if (!input || !contextValue.demand || response.body.kind !== "single") return;
          const { data } = response.body.singleResult;
          if (!data) return;
          const actual = actualCost(input, data, plans);
          contextValue.demand.actualCost = actual;
          metrics.cost.observe({ kind: "actual" }, actual);
        },
      };
    },
  };
}
