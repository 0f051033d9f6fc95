import { GraphQLError, GraphQLScalarType, print, type GraphQLScalarTypeConfig, type ValueNode } from "graphql";
import { GraphQLDateTime, GraphQLLocalDate, GraphQLSafeInt } from "graphql-scalars";

/**
 * The custom scalars. Every subgraph that uses one declares it in its SDL with the same name and
 * description (see schema/README.md) and takes its behaviour from here, so they cannot drift apart.
 * The behaviour is graphql-scalars' (SafeInt, LocalDate, DateTime) under the domain's names, with
 * refusals in the domain's words (graphql-scalars' own name its internal types, e.g. "LocalDate").
 */
function scalar(base: GraphQLScalarType, name: string, expected: string): GraphQLScalarType {
  const config: GraphQLScalarTypeConfig<unknown, unknown> = base.toConfig();
  const refuse = (shown: string) =>
    new GraphQLError(`${shown} is not a valid ${name}: ${expected}.`, { extensions: { code: "BAD_USER_INPUT" } });
  return new GraphQLScalarType({
    ...config,
    name,
    parseValue(value) {
      try {
        return config.parseValue!(value);
      } catch {
        throw refuse(JSON.stringify(value) ?? String(value));
      }
    },
    parseLiteral(ast: ValueNode, variables) {
      try {
        return config.parseLiteral!(ast, variables);
      } catch {
        throw refuse(print(ast));
      }
    },
  });
}

/** Korean won in whole units (KRW has no minor unit); totals pass 2^31, so GraphQL Int cannot hold them. */
export const MoneyScalar = scalar(GraphQLSafeInt, "Money", "give whole won as an integer of at most 9007199254740991");

/** A calendar date `YYYY-MM-DD`, as the program's documents give dates: no time, no zone. */
export const DateScalar = scalar(GraphQLLocalDate, "Date", "give a calendar date that exists, as YYYY-MM-DD");

/** An instant, ISO 8601 with an offset; answered in UTC. */
export const DateTimeScalar = scalar(
  GraphQLDateTime,
  "DateTime",
  "give an ISO 8601 instant with an offset, e.g. 2025-02-27T10:00:00+09:00",
);

export const scalarResolvers = { Money: MoneyScalar, Date: DateScalar, DateTime: DateTimeScalar };
