import type { ApolloServerPlugin } from "@apollo/server";
import { getOperationAST, GraphQLError } from "graphql";

/**
 * A document whose operation cannot be chosen (an `operationName` it does not contain, or several
 * operations and no name) is the caller's mistake. Apollo Gateway only notices it when planning, and
 * throws there, which Apollo Server answers with HTTP 500 as if the gateway had failed; this answers it
 * first, with HTTP 400 and OPERATION_RESOLUTION_FAILURE, before anything is planned or fetched.
 */
export const operationResolutionPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        if (getOperationAST(document, request.operationName)) return;
        const operations = document.definitions.filter((definition) => definition.kind === "OperationDefinition").length;
        const message = request.operationName
          ? `This document has no operation named "${request.operationName}"; \`operationName\` must name one of its operations.`
          : operations > 1
            ? "This document holds several operations: say which one to run with `operationName`."
            : "This document holds no operation to run.";
        throw new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
      },
    };
  },
};
