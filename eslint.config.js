import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

export default tseslint.config(
  { ignores: ["node_modules/", ".data/", "dist/", "bench/results/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Federation resolvers and test helpers handle untyped GraphQL JSON.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    // Imports only run downward: a cycle (through value imports; type-only imports are erased) is an error.
    files: ["**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      // Imported modules are parsed as TypeScript, and `./x.js` resolves to `./x.ts` as tsc resolves it.
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // Configuration is read once, at a process's entry, and passed down (lib/runtime/config.ts).
    files: ["lib/**/*.ts", "gateway/**/*.ts", "subgraphs/**/*.ts"],
    ignores: ["gateway/src/index.ts", "lib/subgraph/subgraph-main.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read settings at the process's entry (gateway/src/index.ts, lib/subgraph/subgraph-main.ts) and pass them down.",
        },
      ],
    },
  },
);
