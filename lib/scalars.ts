import { GraphQLScalarType } from "graphql";
import { GraphQLDateTime, GraphQLLocalDate, GraphQLSafeInt } from "graphql-scalars";

/**
 * The custom scalars. Every subgraph that uses one declares it in its SDL with the same name and
 * description (see schema/README.md) and takes its behaviour from here, so they cannot drift apart.
 * The behaviour is graphql-scalars' (SafeInt, LocalDate, DateTime) under the domain's names.
 */

/** Korean won in whole units (KRW has no minor unit); totals pass 2^31, so GraphQL Int cannot hold them. */
export const MoneyScalar = new GraphQLScalarType({ ...GraphQLSafeInt.toConfig(), name: "Money" });

/** A calendar date `YYYY-MM-DD`, as the program's documents give dates: no time, no zone. */
export const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: "Date" });

/** An instant, ISO 8601 with an offset; answered in UTC. */
export const DateTimeScalar = new GraphQLScalarType({ ...GraphQLDateTime.toConfig(), name: "DateTime" });

export const scalarResolvers = { Money: MoneyScalar, Date: DateScalar, DateTime: DateTimeScalar };
