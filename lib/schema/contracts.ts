import { Kind, parse, print, visit, type ASTNode, type ConstDirectiveNode, type ConstValueNode, type DirectiveNode } from "graphql";

/**
 * Contracts: a variant of the API for one audience, filtered by `@tag`, the way GraphOS builds them.
 * Every element of a subgraph SDL tagged with an excluded tag also gets `@inaccessible`, and the
 * contract supergraph is composed from those SDLs. Its API schema leaves the elements out, while the
 * query planner can still use them (e.g. as entity keys).
 */
export interface Contract {
  /** The contract's name, used in file names and logs, e.g. "partner". */
  name: string;
  /** Elements carrying `@tag(name: …)` with any of these names are left out. */
  excludeTags: string[];
}

/** What partner agencies see: everything but what is tagged `internal` (scores, registration numbers, unpublished applications). */
export const PARTNER_CONTRACT: Contract = { name: "partner", excludeTags: ["internal"] };

const FEDERATION_LINK_PREFIX = "https://specs.apollo.dev/federation/";

const INACCESSIBLE: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: "inaccessible" }, arguments: [] };

/** A subgraph SDL with `@inaccessible` added to every element the contract excludes (the SDL is returned unchanged if none). */
export function applyContract(subgraphSdl: string, contract: Contract): string {
  let excluded = 0;
  const tagged = visit(parse(subgraphSdl), {
    enter(node: ASTNode) {
      const directives = (node as { directives?: readonly DirectiveNode[] }).directives;
      if (!directives || !directives.some((directive) => isExcludingTag(directive, contract))) return undefined;
      if (directives.some((directive) => directive.name.value === "inaccessible")) return undefined;
      excluded++;
      return { ...node, directives: [...directives, INACCESSIBLE] };
    },
  });
  if (!excluded) return subgraphSdl;
  return print(visit(tagged, { Directive: (node: DirectiveNode) => (isFederationLink(node) ? importInaccessible(node) : undefined) }));
}

function isExcludingTag(directive: DirectiveNode, contract: Contract): boolean {
  if (directive.name.value !== "tag") return false;
  const name = directive.arguments?.find((argument) => argument.name.value === "name")?.value;
  return name?.kind === Kind.STRING && contract.excludeTags.includes(name.value);
}

function isFederationLink(directive: DirectiveNode): boolean {
  const url = directive.arguments?.find((argument) => argument.name.value === "url")?.value;
  return directive.name.value === "link" && url?.kind === Kind.STRING && url.value.startsWith(FEDERATION_LINK_PREFIX);
}

function importInaccessible(link: DirectiveNode): DirectiveNode {
  const imports = link.arguments?.find((argument) => argument.name.value === "import");
  const values: readonly ConstValueNode[] = imports?.value.kind === Kind.LIST ? (imports.value.values as readonly ConstValueNode[]) : [];
  if (values.some((value) => value.kind === Kind.STRING && value.value === "@inaccessible")) return link;
  const list: ConstValueNode = { kind: Kind.LIST, values: [...values, { kind: Kind.STRING, value: "@inaccessible" }] };
  const others = link.arguments?.filter((argument) => argument !== imports) ?? [];
  return { ...link, arguments: [...others, { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "import" }, value: list }] };
}
