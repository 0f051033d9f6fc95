import type { ApolloServerPlugin } from "@apollo/server";

/**
 * Automatic persisted queries (APQ) are Apollo Server's, on by default: a hash the server does not know
 * answers PERSISTED_QUERY_NOT_FOUND (HTTP 200, as Apollo documents it, so a client sends the query with
 * its hash next). Two other refusals come from Apollo Server with HTTP 400 but no code: an extension
 * whose version is not 1, and a query whose SHA-256 is not the hash sent with it. Errors without a code
 * are what lib/runtime/error-formatting.ts treats as a bug, so both answered INTERNAL_SERVER_ERROR and logged
 * a stack trace. This gives each a code and a sentence before they are formatted.
 *
 * Apollo raises them before the source is resolved, so an uncoded error while the request carries a
 * `persistedQuery` extension and no source yet is one of these two; the version says which.
 */
export const PERSISTED_QUERY_CODES = {
  version: "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
  hash: "PERSISTED_QUERY_HASH_MISMATCH",
} as const;

const SENTENCES = {
  version: "This persisted-query version is not supported: send `extensions.persistedQuery.version` 1.",
  hash: "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of this query: send the hex SHA-256 of the exact query text.",
};

export const persistedQueryErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ request, source, errors }) {
        const persisted = request.extensions?.persistedQuery as { version?: unknown } | undefined;
        if (!persisted || source !== undefined) return;
        const which = persisted.version === 1 ? "hash" : "version";
        for (const error of errors) {
          if (error.extensions.code !== undefined) continue;
          // The same error objects are formatted next: give them what they lack.
          error.message = SENTENCES[which];
          Object.assign(error.extensions, { code: PERSISTED_QUERY_CODES[which] });
        }
      },
    };
  },
};
