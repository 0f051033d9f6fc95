import { Kind, parse, print, visit, type ArgumentNode, type DirectiveNode } from "graphql";

/**
 * The security features of the supergraph that this graph enforces itself: the gateway verifies the
 * caller's token and forwards the verified claims, and every subgraph checks `@authenticated` and
 * `@requiresScopes` on each field it resolves (lib/access/access-control.ts). Apollo Router enforces them too.
 */
const ENFORCED_SECURITY_FEATURES = ["https://specs.apollo.dev/authenticated/", "https://specs.apollo.dev/requiresScopes/"];

/**
 * Apollo Gateway refuses a supergraph that links a `for: SECURITY` feature it does not implement. The
 * committed supergraph stays standard (Apollo Router runs it as is); the copy handed to Apollo Gateway
 * drops `for: SECURITY` from exactly the features enforced above. Any other security feature is still
 * refused, so a feature nobody enforces never passes silently.
 */
export function supergraphForApolloGateway(supergraphSdl: string): string {
  const document = visit(parse(supergraphSdl), {
    Directive(node: DirectiveNode) {
      if (node.name.value !== "link" || !linksEnforcedFeature(node)) return undefined;
      return { ...node, arguments: node.arguments?.filter((argument) => argument.name.value !== "for") };
    },
  });
  return print(document);
}

function linksEnforcedFeature(link: DirectiveNode): boolean {
  const url = stringArgument(link.arguments?.find((argument) => argument.name.value === "url"));
  return url !== undefined && ENFORCED_SECURITY_FEATURES.some((prefix) => url.startsWith(prefix));
}

function stringArgument(argument: ArgumentNode | undefined): string | undefined {
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}
