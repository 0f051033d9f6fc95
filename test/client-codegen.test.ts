import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { expect } from "chai";
import ts from "typescript";
import clientConfig from "../docs/client-codegen.js";

const REPO = fileURLToPath(new URL("../", import.meta.url));
/** Inside the repository (git-ignored), so the generated files resolve their imports from our node_modules. */
const OUTPUT = path.join(REPO, "test-results/client-codegen/");

/**
 * The client guide's GraphQL Code Generator configuration (docs/client-codegen.ts), run as a client
 * would run it, on the README's operations (schema/operations) against the API schema, and the
 * generated TypeScript type-checked: the scalars are typed, not `unknown`.
 */
describe("the client guide's codegen configuration", function () {
  this.timeout(120_000);
  const [options] = Object.values(clientConfig.generates) as Array<Record<string, unknown>>;

  before(() => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
  });

  it("types the README's operations, with Date, DateTime and Money mapped, and the output passes tsc", async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate(
      {
        cwd: REPO,
        silent: true,
        schema: "schema/api.graphql",
        documents: ["schema/operations/*.graphql"],
        generates: { [OUTPUT]: options },
      },
      false,
    );
    for (const { filename, content } of outputs) writeFileSync(filename, content);
    const files = outputs.map(({ filename }) => filename);
    expect(files.map((file) => path.basename(file))).to.include.members(["graphql.ts", "gql.ts", "index.ts"]);

    const types = outputs.find(({ filename }) => filename.endsWith("graphql.ts"))!.content;
    // The scalars, in answers and in inputs, as they arrive in JSON; none is `unknown` or `any`.
    expect(types).to.match(
      /export type ProgramFiguresQuery = \{ procurementSummary: \{ id: string, designatedProducts: number, procurementGenerated: number \| null,/,
    );
    expect(types).to.match(/designatedOn: string, validUntil: string,/);
    expect(types).to.match(/startsAt: string/);
    expect(types).to.match(/export type RecordPurchaseInput = \{[^}]*amount: number;[^}]*contractedOn: string;/);
    expect(types).to.not.match(/\w\??: (unknown|any)\b/);
    // Each README operation is a typed document, ids included.
    expect(types).to.include("export const SetPurchaseTargetDocument");
    expect(types).to.include(
      "export type SetPurchaseTargetMutation = { setPurchaseTarget: { id: string, year: number, targetAmount: number,",
    );

    // A client's own code against the generated types, type-checked with them.
    const usage = path.join(OUTPUT, "usage.ts");
    writeFileSync(
      usage,
      `import type { ProgramFiguresQuery } from "./graphql";
export function figures(answer: ProgramFiguresQuery): number {
  const summary = answer.procurementSummary;
  const amount: number = summary?.procurementGenerated ?? 0;
  const firstYear: string | undefined = summary?.byYear[0]?.id;
  return firstYear ? amount : 0;
}
`,
    );
    const program = ts.createProgram([...files, usage], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      // As a front end's bundler resolves them (the preset writes extensionless relative imports).
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(diagnostics).to.deep.equal([]);
  });
});
