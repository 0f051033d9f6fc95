import { ApolloGateway, type GraphQLDataSource, type ServiceEndpointDefinition } from "@apollo/gateway";
import { ApolloServer, type ApolloServerOptionsWithGateway } from "@apollo/server";
import type { Logger } from "pino";
import type { GatewayContext } from "./context.js";
import type { SupergraphSource } from "./supergraph-source.js";

/**
 * /partner/graphql: the partner contract (schema/partner-supergraph.graphql, composed from the same
 * subgraph SDLs with everything tagged `internal` made @inaccessible, lib/schema/contracts.ts). A second Apollo
 * Gateway plans over it, with the same subgraph data sources, and a second Apollo Server runs it with the
 * same options as /graphql (error formatting, limits, plugins) and is mounted with the same request
 * context, so a partner gets the same protections and simply cannot name what the contract leaves out:
 * such a query fails validation (GRAPHQL_VALIDATION_FAILED).
 */
export const PARTNER_GRAPHQL_PATH = "/partner/graphql";

/** What both gateways are built with: the same data sources (one fetcher pool) and query-plan cache size. */
export interface GatewayOptions {
  experimental_approximateQueryPlanStoreMiB?: number;
  buildService: (definition: ServiceEndpointDefinition) => GraphQLDataSource;
  logger: Logger;
}

export function createPartnerServer(options: {
  supergraph: SupergraphSource;
  gatewayOptions: GatewayOptions;
  serverOptions: Omit<ApolloServerOptionsWithGateway<GatewayContext>, "gateway">;
}): ApolloServer<GatewayContext> {
  const gateway = new ApolloGateway({ ...options.gatewayOptions, supergraphSdl: options.supergraph.hook });
  return new ApolloServer<GatewayContext>({ ...options.serverOptions, gateway });
}
