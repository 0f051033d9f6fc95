import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { post } from "./client.js";
import { testGraph } from "./graph.js";

/**
 * Requests built from the gateway's own schema (read by introspection, so they follow the schema as it
 * is, not a hand-kept list): for the hostile-request battery and the fuzz test.
 */
export async function gatewaySchema(): Promise<GraphQLSchema> {
  const response = await post<IntrospectionQuery>(testGraph().gatewayUrl, getIntrospectionQuery());
  if (!response.data) throw new Error(`introspection failed: ${JSON.stringify(response.errors)}`);
  return buildClientSchema(response.data);
}

/** Valid values of the custom scalars (the rest get the text they are given). */
const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Date: "2024-01-01",
  DateTime: "2024-01-01T00:00:00Z",
  Money: 1000,
};

/** True when a string the caller chose can reach this input (a String or ID, directly, in a list or an input object). */
export function takesText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === "String" || named.name === "ID";
  if (isInputObjectType(named)) return Object.values(named.getFields()).some((field) => takesText(field.type));
  return false;
}

/**
 * A value of this input type with `text` in every String and ID position (and in custom scalars without
 * a sample); input objects get their required fields and every field that takes text.
 */
export function valueWithText(type: GraphQLInputType, text: string): unknown {
  if (isNonNullType(type)) return valueWithText(type.ofType, text);
  if (isListType(type)) return [valueWithText(type.ofType, text)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || takesText(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, valueWithText(field.type, text)]));
  }
  const name = (type as { name: string }).name;
  return name === "String" || name === "ID" ? text : (SCALAR_SAMPLES[name] ?? text);
}

/** `{ __typename }` for an object, interface or union, nothing for a scalar or enum. */
export function minimalSelection(type: GraphQLOutputType): string {
  return isLeafType(getNamedType(type)) ? "" : " { __typename }";
}

/** A selection of up to `width` leaf fields and nested objects down to `depth` levels, chosen by `pick`. */
export function selectionOf(type: GraphQLOutputType, depth: number, pick: <T>(items: T[]) => T[]): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named) || depth <= 0) return " { __typename }";
  // Fields without required arguments only: their arguments are the caller's business, not the shape's.
  const fields = Object.values(named.getFields()).filter((field) => field.args.every((argument) => !isNonNullType(argument.type)));
  const chosen = pick(fields);
  if (!chosen.length) return " { __typename }";
  return ` { ${chosen.map((field) => `${field.name}${selectionOf(field.type, depth - 1, pick)}`).join(" ")} }`;
}

/**
 * An operation calling one root field with every argument passed as a variable: `valueOf` decides each
 * argument's value (undefined leaves an optional argument out).
 */
export function operationOn(
  field: GraphQLField<unknown, unknown>,
  valueOf: (argument: GraphQLArgument) => unknown,
  selection: string,
  kind: "query" | "mutation" = "query",
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const passed: string[] = [];
  for (const argument of field.args) {
    const value = valueOf(argument);
    if (value === undefined) continue;
    variables[argument.name] = value;
    definitions.push(`$${argument.name}: ${String(argument.type)}`);
    passed.push(`${argument.name}: $${argument.name}`);
  }
  const head = definitions.length ? `${kind} (${definitions.join(", ")})` : kind;
  const call = passed.length ? `${field.name}(${passed.join(", ")})` : field.name;
  return { query: `${head} { ${call}${selection} }`, variables };
}
