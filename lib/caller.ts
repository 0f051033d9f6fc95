import type { IncomingHttpHeaders } from "node:http";
import { ANONYMOUS, callerFor, isRole, type Caller } from "./access.js";

export type { Caller } from "./access.js";

/**
 * How the verified caller travels from the gateway to a subgraph: one header holding its role, subject
 * and institution. A subgraph believes this header only after lib/gateway-credential.ts has checked the
 * gateway's credential on the same request; the scopes are derived again from the role (lib/access.ts).
 * The gateway's in-flight deduplication keys on headers, so this header also keeps callers' answers apart.
 */
export const CALLER_HEADER = "x-ipg-caller";

export function callerHeaderValue(caller: Caller): string {
  return JSON.stringify({ role: caller.role, subject: caller.subject, institutionId: caller.institutionId });
}

/** The caller the gateway forwarded; anonymous when the header is missing or unreadable. */
export function callerFromHeaders(headers: IncomingHttpHeaders): Caller {
  const raw = headers[CALLER_HEADER];
  if (typeof raw !== "string") return ANONYMOUS;
  let claims: { role?: unknown; subject?: unknown; institutionId?: unknown };
  try {
    claims = JSON.parse(raw) as typeof claims;
  } catch {
    return ANONYMOUS;
  }
  if (!isRole(claims.role)) return ANONYMOUS;
  return callerFor(claims.role, {
    subject: typeof claims.subject === "string" ? claims.subject : undefined,
    institutionId: typeof claims.institutionId === "string" ? claims.institutionId : undefined,
  });
}
