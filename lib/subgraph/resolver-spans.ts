import { isObjectType, responsePathAsArray, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { ResolverSpans } from "../runtime/tracing-config.js";
import { inSpan, isTracing } from "../runtime/tracing.js";

/**
 * A span around each call of a subgraph's resolvers (`resolve Query.products`), active while it runs,
 * so its loader batches, SQL and questions to peers nest under it. Which resolvers is a trade of detail
 * for cost (TRACING_RESOLVER_SPANS): `root`, the default, traces the Query and Mutation fields, the entity
 * fetches (`_entities`) included; `all` every field a resolver is written for, which on a list of 500
 * products is 500 spans per such field; `none` only the request, its phases, loader batches and SQL.
 * Fields resolved by default (a property read) never get one. Not tracing, the schema is left untouched.
 */
export function traceResolvers(schema: GraphQLSchema, which: ResolverSpans): GraphQLSchema {
  if (!isTracing() || which === "none") return schema;
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter((type) => type !== null && type !== undefined));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    if (which === "root" && !roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.name === "_service") continue;
      field.resolve = traced(`${type.name}.${field.name}`, field.resolve);
    }
  }
  return schema;
}

function traced(coordinate: string, resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const name = `resolve ${coordinate}`;
  return (source, args, context, info) =>
    inSpan(name, { "graphql.field.coordinate": coordinate, "graphql.field.path": responsePathAsArray(info.path).join(".") }, () =>
      resolve(source, args, context, info),
    );
}
