/**
 * GraphQL Code Generator's configuration (`npm run codegen`): the TypeScript types that follow from
 * the SDL, so no resolver, input or enum type is restated by hand. test/codegen.test.ts runs it in
 * memory and fails when a committed file is stale.
 *
 * - lib/domain/enums.ts: every enum of the composed API schema as a const object and a union type,
 *   so validation and the seed have the value lists at run time.
 * - subgraphs/<name>/src/generated/resolvers-types.ts: each subgraph's resolver, argument and input
 *   types from its own SDL, with parents mapped to what the resolvers really hold (TypeORM entities,
 *   lib/data/pagination.ts connections, entity references) and enums taken from lib/domain/enums.ts.
 */
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import type { CodegenConfig } from "@graphql-codegen/cli";
import type { TypeScriptResolversPluginConfig } from "@graphql-codegen/typescript-resolvers";
import type { TypeScriptPluginConfig } from "@graphql-codegen/typescript";
import { SUBGRAPHS, type SubgraphName } from "./lib/runtime/subgraph-names.js";

/** The TypeScript types lib/schema/scalars.ts parses to (input) and serializes from (output). */
const scalars: TypeScriptPluginConfig["scalars"] = {
  ID: "string",
  Money: "number",
  Date: "string",
  // graphql-scalars' DateTime parses to a Date; the entities hold ISO strings (lib/data/instants.ts).
  DateTime: { input: "Date", output: "string" },
  // The selection set of a federation @key, which codegen's federation mode declares.
  _FieldSet: "string",
};

const entity = (name: string) => `../entities/index.js#${name} as ${name}Entity`;
const connection = (node: string) => `../../../../lib/data/pagination.js#Connection<${node}>`;
const reference = (fields: string) => `{ ${fields} }`;

/** What each subgraph's resolvers hold as the parent of a type, where it is not the GraphQL type itself. */
const mappers: Record<SubgraphName, Record<string, string>> = {
  products: {
    Product: entity("Product"),
    Company: entity("Company"),
    DesignationRound: entity("DesignationRound"),
    DesignationApplication: entity("DesignationApplication"),
    ProductConnection: connection("ProductEntity"),
    CompanyConnection: connection("CompanyEntity"),
    DesignationRoundConnection: connection("DesignationRoundEntity"),
    DesignationApplicationConnection: connection("DesignationApplicationEntity"),
    ProcurementSummary: reference("agency: Agency; throughYear: number"),
    AnnualProgramFigures: reference("agency: Agency; year: number"),
  },
  institutions: {
    Institution: entity("Institution"),
    LeadBuyerDeclaration: entity("LeadBuyerDeclaration"),
    Purchase: entity("Purchase"),
    PurchaseTarget: entity("PurchaseTarget"),
    InstitutionConnection: connection("InstitutionEntity"),
    PurchaseConnection: connection("PurchaseEntity"),
    Product: reference("id: string"),
    ProcurementSummary: reference("agency: Agency; throughYear: number"),
    AnnualProgramFigures: reference("agency: Agency; year: number"),
  },
  certifications: {
    CertificationProgram: entity("CertificationProgram"),
    SupportApplication: entity("SupportApplication"),
    Certificate: entity("Certificate"),
    CertificationProgramConnection: connection("CertificationProgramEntity"),
    SupportApplicationConnection: connection("SupportApplicationEntity"),
    CertificateConnection: connection("CertificateEntity"),
    Product: reference("id: string"),
    Institution: reference("id: string"),
  },
  exhibitions: {
    Event: entity("Event"),
    Exhibitor: entity("Exhibitor"),
    ConsultationMeeting: entity("ConsultationMeeting"),
    EventConnection: connection("EventEntity"),
    ExhibitorConnection: connection("ExhibitorEntity"),
    ConsultationMeetingConnection: connection("ConsultationMeetingEntity"),
    Product: reference("id: string"),
    Institution: reference("id: string"),
  },
};

const subgraphConfig = (name: SubgraphName): TypeScriptPluginConfig & TypeScriptResolversPluginConfig => ({
  federation: true,
  contextType: "../context.js#Context",
  mappers: mappers[name],
  scalars,
  strictScalars: true,
  enumValues: "../../../../lib/domain/enums.js",
  useTypeImports: true,
  // buildSubgraphSchema takes an index-signature resolver map (lib/subgraph/subgraph-server.ts); with one, the
  // generated `Resolvers` fits it as is, and each field keeps its own generated signature.
  useIndexSignature: true,
});

/** A generated file as it is committed: marked as generated, formatted by the repository's prettier configuration. */
export async function finishGenerated(absolutePath: string, content: string): Promise<string> {
  const marked = `// Generated from the SDL by \`npm run codegen\` (codegen.ts): do not edit.\n${content}`;
  return format(marked, { ...(await resolveConfig(absolutePath)), filepath: absolutePath });
}

const config: CodegenConfig = {
  // Paths below are the repository's, wherever the generator runs from.
  cwd: fileURLToPath(new URL(".", import.meta.url)),
  overwrite: true,
  generates: {
    "lib/domain/enums.ts": {
      schema: "schema/api.graphql",
      plugins: ["typescript"],
      config: {
        onlyEnums: true,
        enumsAsConst: true,
        namingConvention: { enumValues: "keep" },
      } satisfies TypeScriptPluginConfig,
    },
    ...Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [
        `subgraphs/${name}/src/generated/resolvers-types.ts`,
        { schema: `schema/${name}.graphql`, plugins: ["typescript", "typescript-resolvers"], config: subgraphConfig(name) },
      ]),
    ),
  },
  hooks: { beforeOneFileWrite: [finishGenerated] },
};

export default config;
