import { readFileSync } from "node:fs";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { IncomingHttpHeaders } from "node:http";
import { parse, type DocumentNode } from "graphql";
import type { Logger } from "pino";
import { Counter } from "prom-client";
import type { DataSource } from "typeorm";
import { enforceAccessDirectives } from "./access-control.js";
import { isProduction } from "./config.js";
import { formatGraphQLError } from "./error-formatting.js";
import type { Caller } from "./access.js";
import { readAssertionPrivateKey } from "./assertion-keys.js";
import { createCallerAssertionVerifier, readTrustedSigners, requireCallerAssertion, verifiedCaller } from "./caller-assertion.js";
import { createHttpShell, DependencyUnavailable } from "./http-server.js";
import type { HttpServerConfig } from "./http-server-config.js";
import { rowBudgetPerRequest, rowBudgetPlugin } from "./row-budget.js";
import { readCacheMaxAgeSeconds, readMaxRowsPerRequest } from "./service-config.js";
import type { SubgraphName } from "./subgraph-names.js";

/**
 * Builds one subgraph service: its SDL from schema/<name>.graphql, its resolvers, a per-request
 * context, and the HTTP shell. Every subgraph is assembled here the same way, so a reader who knows one
 * knows all four.
 */
export function loadSubgraphSdl(name: string): string {
  return readFileSync(new URL(`../schema/${name}.graphql`, import.meta.url), "utf8");
}

export function sqlStatementCounter(): Counter {
  return new Counter({ name: "sql_statements_total", help: "SQL statements sent to PostgreSQL", registers: [] });
}

/**
 * The resolver map buildSubgraphSchema takes, read from its public signature. Each subgraph's generated
 * `Resolvers` (subgraphs/<name>/src/generated/resolvers-types.ts, with codegen's `useIndexSignature`) fits it.
 */
type SubgraphSchemaModule = Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>;
export type SubgraphResolvers = NonNullable<SubgraphSchemaModule["resolvers"]>;

export interface SubgraphServiceOptions<TContext extends BaseContext> {
  name: SubgraphName;
  resolvers: SubgraphResolvers;
  dataSource: DataSource;
  statementCounter: Counter;
  /** `caller` is the one the request's caller assertion vouches for (lib/caller-assertion.ts). */
  createContext: (request: { headers: IncomingHttpHeaders; caller: Caller }) => Promise<TContext>;
  logger: Logger;
  server: HttpServerConfig;
}

export interface SubgraphService {
  /** Binds the port (0 picks a free one) and answers on /graphql; resolves to the bound port. */
  start(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export function createSubgraphService<TContext extends BaseContext>(options: SubgraphServiceOptions<TContext>): SubgraphService {
  // @authenticated and @requiresScopes from the SDL, enforced on the caller the gateway forwarded.
  const schema = enforceAccessDirectives(
    buildSubgraphSchema([{ typeDefs: parse(loadSubgraphSdl(options.name)), resolvers: options.resolvers }]),
  );
  // Read now, so a process without the keys it needs refuses to start: the keys it trusts callers'
  // assertions with, and its own (lib/graphql-client.ts signs with it when it asks another subgraph).
  const verifyCaller = createCallerAssertionVerifier(options.name, readTrustedSigners(options.name));
  readAssertionPrivateKey(options.name);
  const maxRowsPerRequest = readMaxRowsPerRequest();
  const shell = createHttpShell({
    service: options.name,
    server: options.server,
    ready: async () => {
      try {
        await options.dataSource.query("SELECT 1");
      } catch (error) {
        throw new DependencyUnavailable(["database"], (error as Error).message);
      }
    },
  });
  shell.metrics.registerMetric(options.statementCounter);
  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: true,
    // lib/subgraph-main.ts stops the service on SIGTERM/SIGINT; Apollo Server's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, options.logger, options.name),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: shell.httpServer }),
      // Cache hints for the gateway (a Cache-Control header on each answer): public data for up to
      // CACHE_MAX_AGE_SECONDS, anything that needs a caller PRIVATE (lib/access-control.ts).
      ApolloServerPluginCacheControl({ defaultMaxAge: readCacheMaxAgeSeconds() }),
      // Inline traces only serve Apollo's hosted GraphOS, which this graph does not report to.
      ApolloServerPluginInlineTraceDisabled(),
      // A request over its row budget answers the refusal alone (lib/row-budget.ts).
      rowBudgetPlugin,
      ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });

  return {
    async start(port, host) {
      await apollo.start();
      // Only a request with a caller assertion the gateway (or a peer) signed reaches the resolvers;
      // /health, /ready and /metrics stay open.
      shell.app.use("/graphql", requireCallerAssertion(verifyCaller));
      shell.app.use("/graphql", rowBudgetPerRequest(options.name, maxRowsPerRequest));
      shell.app.use(
        "/graphql",
        expressMiddleware(apollo, {
          context: ({ req, res }) => options.createContext({ headers: req.headers, caller: verifiedCaller(res) }),
        }),
      );
      return shell.listen(port, host);
    },
    async stop() {
      await apollo.stop();
    },
  };
}
