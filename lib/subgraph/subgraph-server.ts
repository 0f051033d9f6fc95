import { readFileSync } from "node:fs";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import type { Logger } from "pino";
import { Counter } from "prom-client";
import type { DataSource } from "typeorm";
import { enforceAccessDirectives } from "../access/access-control.js";
import { formatGraphQLError } from "../runtime/error-formatting.js";
import { graphqlMetricsPlugin } from "../runtime/graphql-metrics.js";
import { graphqlSpansPlugin } from "../runtime/graphql-spans.js";
import { isTracing } from "../runtime/tracing.js";
import { registerPoolMetrics } from "../data/pool-metrics.js";
import { traceResolvers } from "./resolver-spans.js";
import { createCallerAssertionVerifier, requireCallerAssertion, verifiedCaller } from "../access/caller-assertion.js";
import { usePeers } from "./graphql-client.js";
import { createHttpShell, DependencyUnavailable } from "../runtime/http-server.js";
import { rowBudgetPerRequest, rowBudgetPlugin } from "../data/row-budget.js";
import type { SubgraphConfig } from "./subgraph-config.js";
import { subgraphContextFactory } from "./subgraph-context.js";
import type { SubgraphModule } from "./subgraph-module.js";

/**
 * Builds one subgraph service from its module (subgraphs/<name>/src/subgraph.ts) and its configuration:
 * its SDL, its resolvers, a per-request context, and the HTTP shell. Every subgraph is assembled here
 * the same way, so a reader who knows one knows all four.
 */
export function sqlStatementCounter(): Counter {
  return new Counter({ name: "sql_statements_total", help: "SQL statements sent to PostgreSQL", registers: [] });
}

export interface SubgraphServiceOptions {
  module: SubgraphModule;
  config: SubgraphConfig;
  dataSource: DataSource;
  statementCounter: Counter;
  logger: Logger;
}

export interface SubgraphService {
  /** Binds the port (0 picks a free one) and answers on /graphql; resolves to the bound port. */
  start(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export function createSubgraphService(options: SubgraphServiceOptions): SubgraphService {
  const { module, config } = options;
  // @authenticated and @requiresScopes from the SDL, enforced on the caller the gateway forwarded.
  const schema = traceResolvers(
    enforceAccessDirectives(buildSubgraphSchema([{ typeDefs: parse(readFileSync(module.sdl, "utf8")), resolvers: module.resolvers }])),
    config.tracing?.resolverSpans ?? "none",
  );
  const verifyCaller = createCallerAssertionVerifier(module.name, config.trustedSigners);
  // The questions it asks a peer before a write are signed with its own key (lib/subgraph/graphql-client.ts).
  usePeers(module.name, config.peerUrls, config.assertionKey);
  const createContext = subgraphContextFactory(options.dataSource, module.createLoaders, config.maxPageSize);
  const shell = createHttpShell({
    service: module.name,
    server: config.server,
    ready: async () => {
      try {
        await options.dataSource.query("SELECT 1");
      } catch (error) {
        throw new DependencyUnavailable(["database"], (error as Error).message);
      }
    },
  });
  shell.metrics.registerMetric(options.statementCounter);
  registerPoolMetrics(shell.metrics, options.dataSource);
  const apollo = new ApolloServer<BaseContext>({
    schema,
    introspection: true,
    // lib/subgraph/subgraph-main.ts stops the service on SIGTERM/SIGINT (lib/runtime/termination.ts says why not Apollo's handlers).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, options.logger, module.name),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: shell.httpServer }),
      graphqlMetricsPlugin(shell.metrics, config.server.metricsMaxOperationNames),
      ...(isTracing() ? [graphqlSpansPlugin] : []),
      // Cache hints for the gateway (a Cache-Control header on each answer): public data for up to
      // CACHE_MAX_AGE_SECONDS, anything that needs a caller PRIVATE (lib/access/access-control.ts).
      ApolloServerPluginCacheControl({ defaultMaxAge: config.cacheMaxAgeSeconds }),
      // Inline traces only serve Apollo's hosted GraphOS, which this graph does not report to.
      ApolloServerPluginInlineTraceDisabled(),
      // A request over its row budget answers the refusal alone (lib/data/row-budget.ts).
      rowBudgetPlugin,
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });

  return {
    async start(port, host) {
      await apollo.start();
      // Only a request with a caller assertion the gateway (or a peer) signed reaches the resolvers;
      // /health, /ready and /metrics stay open.
      shell.app.use("/graphql", requireCallerAssertion(verifyCaller));
      shell.app.use("/graphql", rowBudgetPerRequest(module.name, config.maxRowsPerRequest));
      shell.app.use(
        "/graphql",
        expressMiddleware(apollo, {
          context: ({ res }) => createContext({ caller: verifiedCaller(res) }),
        }),
      );
      return shell.listen(port, host);
    },
    async stop() {
      // Out of the balancer's rotation first (HTTP_DRAIN_DELAY_MS), then the in-flight requests finish.
      await shell.drain();
      await apollo.stop();
    },
  };
}
