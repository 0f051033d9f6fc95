import { callerFor } from "./access.js";
import { graphError } from "./errors.js";
import { gatewayHeaders } from "./gateway-credential.js";

/**
 * How one subgraph asks another (the owner of some data) a question before it writes: a GraphQL
 * request over HTTP with a deadline, never a read of the other's tables. If the owner cannot answer,
 * the caller gets SERVICE_UNAVAILABLE and must write nothing.
 *
 * The owner answers only the gateway's credential, so the question carries it, and asks as an anonymous
 * (public) caller named after the asking service: an owner question reads only public facts (does the
 * product exist, is it designated on a date), so it gets no more rights than the public has; whether the
 * original caller may make the write was already decided by the asking subgraph.
 */
export interface GraphQLClientOptions {
  url: string;
  /** Who is asking, for the owner's logs. */
  service: string;
  timeoutMs?: number;
}

export function createGraphQLClient(options: GraphQLClientOptions) {
  const unavailable = (ownerName: string) =>
    graphError(
      "SERVICE_UNAVAILABLE",
      `The ${ownerName} service could not be reached to check this request; nothing was changed. Please try again shortly.`,
    );

  const credentials = gatewayHeaders(callerFor("public", { subject: `service:${options.service}` }));
  return async function request<T>(ownerName: string, query: string, variables: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json", "apollographql-client-name": options.service, ...credentials },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
      });
    } catch {
      throw unavailable(ownerName);
    }
    if (!response.ok && response.status !== 400) throw unavailable(ownerName);
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: Array<{ message: string }> } | null;
    if (!body?.data || body.errors?.length) throw unavailable(ownerName);
    return body.data;
  };
}
