import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from "graphql";
import { isProduction, readInteger, type Environment } from "../../lib/runtime/config.js";

/**
 * How big a query the gateway plans at all, checked before any subgraph is called (graphql-armor's
 * rules; its cost is demand control's, demand-control/). The defaults leave the largest screens this
 * graph serves (the lead-buyer dashboard: depth 7, 119 tokens for the product page) well inside, and
 * refuse the bombs.
 */
export interface QueryLimits {
  /** Nesting of fields (GATEWAY_MAX_DEPTH, default 10). */
  maxDepth: number;
  /** Aliased fields in one operation (GATEWAY_MAX_ALIASES, default 15). */
  maxAliases: number;
  /** Lexical tokens in the document (GATEWAY_MAX_TOKENS, default 1000). */
  maxTokens: number;
  /** Directives in one operation (GATEWAY_MAX_DIRECTIVES, default 50). */
  maxDirectives: number;
  /** Hide "Did you mean …?" in errors, so the schema cannot be guessed field by field (production). */
  blockFieldSuggestions: boolean;
}

export function readQueryLimits(env: Environment): QueryLimits {
  return {
    maxDepth: readInteger(env, "GATEWAY_MAX_DEPTH", 10, { min: 1, max: 100 }),
    maxAliases: readInteger(env, "GATEWAY_MAX_ALIASES", 15, { min: 0, max: 1000 }),
    maxTokens: readInteger(env, "GATEWAY_MAX_TOKENS", 1000, { min: 10, max: 100_000 }),
    maxDirectives: readInteger(env, "GATEWAY_MAX_DIRECTIVES", 50, { min: 0, max: 1000 }),
    blockFieldSuggestions: isProduction(env),
  };
}

/** One code per limit, so a client can tell which one it hit. */
export const LIMIT_CODES = {
  depth: "QUERY_TOO_DEEP",
  aliases: "TOO_MANY_ALIASES",
  tokens: "TOO_MANY_TOKENS",
  directives: "TOO_MANY_DIRECTIVES",
} as const;

type Limit = keyof typeof LIMIT_CODES;
const REFUSAL_CODES = new Set<string>(Object.values(LIMIT_CODES));

const SENTENCES: Record<Limit, string> = {
  depth: "This query nests its fields too deeply; split it into several requests.",
  aliases: "This query uses too many aliases; split it into several requests.",
  tokens: "This query is too long; split it into several requests.",
  directives: "This query uses too many directives.",
};

function refusal(limit: Limit, armorError: GraphQLError): GraphQLError {
  // armor says which limit and what it found ("Query depth limit of 10 exceeded, found 12."): keep that part.
  const detail = armorError.message.replace(/^Syntax Error:\s*/, "");
  return new GraphQLError(`${SENTENCES[limit]} ${detail}`, { extensions: { code: LIMIT_CODES[limit], http: { status: 400 } } });
}

/** armor's callbacks: report a coded error instead of armor's own (BAD_USER_INPUT for every limit). */
const reportAs = (limit: Limit) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(refusal(limit, error))],
});

/**
 * The token limit is checked while parsing: armor's plugin parses the document itself in
 * `parsingDidStart`, where Apollo Server treats anything thrown as an unexpected error. armor's own
 * `unexpectedErrorProcessingRequest` then answers 500 with the error's text as a validation error — for
 * the token limit, for every plain syntax error, and for any other unexpected error. This plugin comes
 * before armor's (Apollo runs those hooks with Promise.all, which rejects with the first) and answers as
 * Apollo would have: the token refusal with its code and a syntax error as GRAPHQL_PARSE_FAILED, both with
 * HTTP 400; anything else goes on as it is, to be logged and masked by formatError.
 */
const parseRefusalPlugin: ApolloServerPlugin = {
  async unexpectedErrorProcessingRequest({ requestContext, error }) {
    // Only a GraphQLError thrown before there is a document comes from parsing.
    if (requestContext.document || !(error instanceof GraphQLError)) throw error;
    if (error.extensions.code === LIMIT_CODES.tokens) throw error;
    throw new GraphQLError(error.message, {
      source: error.source,
      positions: error.positions,
      extensions: { code: "GRAPHQL_PARSE_FAILED", http: { status: 400 } },
    });
  },
};

export function queryLimitsProtection(limits: QueryLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reportAs("depth") },
    // `__typename` counts too (armor lets it through by default, so 200 aliases of it would pass).
    maxAliases: { n: limits.maxAliases, allowList: [], ...reportAs("aliases") },
    maxDirectives: { n: limits.maxDirectives, ...reportAs("directives") },
    // The cost is demand control's (demand-control/): armor's counts only literal page sizes.
    costLimit: { enabled: false },
    maxTokens: {
      n: limits.maxTokens,
      onReject: [
        (_context, error) => {
          throw refusal("tokens", error);
        },
      ],
    },
    // Suggestions are hidden by hideSuggestions below: armor's rule misses enum values and variables.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [parseRefusalPlugin, ...(plugins as ApolloServerPlugin[])], validationRules: validationRules as ValidationRule[] };
}

/**
 * "Did you mean …?" names fields, arguments and enum values a caller did not know, so it would reveal,
 * guess by guess, the schema that introspection hides in production. Removed from every error message
 * there, whichever rule or coercion wrote it.
 */
export function hideSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

/**
 * Apollo Server re-codes every validation error GRAPHQL_VALIDATION_FAILED, keeping the rule's error as
 * `originalError`; this restores the limit's own code. Undefined for any other error.
 */
export function formatLimitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  for (let cause = error; cause instanceof GraphQLError; cause = cause.originalError) {
    const code = cause.extensions.code;
    if (typeof code === "string" && REFUSAL_CODES.has(code)) {
      return { message: cause.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code } };
    }
  }
  return undefined;
}
