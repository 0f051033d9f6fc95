import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import type { Logger } from "pino";
import type { Caller } from "../../lib/caller.js";
import { isProduction } from "../../lib/config.js";
import { formatGraphQLError } from "../../lib/error-formatting.js";
import { createHttpShell, listen } from "../../lib/http-server.js";
import type { SubgraphName } from "../../lib/composition.js";
import { createGatewayContext } from "./authentication.js";
import type { GatewayConfig } from "./config.js";
import { SubgraphDataSource } from "./subgraph-data-source.js";
import { createSubgraphFetcher } from "./subgraph-fetcher.js";
import { supergraphForApolloGateway } from "./security-features.js";

export interface GatewayContext {
  caller: Caller;
}

export interface GatewayService {
  start(): Promise<number>;
  stop(): Promise<void>;
}

/** The one endpoint clients use: Apollo Gateway planning over the committed supergraph, inside Apollo Server. */
export function createGatewayService(config: GatewayConfig, logger: Logger): GatewayService {
  const routingUrls = new Map<string, string>();
  // One fetcher (one keep-alive pool, one in-flight map) shared by every subgraph's data source; with
  // both switches off the data sources keep Apollo's stock fetcher.
  const subgraphFetcher =
    config.subgraphKeepAlive || config.deduplicateInflight
      ? createSubgraphFetcher({ keepAlive: config.subgraphKeepAlive, deduplicateInflight: config.deduplicateInflight })
      : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForApolloGateway(readFileSync(config.supergraphPath, "utf8")),
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as SubgraphName] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}: set ${name.toUpperCase()}_URL`);
      routingUrls.set(name, target);
      return new SubgraphDataSource(subgraphFetcher ? { url: target, fetcher: subgraphFetcher.fetcher } : { url: target });
    },
    logger,
  });

  const shell = createHttpShell({
    service: "gateway",
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
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: shell.httpServer }),
      isProduction() ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });

  return {
    async start() {
      await apollo.start();
      shell.app.use("/graphql", expressMiddleware(apollo, { context }));
      return listen(shell.httpServer, config.port, config.host);
    },
    async stop() {
      await apollo.stop();
      subgraphFetcher?.close();
    },
  };
}
