import { graphError } from "../runtime/errors.js";

/**
 * Who may do what. A caller's role is verified at the gateway (from the bearer token); what the role may
 * do is this one table, so the gateway, the subgraphs and the development tokens can never disagree.
 * The SDL names the scope each write or sensitive field needs (`@requiresScopes`), and
 * lib/access/access-control.ts enforces it from the scopes below.
 */
export const ROLES = ["public", "partner", "officer", "administrator", "operator"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_SCOPES: Readonly<Record<Role, readonly string[]>> = {
  /** Anonymous: reads the public graph. */
  public: [],
  /** A partner agency: signed in, reads what signed-in callers may read, writes nothing. */
  partner: [],
  /** An institution's procurement officer: its purchases, targets, lead-buyer declaration and meetings. */
  officer: ["procurement:write", "meetings:write"],
  /** The program administrator: designations, institutions, events, meetings, support applications. */
  administrator: ["designations:write", "institutions:write", "certification:apply", "events:write", "meetings:write", "sensitive:read"],
  /** A certification operator (e.g. KTL): its own programs and their applications. */
  operator: ["certification:operate", "sensitive:read"],
};

/** Roles that act for one institution, named by the token's `institutionId` claim. */
export const INSTITUTION_ROLES: readonly Role[] = ["officer", "operator"];

export interface Caller {
  role: Role;
  /** The token's `sub`, for logs. */
  subject?: string;
  /** The institution an officer or operator acts for. */
  institutionId?: string;
  scopes: string[];
}

export const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);

/** A caller with the scopes of its role; the only way a Caller is made. */
export function callerFor(role: Role, claims: { subject?: string; institutionId?: string } = {}): Caller {
  return {
    role,
    ...(claims.subject ? { subject: claims.subject } : {}),
    ...(claims.institutionId ? { institutionId: claims.institutionId } : {}),
    scopes: [...ROLE_SCOPES[role]],
  };
}

export const ANONYMOUS: Caller = callerFor("public");

/**
 * An officer or an operator acts only for its own institution: a write about another institution is
 * FORBIDDEN (checked before anything is written). Roles not tied to an institution (the administrator)
 * act for any; whether the role may make the write at all is the field's `@requiresScopes`.
 * `mismatch` says what belongs to another institution, e.g. "this purchase is another institution's".
 */
export function requireActingFor(caller: Caller, institutionId: string, mismatch: string, field?: string): void {
  if (!INSTITUTION_ROLES.includes(caller.role)) return;
  if (caller.institutionId === institutionId) return;
  throw graphError("FORBIDDEN", `As ${article(caller.role)} ${caller.role} you act only for your own institution, and ${mismatch}.`, field);
}

const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");
