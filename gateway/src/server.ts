import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Request, Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import type { GatewayContext } from "./context.js";
import { formatGraphQLError } from "../../lib/runtime/error-formatting.js";
import { createHttpShell, DependencyUnavailable } from "../../lib/runtime/http-server.js";
import { graphqlMetricsPlugin } from "../../lib/runtime/graphql-metrics.js";
import { graphqlSpansPlugin } from "../../lib/runtime/graphql-spans.js";
import { isTracing } from "../../lib/runtime/tracing.js";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { createAuthenticator, createGatewayContext, oncePerRequest } from "./authentication.js";
import { corsPolicy, requestErrorHandler } from "./http-security.js";
import { formatLimitRefusal, hideSuggestions, queryLimitsProtection } from "./limits.js";
import { operationResolutionPlugin } from "./operation-resolution.js";
import { persistedQueryErrorsPlugin } from "./persisted-query-errors.js";
import { subscriptionRefusalPlugin } from "./subscription-refusal.js";
import type { GatewayConfig } from "./config.js";
import { SubgraphDataSource } from "./subgraph-data-source.js";
import { createSubgraphFetcher } from "./subgraph-fetcher.js";
import { createSubgraphFetchMetrics } from "./subgraph-metrics.js";
import { createCallerAssertionSigner } from "../../lib/access/caller-assertion.js";
import { registerBreakerGauge } from "./circuit-breaker.js";
import { createPartnerServer, PARTNER_GRAPHQL_PATH, type GatewayOptions } from "./partner-endpoint.js";
import { mountSchemaEndpoint } from "./schema-endpoints.js";
import { createResponseCache } from "./response-cache.js";
import { mountDashboard } from "./dashboard/endpoint.js";
import { createRateLimits, trustProxies } from "./rate-limits.js";
import { createDemandMetrics } from "./demand-control/metrics.js";
import { demandControlPlugin } from "./demand-control/plugin.js";
import { rowBudgetRefusalPlugin } from "./demand-control/row-budget-refusal.js";
import { serveApiSchema } from "./served-schema.js";
import { watchSupergraphFile } from "./supergraph-source.js";
import { landingPageWithExplorerLink } from "./explorer/landing-page.js";
import { mountExplorer } from "./explorer/routes.js";
import { startSchemaNotifier, type SchemaNotifier } from "./webhooks/notifier.js";

export interface GatewayService {
  start(): Promise<number>;
  stop(): Promise<void>;
}

/** The one endpoint clients use: Apollo Gateway planning over the committed supergraph, inside Apollo Server. */
export function createGatewayService(config: GatewayConfig, logger: Logger): GatewayService {
  const routingUrls = new Map<string, string>();
  // One fetcher (one connection pool, one in-flight map, one breaker per subgraph) shared by every
  // subgraph's data source; it also puts the deadline on every fetch, whatever the two switches say.
  const subgraphFetcher = createSubgraphFetcher({
    keepAlive: config.subgraphKeepAlive,
    deduplicateInflight: config.deduplicateInflight,
    timeoutMs: config.subgraphTimeoutMs,
    circuitBreaker: config.circuitBreaker,
    logger,
  });
  // One signer for both endpoints: an assertion per (caller, subgraph), reused while fresh, so identical
  // requests of one caller still meet in the fetcher's in-flight deduplication.
  const assertions = createCallerAssertionSigner("gateway", config.assertionKey);
  const fetchMetrics = createSubgraphFetchMetrics();
  // Both supergraphs (the full API and the partner contract) reload when their files change.
  const { pollMs, partnerSupergraphPath, changelogPath } = config.schemaServing;
  const supergraph = watchSupergraphFile(config.supergraphPath, { pollMs, logger, name: "full" });
  const partnerSupergraph = watchSupergraphFile(partnerSupergraphPath, { pollMs, logger, name: "partner" });
  const servedSchemas = [serveApiSchema(supergraph, "full", changelogPath), serveApiSchema(partnerSupergraph, "partner", changelogPath)];
  const gatewayOptions: GatewayOptions = {
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as SubgraphName] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}: set ${name.toUpperCase()}_URL`);
      routingUrls.set(name, target);
      return new SubgraphDataSource({
        url: target,
        fetcher: subgraphFetcher.fetcherFor(name),
        subgraph: name as SubgraphName,
        assertions,
        metrics: fetchMetrics,
      });
    },
    logger,
  };
  const gateway = new ApolloGateway({ ...gatewayOptions, supergraphSdl: supergraph.hook });

  // The verified caller (401 UNAUTHENTICATED for a bad token), for every endpoint that serves the graph;
  // the rate limits ask first, before the body is read, and the token is verified once.
  const authenticate = oncePerRequest(createAuthenticator(config.authentication, logger));
  const rateLimits = config.rateLimits.enabled ? createRateLimits(config.rateLimits, authenticate, logger) : undefined;
  const graphPaths = ["/graphql", PARTNER_GRAPHQL_PATH];

  const shell = createHttpShell({
    service: "gateway",
    bodyLimit: String(config.http.maxBodyBytes),
    server: config.server,
    beforeBodyParsing: (app) => {
      trustProxies(app, config.rateLimits.trustedProxies);
      app.use(graphPaths, corsPolicy(config.http));
      if (rateLimits) app.use(graphPaths, rateLimits.middleware);
    },
    // Ready when the supergraph is loaded and every subgraph says it is ready.
    ready: async () => {
      if (!routingUrls.size) throw new DependencyUnavailable(["supergraph"], "supergraph not loaded yet");
      const failures: string[] = [];
      await Promise.all(
        [...routingUrls].map(async ([name, url]) => {
          const response = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2000) }).catch(() => null);
          if (!response?.ok) failures.push(name);
        }),
      );
      failures.sort();
      if (failures.length) {
        throw new DependencyUnavailable(
          failures.map((name) => `subgraph ${name}`),
          `subgraphs not ready: ${failures.join(", ")}`,
        );
      }
    },
  });
  shell.app.get("/", (_req, res) => res.redirect(308, "/graphql"));
  registerBreakerGauge(shell.metrics, () => subgraphFetcher.breakerStates());
  rateLimits?.registerMetrics(shell.metrics);
  fetchMetrics.register(shell.metrics);

  const callerContext = createGatewayContext(authenticate);
  const context = async ({ req, res }: { req: Request; res: Response }): Promise<GatewayContext> => ({
    ...(await callerContext({ req })),
    rateLimit: rateLimits?.countedCaller(res),
  });
  // What /graphql and /partner/graphql share; only /graphql drains the HTTP server (once is enough).
  const limits = queryLimitsProtection(config.limits);
  const demandMetrics = createDemandMetrics(shell.metrics);
  // Each endpoint estimates costs from the supergraph it serves (the partner contract has its own).
  const demandControl = (source: typeof supergraph) =>
    config.demandControl.enabled
      ? [demandControlPlugin({ supergraph: source, maxCost: config.demandControl.maxCost, metrics: demandMetrics })]
      : [];
  const responseCache = createResponseCache(config.responseCache, logger);
  responseCache?.registerMetrics(shell.metrics);
  // Requests by operation (both endpoints into the same series) and, while tracing, parse and validation spans.
  const observability = [
    graphqlMetricsPlugin(shell.metrics, config.server.metricsMaxOperationNames),
    ...(isTracing() ? [graphqlSpansPlugin] : []),
  ];
  const serverOptions = {
    introspection: config.introspection,
    csrfPrevention: true,
    // index.ts stops the service on SIGTERM/SIGINT, in order (lib/runtime/termination.ts says why not Apollo's handlers).
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const answer = formatLimitRefusal(formatted, error) ?? formatGraphQLError(formatted, error, logger);
      return config.limits.blockFieldSuggestions ? hideSuggestions(answer) : answer;
    },
    plugins: [
      ...observability,
      ...limits.plugins,
      operationResolutionPlugin,
      rowBudgetRefusalPlugin(demandMetrics),
      subscriptionRefusalPlugin,
      persistedQueryErrorsPlugin,
      // The subgraphs' cache hints decide what the response cache may keep; no Cache-Control header goes
      // to clients, since a browser's or CDN's copy could not be told about a write.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      config.production ? ApolloServerPluginLandingPageDisabled() : landingPageWithExplorerLink(),
    ],
  };
  const apollo = new ApolloServer<GatewayContext>({
    ...serverOptions,
    gateway,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: shell.httpServer }),
      ...serverOptions.plugins,
      ...demandControl(supergraph),
      ...(responseCache?.plugins("full", () => servedSchemas[0].current().hash) ?? []),
      // After the response cache: an answer from the cache is not charged to the cost budget.
      ...(rateLimits ? [rateLimits.plugin] : []),
    ],
  });
  const partnerApollo = createPartnerServer({
    supergraph: partnerSupergraph,
    gatewayOptions,
    serverOptions: {
      ...serverOptions,
      plugins: [
        ...serverOptions.plugins,
        ...demandControl(partnerSupergraph),
        ...(responseCache?.plugins("partner", () => servedSchemas[1].current().hash) ?? []),
        ...(rateLimits ? [rateLimits.plugin] : []),
      ],
    },
  });
  mountSchemaEndpoint(shell.app, "/schema.graphql", servedSchemas[0]);
  mountSchemaEndpoint(shell.app, "/partner/schema.graphql", servedSchemas[1]);
  // The offline explorer (GraphiQL from our own dependencies), off in production like Sandbox.
  if (!config.production) mountExplorer(shell.app, { operationsDirectory: config.explorerOperationsDirectory, logger });
  if (config.dashboard.enabled) mountDashboard(shell.app, config.dashboard, "/graphql", logger);
  let notifier: SchemaNotifier | undefined;

  return {
    async start() {
      await responseCache?.start();
      await rateLimits?.start();
      await apollo.start();
      await partnerApollo.start();
      shell.app.use("/graphql", expressMiddleware(apollo, { context }));
      shell.app.use(PARTNER_GRAPHQL_PATH, expressMiddleware(partnerApollo, { context }));
      // Last: a body express could not read (too large, not JSON) is answered as JSON with a code.
      shell.app.use(requestErrorHandler(config.http, logger));
      notifier = await startSchemaNotifier(config.schemaServing, servedSchemas, logger);
      return shell.listen(config.port, config.host);
    },
    async stop() {
      // Out of the balancer's rotation first (GATEWAY_HTTP_DRAIN_DELAY_MS), then the in-flight requests finish.
      await shell.drain();
      await notifier?.stop();
      await partnerApollo.stop();
      await apollo.stop();
      subgraphFetcher.close();
      await responseCache?.stop();
      await rateLimits?.stop();
    },
  };
}
