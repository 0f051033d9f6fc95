import type { IncomingHttpHeaders } from "node:http";

/**
 * Who is asking. Every request context carries one; today every caller is anonymous and reads the
 * public graph. Authentication (verified at the gateway, forwarded to the subgraphs) fills this in.
 */
export type Caller = { kind: "anonymous" };

export function callerFromHeaders(_headers: IncomingHttpHeaders): Caller {
  return { kind: "anonymous" };
}
