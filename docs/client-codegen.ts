/**
 * A client's GraphQL Code Generator configuration for this API (docs/clients.md): typed documents for
 * Apollo Client 4 (or any client that takes a TypedDocumentNode) from the published schema and your
 * operations, with this API's scalars mapped to what arrives in JSON. Copy it into your project and
 * point `schema` at the gateway's `/schema.graphql` (or `/partner/schema.graphql`) and `documents` at
 * your own operations. test/client-codegen.test.ts runs it on schema/operations and type-checks the output.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

/** What each scalar is on the wire (schema/README.md, Scalars): JSON numbers and ISO strings. */
export const CLIENT_SCALARS = {
  ID: { input: "string", output: "string" },
  // Whole won, a JSON integer exact up to 2^53 - 1.
  Money: { input: "number", output: "number" },
  // "YYYY-MM-DD", a calendar date in Korea.
  Date: { input: "string", output: "string" },
  // ISO 8601: send it with an offset ("2025-11-19T10:00:00+09:00"); it is answered in UTC.
  DateTime: { input: "string", output: "string" },
} as const;

const config: CodegenConfig = {
  schema: "http://localhost:4000/schema.graphql",
  documents: ["src/**/*.graphql"],
  generates: {
    "src/generated/": {
      preset: "client",
      config: {
        scalars: CLIENT_SCALARS,
        // A scalar without a mapping fails the generation instead of becoming `unknown`.
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
