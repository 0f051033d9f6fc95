import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { injectTraceContext, isTracing } from "../../lib/runtime/tracing.js";
import { ANONYMOUS } from "../../lib/access/access.js";
import type { CallerAssertionSigner } from "../../lib/access/caller-assertion.js";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { ROW_BUDGET_EXCEEDED } from "../../lib/data/row-budget.js";
import { noteSubgraphAnswer, noteSubgraphFailure } from "./committed-writes.js";
import type { GatewayContext } from "./context.js";
import type { SubgraphFetchMetrics } from "./subgraph-metrics.js";

/** Codes a subgraph answers for a caller's mistake; the caller must see them, not an internal error. */
const CALLER_ERROR_CODES = new Set(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", ROW_BUDGET_EXCEEDED]);

/**
 * The gateway's connection to one subgraph. A subgraph refuses some bad input with HTTP 400 before it
 * runs any resolver (a variable that is not a valid Money, Date or DateTime: the gateway does not know
 * the scalars' rules, so it passes such values through). The stock data source turns every non-2xx
 * answer into an opaque "400: Bad Request" error, which the gateway would then mask as an internal
 * error; here the subgraph's own error (its code, message and field) reaches the caller instead.
 * Every answer to a mutation fetch is also noted, so the response cache knows whether a write
 * committed (committed-writes.ts). Each fetch is timed and its errors counted (subgraph-metrics.ts), and
 * while tracing it carries the W3C `traceparent` of Apollo Gateway's fetch span.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  private readonly subgraph: SubgraphName;
  private readonly assertions: CallerAssertionSigner;
  private readonly metrics: SubgraphFetchMetrics;

  constructor(
    config: Partial<RemoteGraphQLDataSource<Partial<GatewayContext>>> & {
      subgraph: SubgraphName;
      assertions: CallerAssertionSigner;
      metrics: SubgraphFetchMetrics;
    },
  ) {
    super(config);
    this.subgraph = config.subgraph;
    this.assertions = config.assertions;
    this.metrics = config.metrics;
  }

  override async process(options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>) {
    const done = this.metrics.timer(this.subgraph);
    try {
      const response = await super.process(options);
      for (const error of response.errors ?? []) this.metrics.error(this.subgraph, error.extensions?.code);
      done(response.errors?.length ? "error" : "success");
      return response;
    } catch (error) {
      this.metrics.error(this.subgraph, (error as { extensions?: { code?: unknown } } | null)?.extensions?.code);
      done("error");
      throw error;
    }
  }

  /** The verified caller (anonymous for the gateway's own requests), asserted to this subgraph, on every subgraph request. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): Promise<void> {
    for (const [name, value] of Object.entries(await this.assertions.headers(context.caller ?? ANONYMOUS, this.subgraph))) {
      request.http?.headers.set(name, value);
    }
    if (isTracing()) for (const [name, value] of Object.entries(injectTraceContext({}))) request.http?.headers.set(name, value);
  }

  override async didReceiveResponse({
    request,
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<Partial<GatewayContext>>["didReceiveResponse"]>>[0]) {
    noteSubgraphAnswer(context, request.query, response);
    return response;
  }

  override didEncounterError(
    error: Error,
    _fetchRequest: unknown,
    fetchResponse?: FetcherResponse,
    context?: Partial<GatewayContext>,
    request?: { query?: string },
  ): void {
    noteSubgraphFailure(context, request?.query, fetchResponse?.status, error);
    throw error;
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | null;
      const first = body?.errors?.[0];
      const code = first?.extensions?.code;
      if (typeof code === "string" && CALLER_ERROR_CODES.has(code) && first?.message) {
        const field = first.extensions?.field;
        return new GraphQLError(first.message, { extensions: typeof field === "string" ? { code, field } : { code } });
      }
    }
    return super.errorFromResponse(response);
  }
}
