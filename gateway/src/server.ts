import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import type { Caller } from "../../lib/caller.js";
import { isProduction } from "../../lib/config.js";
import { formatGraphQLError } from "../../lib/error-formatting.js";
import { createHttpShell, listen } from "../../lib/http-server.js";
import type { SubgraphName } from "../../lib/composition.js";
import { createGatewayContext } from "./authentication.js";
import { corsPolicy, requestErrorHandler } from "./http-security.js";
import { formatLimitRefusal, hideSuggestions, queryLimitsProtection } from "./limits.js";
import { operationResolutionPlugin } from "./operation-resolution.js";
import { persistedQueryErrorsPlugin } from "./persisted-query-errors.js";
import { subscriptionRefusalPlugin } from "./subscription-refusal.js";
import type { GatewayConfig } from "./config.js";
import { SubgraphDataSource } from "./subgraph-data-source.js";
import { createSubgraphFetcher } from "./subgraph-fetcher.js";
import { createPartnerServer, PARTNER_GRAPHQL_PATH, type GatewayOptions } from "./partner-endpoint.js";
import { mountSchemaEndpoint } from "./schema-endpoints.js";
import { createResponseCache } from "./response-cache.js";
import { serveApiSchema } from "./served-schema.js";
import { watchSupergraphFile } from "./supergraph-source.js";
import { startSchemaNotifier, type SchemaNotifier } from "./webhooks/notifier.js";

export interface GatewayContext {
  caller: Caller;
  /**
   * Demand control's view of this request: the estimated cost is set while the operation is resolved
   * (before any subgraph is called), the actual cost once the answer is known. The rate limiter charges
   * the estimate against the caller's cost budget.
   */
  demand?: { estimatedCost: number; actualCost?: number };
}

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
      return new SubgraphDataSource({ url: target, fetcher: subgraphFetcher.fetcherFor(name) });
    },
    logger,
  };
  const gateway = new ApolloGateway({ ...gatewayOptions, supergraphSdl: supergraph.hook });

  const shell = createHttpShell({
    service: "gateway",
    bodyLimit: String(config.http.maxBodyBytes),
    // Ready when the supergraph is loaded and every subgraph says it is ready.
    ready: async () => {
      if (!routingUrls.size) throw new Error("supergraph not loaded yet");
      const failures: string[] = [];
      await Promise.all(
        [...routingUrls].map(async ([name, url]) => {
          const response = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2000) }).catch(() => null);
          if (!response?.ok) failures.push(name);
        }),
      );
      if (failures.length) throw new Error(`subgraphs not ready: ${failures.sort().join(", ")}`);
    },
  });
  shell.app.get("/", (_req, res) => res.redirect(308, "/graphql"));

  // The verified caller (401 UNAUTHENTICATED for a bad token), for every endpoint that serves the graph.
  const context = createGatewayContext(config.authentication, logger);
  // What /graphql and /partner/graphql share; only /graphql drains the HTTP server (once is enough).
  const limits = queryLimitsProtection(config.limits);
  const responseCache = createResponseCache(config.responseCache, logger);
  const serverOptions = {
    introspection: config.introspection,
    csrfPrevention: true,
    // index.ts stops the service on SIGTERM/SIGINT, in order. Apollo Server's own signal handlers would
    // stop each server a second time, concurrently, and a second stop() during the first one waits
    // forever in @apollo/server 5 (its barrier is only released on failure): the process never exits.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const answer = formatLimitRefusal(formatted, error) ?? formatGraphQLError(formatted, error, logger);
      return config.limits.blockFieldSuggestions ? hideSuggestions(answer) : answer;
    },
    plugins: [
      ...limits.plugins,
      operationResolutionPlugin,
      subscriptionRefusalPlugin,
      persistedQueryErrorsPlugin,
      // The subgraphs' cache hints decide what the response cache may keep; no Cache-Control header goes
      // to clients, since a browser's or CDN's copy could not be told about a write.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      isProduction() ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  };
  const apollo = new ApolloServer<GatewayContext>({
    ...serverOptions,
    gateway,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: shell.httpServer }),
      ...serverOptions.plugins,
      ...(responseCache?.plugins("full", () => servedSchemas[0].current().hash) ?? []),
    ],
  });
  const partnerApollo = createPartnerServer({
    supergraph: partnerSupergraph,
    gatewayOptions,
    serverOptions: {
      ...serverOptions,
      plugins: [...serverOptions.plugins, ...(responseCache?.plugins("partner", () => servedSchemas[1].current().hash) ?? [])],
    },
  });
  mountSchemaEndpoint(shell.app, "/schema.graphql", servedSchemas[0]);
  mountSchemaEndpoint(shell.app, "/partner/schema.graphql", servedSchemas[1]);
  let notifier: SchemaNotifier | undefined;

  return {
    async start() {
      await responseCache?.start();
      await apollo.start();
      await partnerApollo.start();
      shell.app.use(["/graphql", PARTNER_GRAPHQL_PATH], corsPolicy(config.http));
      shell.app.use("/graphql", expressMiddleware(apollo, { context }));
      shell.app.use(PARTNER_GRAPHQL_PATH, expressMiddleware(partnerApollo, { context }));
      // Last: a body express could not read (too large, not JSON) is answered as JSON with a code.
      shell.app.use(requestErrorHandler(config.http, logger));
      notifier = await startSchemaNotifier(config.schemaServing, servedSchemas, logger);
      return listen(shell.httpServer, config.port, config.host);
    },
    async stop() {
      await notifier?.stop();
      await partnerApollo.stop();
      await apollo.stop();
      subgraphFetcher.close();
      await responseCache?.stop();
    },
  };
}
