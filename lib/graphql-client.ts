import { callerFor } from "./access.js";
import { readAssertionPrivateKey } from "./assertion-keys.js";
import { createCallerAssertionSigner, type CallerAssertionSigner } from "./caller-assertion.js";
import { graphError } from "./errors.js";
import type { SubgraphName } from "./subgraph-names.js";

/**
 * How one subgraph asks another (the owner of some data) a question before it writes: a GraphQL
 * request over HTTP with a deadline, never a read of the other's tables. If the owner cannot answer,
 * the caller gets SERVICE_UNAVAILABLE and must write nothing.
 *
 * The question carries a caller assertion the asking subgraph signs with its own key, `iss` its own name
 * (lib/caller-assertion.ts): the owner takes it as that service with the public's rights, and nothing the
 * asker could claim changes that. An owner question reads only public facts (does the product exist, is
 * it designated on a date); whether the original caller may make the write was already decided by the
 * asking subgraph.
 */
export interface GraphQLClientOptions {
  url: string;
  /** Who is asking: the assertion's issuer, and the client name in the owner's logs. */
  service: SubgraphName;
  timeoutMs?: number;
}

// One signer per process: its key is read once, and its assertions are reused while fresh.
const signers = new Map<SubgraphName, CallerAssertionSigner>();
function signerOf(service: SubgraphName): CallerAssertionSigner {
  let signer = signers.get(service);
  if (!signer) signers.set(service, (signer = createCallerAssertionSigner(service, readAssertionPrivateKey(service))));
  return signer;
}

export function createGraphQLClient(options: GraphQLClientOptions) {
  const unavailable = (ownerName: string) =>
    graphError(
      "SERVICE_UNAVAILABLE",
      `The ${ownerName} service could not be reached to check this request; nothing was changed. Please try again shortly.`,
    );

  const signer = signerOf(options.service);
  const asker = callerFor("public", { subject: `service:${options.service}` });
  return async function request<T>(ownerName: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      const credentials = await signer.headers(asker, ownerName);
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
