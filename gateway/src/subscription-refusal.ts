import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

/**
 * The graph offers no subscriptions yet. A `subscription` operation still passes validation (a schema
 * without a Subscription type leaves nothing to check its fields against), and Apollo Gateway then
 * fails to plan it, which answered HTTP 500 as if the gateway were broken. It is refused here instead,
 * with HTTP 400 and a code of its own, before anything is planned or fetched.
 */
export const SUBSCRIPTIONS_NOT_SUPPORTED = "SUBSCRIPTIONS_NOT_SUPPORTED";

export const subscriptionRefusalPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== "subscription") return;
        throw new GraphQLError("Subscriptions are not offered on this endpoint yet: ask with a query, and ask again to see changes.", {
          extensions: { code: SUBSCRIPTIONS_NOT_SUPPORTED, http: { status: 400 } },
        });
      },
    };
  },
};
