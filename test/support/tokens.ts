import { Kind, OperationTypeNode, parse, valueFromASTUntyped, type OperationDefinitionNode } from "graphql";
import type { Role } from "../../lib/access/access.js";
import { signDevelopmentToken } from "../../lib/access/development-tokens.js";
import { testGraph } from "./graph.js";

/**
 * Bearer tokens for tests, signed with this run's AUTH_JWT_SECRET (test/support/graph.ts). Officers and
 * operators act for KTL unless told otherwise.
 */
export function ktlId(): string {
  return testGraph().dataset.institutions.institutions.find((row) => row.abbreviation === "KTL")!.id;
}

export function tokenFor(
  role: Exclude<Role, "public">,
  options: { institutionId?: string; expiresAt?: string | number; subject?: string } = {},
): Promise<string> {
  const institutionId = options.institutionId ?? (role === "officer" || role === "operator" ? ktlId() : undefined);
  return signDevelopmentToken(role, {
    institutionId,
    subject: options.subject ?? `test-${role}`,
    secret: testGraph().secrets.authJwtSecret,
    expiresAt: options.expiresAt,
  });
}

/**
 * Which role makes each write in the ordinary course (the access matrix, test/access-matrix.test.ts,
 * proves the others are refused). Officers and operators act for one institution.
 */
export const MUTATION_ROLES: Record<string, Exclude<Role, "public">> = {
  registerCompany: "administrator",
  openDesignationRound: "administrator",
  submitDesignationApplication: "administrator",
  moveDesignationApplication: "administrator",
  revokeDesignation: "administrator",
  registerInstitution: "administrator",
  declareLeadBuyer: "officer",
  setPurchaseTarget: "officer",
  recordPurchase: "officer",
  openCertificationProgram: "operator",
  applyForCertificationSupport: "administrator",
  decideCertificationSupport: "operator",
  withdrawCertificationSupport: "administrator",
  advanceCertificationSupport: "operator",
  recordCertificate: "operator",
  createEvent: "administrator",
  registerExhibitor: "administrator",
  requestConsultationMeeting: "administrator",
  confirmConsultationMeeting: "administrator",
  cancelConsultationMeeting: "administrator",
  recordConsultationOutcome: "administrator",
};

/** The operator of the program an application belongs to (KTL when there is no such application). */
async function operatorOfApplication(applicationId: unknown): Promise<string> {
  const response = await fetch(testGraph().gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await tokenFor("administrator")}` },
    body: JSON.stringify({
      query: `query ($id: ID!) { supportApplication(id: $id) { program { operator { id } } } }`,
      variables: { id: applicationId },
    }),
  });
  const body = (await response.json()) as { data?: { supportApplication?: { program: { operator: { id: string } } } | null } };
  return body.data?.supportApplication?.program.operator.id ?? ktlId();
}

/** The institution a write acts for, as its role sees it: officers for the input's institution, operators for the program's operator. */
async function institutionActedFor(field: string, input: Record<string, unknown>): Promise<string | undefined> {
  const named = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  if (field === "openCertificationProgram") return named(input.operatorId);
  if (field === "decideCertificationSupport" || field === "advanceCertificationSupport") return operatorOfApplication(input.applicationId);
  return named(input.institutionId);
}

/**
 * The token of a caller permitted to send this document: for a query the administrator (who may read
 * everything, sensitive fields included), and for a mutation the role of MUTATION_ROLES, acting for the
 * institution the write is about.
 */
export async function permittedToken(query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const operation = parse(query).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operation?.operation !== OperationTypeNode.MUTATION) return tokenFor("administrator");
  const field = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  const name = field?.kind === Kind.FIELD ? field.name.value : "";
  const role = MUTATION_ROLES[name];
  if (!role) throw new Error(`No role is known to make the mutation ${name}: add it to MUTATION_ROLES`);
  const argument = field?.kind === Kind.FIELD ? field.arguments?.find((candidate) => candidate.name.value === "input") : undefined;
  const input = (argument ? valueFromASTUntyped(argument.value, variables) : {}) as Record<string, unknown>;
  const institutionId = role === "administrator" ? undefined : await institutionActedFor(name, input);
  return tokenFor(role, { institutionId });
}
