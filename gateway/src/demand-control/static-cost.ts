import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { CostDirectives, ListSize } from "./cost-directives.js";

/**
 * An operation's cost as Apollo Router's demand control computes it (its "static estimated" strategy,
 * after the IBM GraphQL cost specification), so that this gateway and a Router in front of the same
 * supergraph agree:
 *   - a mutation starts at 10, a query or subscription at 0;
 *   - each field returning an object (interface, union) costs 1, a scalar or enum 0, unless `@cost(weight:)`
 *     on the field (or on its type) says otherwise; its selections are added to it;
 *   - a field returning a list counts that many times: the size given by `@listSize` — the largest of
 *     its slicing arguments (`first`), from the literal, the variable's value, the variable's default, or
 *     the argument's default, in that order — else its `assumedSize`; the fields it names in
 *     `sizedFields` (`nodes` of a connection) take that size; a list with no declared size counts
 *     `defaultListSize` times;
 *   - an input object passed as an argument costs 1 (plus its fields' weights), other arguments 0
 *     unless weighted;
 *   - fragments and inline fragments add their selections (for an abstract type, every branch: the
 *     estimate is an upper bound); a field dropped by `@skip`/`@include` costs nothing.
 * Router sums the same rules over the subgraph fetches of its query plan, where an entity fetch's
 * `_entities` list counts its configured `list_size`; this applies them to the client's operation on the
 * API schema, where a list nested under another subgraph's list counts what that list declares. The
 * two agree on what one subgraph answers alone; for nested lists across subgraphs Router's figure
 * depends on its `list_size`, while this one follows the declared page sizes all the way down.
 *
 * The actual cost applies the same weights to the answer: 1 per object returned (or its weight), each
 * list item counted, scalars free (or their weight), arguments as above.
 */
export interface CostInput {
  schema: GraphQLSchema;
  directives: CostDirectives;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  /** Items counted for a list without `@listSize` (Router's `static_estimated.list_size`). */
  defaultListSize: number;
}

const MUTATION_BASE_COST = 10;

interface Walk {
  input: CostInput;
  fragments: Map<string, FragmentDefinitionNode>;
  operation: OperationDefinitionNode;
  /** The actual cost's plan per selection set and runtime type, worked out once per answer (answeredPlan). */
  plans: AnsweredPlans;
}

/** One response key of a selection on one runtime type: what the actual cost needs for every object it meets. */
interface AnsweredField {
  key: string;
  definition: GraphQLField<unknown, unknown>;
  /** The selections of every node under this key, merged (the same object for every object of the type). */
  selectionSet: SelectionSetNode;
  named: GraphQLNamedType;
  /** The field's weight when it returns an object; its declared weight (or 0) for a null or a scalar. */
  objectWeight: number;
  leafWeight: number;
  argumentsCost: number;
}

export function estimatedCost(input: CostInput): number {
  const walk = startWalk(input);
  if (!walk) return 0;
  const root = rootType(walk);
  if (!root) return 0;
  return baseCost(walk.operation) + selectionSetCost(walk, walk.operation.selectionSet, root, undefined);
}

/**
 * What an actual-cost walk works out once per selection set and runtime type. Pass the same one for
 * answers to the same operation with the same variables (argument costs depend on them) and later answers
 * skip the work.
 */
export type AnsweredPlans = WeakMap<SelectionSetNode, Map<GraphQLNamedType, AnsweredField[]>>;

export function actualCost(
  input: CostInput,
  data: Record<string, unknown> | null | undefined,
  plans: AnsweredPlans = new WeakMap(),
): number {
  const walk = startWalk(input, plans);
  if (!walk || !data) return 0;
  const root = rootType(walk);
  if (!root) return 0;
  return baseCost(walk.operation) + answeredCost(walk, walk.operation.selectionSet, root, data);
}

function startWalk(input: CostInput, plans: AnsweredPlans = new WeakMap()): Walk | undefined {
  const operation = getOperationAST(input.document, input.operationName);
  if (!operation) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return { input, fragments, operation, plans };
}

function rootType(walk: Walk): GraphQLCompositeType | undefined {
  return walk.input.schema.getRootType(walk.operation.operation) ?? undefined;
}

const baseCost = (operation: OperationDefinitionNode) => (operation.operation === "mutation" ? MUTATION_BASE_COST : 0);

/** A variable's value: as sent, else the operation's default for it, else undefined. */
function variableValue(walk: Walk, name: string): unknown {
  const variables = walk.input.variables ?? {};
  if (Object.hasOwn(variables, name)) return variables[name];
  const definition = walk.operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === name);
  return definition?.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
}

function valueOf(walk: Walk, node: ValueNode): unknown {
  return node.kind === Kind.VARIABLE ? variableValue(walk, node.name.value) : valueFromASTUntyped(node);
}

/** False when `@skip(if: true)` or `@include(if: false)` drops the selection. */
function included(walk: Walk, node: { directives?: ReadonlyArray<{ name: { value: string }; arguments?: ReadonlyArray<any> }> }): boolean {
  for (const directive of node.directives ?? []) {
    const condition = directive.arguments?.find((argument) => argument.name.value === "if");
    if (!condition) continue;
    const value = valueOf(walk, condition.value);
    if (directive.name.value === "skip" && value === true) return false;
    if (directive.name.value === "include" && value === false) return false;
  }
  return true;
}

/** `@cost(weight:)` on the field, else on the type it returns. */
function declaredWeight(walk: Walk, parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number | undefined {
  const { weights, typeWeights } = walk.input.directives;
  return weights.get(`${parent.name}.${field.name}`) ?? typeWeights.get(getNamedType(field.type).name);
}

function weightOf(walk: Walk, parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number {
  return declaredWeight(walk, parent, field) ?? (isCompositeType(getNamedType(field.type)) ? 1 : 0);
}

/** The size `@listSize` gives this use of the field, if it gives one. */
function declaredSize(walk: Walk, listSize: ListSize | undefined, definition: GraphQLField<unknown, unknown>, node: FieldNode) {
  if (!listSize) return undefined;
  const sizes: number[] = [];
  for (const name of listSize.slicingArguments) {
    const given = node.arguments?.find((argument) => argument.name.value === name);
    const value = given ? valueOf(walk, given.value) : undefined;
    const fallback = definition.args.find((argument) => argument.name === name)?.defaultValue;
    const size = Number.isInteger(value) ? value : fallback;
    if (typeof size === "number" && Number.isInteger(size)) sizes.push(Math.max(0, size));
  }
  return sizes.length ? Math.max(...sizes) : listSize.assumedSize;
}

function selectionSetCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  sized: SizedFields | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parent, sized);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.input.schema.getType(fragment.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) cost += selectionSetCost(walk, fragment.selectionSet, condition, sized);
    }
  }
  return cost;
}

/** The size a parent's `@listSize(sizedFields:)` gives some of its fields. */
interface SizedFields {
  names: string[];
  size: number | undefined;
}

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return "getFields" in parent ? parent.getFields()[name] : undefined;
}

function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLCompositeType, sized: SizedFields | undefined): number {
  const definition = fieldDefinition(parent, node.name.value);
  if (!definition) return 0; // __typename, and anything validation would have refused
  const listSize = walk.input.directives.listSizes.get(`${parent.name}.${definition.name}`);
  const size = declaredSize(walk, listSize, definition, node);
  const fromParent = sized?.names.includes(definition.name) ? sized.size : undefined;
  const count = isListType(getNullableType(definition.type)) ? (fromParent ?? size ?? walk.input.defaultListSize) : 1;
  const named = getNamedType(definition.type);
  let typeCost = weightOf(walk, parent, definition);
  if (node.selectionSet && isCompositeType(named)) {
    typeCost += selectionSetCost(
      walk,
      node.selectionSet,
      named,
      listSize?.sizedFields.length ? { names: listSize.sizedFields, size } : undefined,
    );
  }
  return count * typeCost + argumentsCost(walk, parent, definition, node);
}

function argumentsCost(walk: Walk, parent: GraphQLNamedType, definition: GraphQLField<unknown, unknown>, node: FieldNode): number {
  let cost = 0;
  for (const argument of node.arguments ?? []) {
    const argumentDefinition = definition.args.find((candidate) => candidate.name === argument.name.value);
    if (!argumentDefinition) continue;
    const weight = walk.input.directives.weights.get(`${parent.name}.${definition.name}(${argumentDefinition.name})`);
    cost += inputCost(walk, valueOf(walk, argument.value), argumentDefinition.type, weight);
  }
  return cost;
}

/**
 * An argument's value: an input object 1 (or its weight) plus its fields, a list the sum of its items,
 * anything else its weight. The value is followed only where its type says it may go: a value of the
 * wrong shape (an array for a String, 5000 nested arrays) costs nothing here and is refused when the
 * variables are coerced, with BAD_USER_INPUT.
 */
function inputCost(walk: Walk, value: unknown, type: GraphQLInputType, weight: number | undefined): number {
  if (value === null || value === undefined) return 0;
  const nullable = getNullableType(type);
  if (Array.isArray(value)) {
    if (!isListType(nullable)) return 0;
    return value.reduce<number>((sum, item) => sum + inputCost(walk, item, nullable.ofType, weight), weight ?? 0);
  }
  if (isInputObjectType(nullable) && typeof value === "object") {
    const fields = nullable.getFields();
    let cost = weight ?? 1;
    for (const [name, fieldValue] of Object.entries(value)) {
      const field = fields[name];
      if (field) cost += inputCost(walk, fieldValue, field.type, walk.input.directives.weights.get(`${nullable.name}.${name}`));
    }
    return cost;
  }
  return weight ?? 0;
}

/** The fields of a selection that apply to an object of type `runtime`, by response key, fragments flattened. */
function collectFields(
  walk: Walk,
  selectionSet: SelectionSetNode,
  runtime: GraphQLNamedType,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
    if (!fragment) continue;
    const condition = fragment.typeCondition ? walk.input.schema.getType(fragment.typeCondition.name.value) : runtime;
    const applies =
      condition === runtime ||
      (condition && isAbstractType(condition) && isObjectType(runtime) && walk.input.schema.isSubType(condition, runtime));
    if (applies) collectFields(walk, fragment.selectionSet, runtime, into);
  }
  return into;
}

/**
 * What the actual cost needs from a selection on one runtime type, worked out on first use and reused for
 * every object of that type under that selection: a 100-item list of purchases collects its fields and
 * looks up their weights once, not a hundred times.
 */
function answeredPlan(walk: Walk, selectionSet: SelectionSetNode, runtime: GraphQLCompositeType): AnsweredField[] {
  let byType = walk.plans.get(selectionSet);
  if (!byType) walk.plans.set(selectionSet, (byType = new Map()));
  let plan = byType.get(runtime);
  if (plan) return plan;
  plan = [];
  for (const [key, nodes] of collectFields(walk, selectionSet, runtime)) {
    const definition = fieldDefinition(runtime, nodes[0].name.value);
    if (!definition) continue;
    plan.push({
      key,
      definition,
      selectionSet: { kind: Kind.SELECTION_SET, selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []) },
      named: getNamedType(definition.type),
      objectWeight: weightOf(walk, runtime, definition),
      leafWeight: declaredWeight(walk, runtime, definition) ?? 0,
      argumentsCost: argumentsCost(walk, runtime, definition, nodes[0]),
    });
  }
  byType.set(runtime, plan);
  return plan;
}

function answeredCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, value: Record<string, unknown>): number {
  // An abstract type's object says what it is (when __typename was asked for); otherwise the declared type stands.
  const runtimeName = typeof value.__typename === "string" ? value.__typename : undefined;
  const runtimeType = runtimeName ? walk.input.schema.getType(runtimeName) : undefined;
  const runtime = runtimeType && isObjectType(runtimeType) ? runtimeType : parent;
  let cost = 0;
  for (const field of answeredPlan(walk, selectionSet, runtime)) {
    if (!(field.key in value)) continue;
    cost += answeredValueCost(walk, field, value[field.key]) + field.argumentsCost;
  }
  return cost;
}

function answeredValueCost(walk: Walk, field: AnsweredField, value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + answeredValueCost(walk, field, item), 0);
  if (value !== null && typeof value === "object" && isCompositeType(field.named)) {
    return field.objectWeight + answeredCost(walk, field.selectionSet, field.named, value as Record<string, unknown>);
  }
  // A null or a scalar costs only a declared weight (a null object returned nothing).
  return field.leafWeight;
}
