import { Kind, parse, valueFromASTUntyped, type DirectiveNode, type DocumentNode } from "graphql";

/**
 * The cost spec's directives as the supergraph carries them (https://specs.apollo.dev/cost/v0.1, which
 * composition links when a subgraph imports federation 2.9's `@cost` or `@listSize`): the same
 * declarations Apollo Router's demand control reads. Keyed by `Type.field`, so the estimate can look
 * them up for any field of the API schema.
 */
export interface ListSize {
  /** Items assumed when no slicing argument gives a size. */
  assumedSize?: number;
  /** Arguments whose value is the list's size (`first`); the largest given one wins. */
  slicingArguments: string[];
  /** Fields of the returned object that are the list (`nodes` of a connection). */
  sizedFields: string[];
}

export interface CostDirectives {
  /** `@cost(weight:)` on a field (`Type.field`), an argument (`Type.field(argument)`) or an input field (`Input.field`). */
  weights: Map<string, number>;
  /** `@cost(weight:)` on a type: the weight of every field returning it, unless the field has its own. */
  typeWeights: Map<string, number>;
  /** `@listSize` on a field (`Type.field`). */
  listSizes: Map<string, ListSize>;
}

const COST_SPEC = "https://specs.apollo.dev/cost/";

/** The names the supergraph gives the two directives: imported names, or `<prefix>` and `<prefix>__listSize`. */
function directiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      const args = argumentsOf(link);
      if (link.name.value !== "link" || typeof args.url !== "string" || !args.url.startsWith(COST_SPEC)) continue;
      const prefix = typeof args.as === "string" ? args.as : "cost";
      const names = { cost: prefix, listSize: `${prefix}__listSize` };
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        const [name, as] = typeof entry === "string" ? [entry, entry] : [String(entry?.name), String(entry?.as ?? entry?.name)];
        if (name === "@cost") names.cost = as.replace(/^@/, "");
        if (name === "@listSize") names.listSize = as.replace(/^@/, "");
      }
      return names;
    }
  }
  return { cost: "cost", listSize: "listSize" };
}

function argumentsOf(directive: DirectiveNode): Record<string, any> {
  return Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
}

export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl, { noLocation: true });
  const names = directiveNames(document);
  const directives: CostDirectives = { weights: new Map(), typeWeights: new Map(), listSizes: new Map() };
  const weightOf = (nodes: readonly DirectiveNode[] | undefined): number | undefined => {
    const cost = nodes?.find((directive) => directive.name.value === names.cost);
    const weight = cost && argumentsOf(cost).weight;
    return typeof weight === "number" ? weight : undefined;
  };
  const remember = (key: string, weight: number | undefined) => weight !== undefined && directives.weights.set(key, weight);

  for (const definition of document.definitions) {
    if (!("name" in definition) || !definition.name || !("directives" in definition)) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) directives.typeWeights.set(typeName, typeWeight);
    if (!("fields" in definition)) continue;
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      remember(key, weightOf(field.directives));
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      for (const argument of field.arguments ?? []) remember(`${key}(${argument.name.value})`, weightOf(argument.directives));
      const listSize = field.directives?.find((directive) => directive.name.value === names.listSize);
      if (listSize) {
        const args = argumentsOf(listSize);
        directives.listSizes.set(key, {
          ...(typeof args.assumedSize === "number" ? { assumedSize: args.assumedSize } : {}),
          slicingArguments: Array.isArray(args.slicingArguments) ? args.slicingArguments.map(String) : [],
          sizedFields: Array.isArray(args.sizedFields) ? args.sizedFields.map(String) : [],
        });
      }
    }
  }
  return directives;
}
