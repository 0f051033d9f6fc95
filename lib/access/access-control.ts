import { maybeCacheControlFromInfo } from "@apollo/cache-control-types";
import {
  defaultFieldResolver,
  isObjectType,
  Kind,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { ANONYMOUS, type Caller } from "./access.js";
import { graphError } from "../runtime/errors.js";

/**
 * Enforces federation's `@authenticated` and `@requiresScopes` in a subgraph. Apollo Gateway keeps them
 * in the supergraph but enforces neither, so every subgraph wraps the resolver of each field that
 * carries one: before the field resolves (a write before anything is written; an entity field inside
 * `_entities` too), the caller forwarded by the gateway must be signed in, and must hold every scope of
 * at least one of the `scopes` lists (federation's semantics: an OR of ANDs). Such a field's answer
 * depends on who asks, so its cache hint is PRIVATE: no shared cache keeps an answer that holds it.
 */
interface FieldRequirement {
  authenticated: boolean;
  /** Alternatives, each a set of scopes that must all be held; empty when only sign-in is required. */
  scopes: string[][];
}

const directiveNamed = (directives: readonly DirectiveNode[], name: string) =>
  directives.find((directive) => directive.name.value === name || directive.name.value === `federation__${name}`);

function stringLists(value: ValueNode | undefined): string[][] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST ? inner.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : [])) : [],
  );
}

function requirementOf(field: GraphQLField<unknown, unknown>): FieldRequirement | undefined {
  const directives = field.astNode?.directives ?? [];
  const requiresScopes = directiveNamed(directives, "requiresScopes");
  const authenticated = directiveNamed(directives, "authenticated");
  if (!requiresScopes && !authenticated) return undefined;
  const scopes = stringLists(requiresScopes?.arguments?.find((argument) => argument.name.value === "scopes")?.value);
  return { authenticated: true, scopes };
}

const describeNeed = (scopes: string[][]) =>
  scopes.map((all) => all.map((scope) => `"${scope}"`).join(" and ")).join(", or ") || "a signed-in caller";

/** Undefined when the caller may use the field; otherwise the refusal. */
function refusal(caller: Caller, requirement: FieldRequirement, label: string) {
  if (caller.role === "public") {
    const need = requirement.scopes.length ? ` It needs the scope ${describeNeed(requirement.scopes)}.` : "";
    return graphError("UNAUTHENTICATED", `Sign in to use ${label}.${need}`);
  }
  if (!requirement.scopes.length || requirement.scopes.some((all) => all.every((scope) => caller.scopes.includes(scope)))) return undefined;
  return graphError(
    "FORBIDDEN",
    `Your role (${caller.role}) may not use ${label}: it needs the scope ${describeNeed(requirement.scopes)}.`,
  );
}

/** Wraps, in place, the resolver of every field of `schema` that declares an access requirement. */
export function enforceAccessDirectives(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const operation = type === schema.getMutationType() ? "the mutation" : type === schema.getQueryType() ? "the query" : undefined;
    for (const field of Object.values(type.getFields())) {
      const requirement = requirementOf(field);
      if (!requirement) continue;
      const label = operation ? `${operation} ${field.name}` : `the field ${type.name}.${field.name}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { caller?: Caller }, info) => {
        maybeCacheControlFromInfo(info)?.cacheHint.restrict({ scope: "PRIVATE" });
        const refused = refusal(context?.caller ?? ANONYMOUS, requirement, label);
        if (refused) throw refused;
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
