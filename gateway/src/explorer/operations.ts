import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, visit, type ASTNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

/** One of the README's operations, as the explorer preloads it in a tab. */
export interface ExampleOperation {
  name: string;
  query: string;
  /** Example variables as JSON text, from a `# variables: {…}` line above the operation. */
  variables?: string;
  /** False when a `# partner: no` line above the operation says it is outside the partner contract. */
  partner: boolean;
}

const VARIABLES_LINE = /^#\s*variables:\s*(\{.*\})\s*$/;
const NOT_PARTNER_LINE = /^#\s*partner:\s*no\b/;

/**
 * The README's operations from schema/operations/*.graphql, one tab each, in file order then document
 * order; each keeps the fragments it uses. In the comment lines directly above an operation,
 * `# variables: {…}` gives its example variables and `# partner: no (why)` takes it out of the partner
 * contract's checks.
 */
export function readExampleOperations(directory: string): ExampleOperation[] {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith(".graphql"))
    .sort();
  return files.flatMap((file) => operationsOf(readFileSync(path.join(directory, file), "utf8")));
}

export function operationsOf(source: string): ExampleOperation[] {
  const document = parse(source);
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const lines = source.split("\n");
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = fragmentsUsedBy(operation, fragments);
      const query = [operation, ...used].map((definition) => print(definition)).join("\n\n");
      const comments = operation.loc ? commentLinesAbove(lines, operation.loc.startToken.line - 1) : [];
      const variables = comments.map((line) => VARIABLES_LINE.exec(line)?.[1]).find(Boolean);
      return {
        name: operation.name?.value ?? "(anonymous)",
        query,
        ...(variables ? { variables: JSON.stringify(JSON.parse(variables), null, 2) } : {}),
        partner: !comments.some((line) => NOT_PARTNER_LINE.test(line)),
      };
    });
}

/** The fragments a definition spreads, and those they spread, in document order. */
function fragmentsUsedBy(node: ASTNode, fragments: FragmentDefinitionNode[]): FragmentDefinitionNode[] {
  const names = new Set<string>();
  const pending = [node];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        if (names.has(spread.name.value)) return;
        names.add(spread.name.value);
        const fragment = fragments.find((each) => each.name.value === spread.name.value);
        if (fragment) pending.push(fragment);
      },
    });
  }
  return fragments.filter((fragment) => names.has(fragment.name.value));
}

/** The contiguous `#` comment lines just above line `index` (0-based), trimmed. */
function commentLinesAbove(lines: string[], index: number): string[] {
  const found: string[] = [];
  for (let line = index - 1; line >= 0 && lines[line].trim().startsWith("#"); line--) found.unshift(lines[line].trim());
  return found;
}
