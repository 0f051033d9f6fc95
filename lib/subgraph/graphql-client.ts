import type { KeyObject } from "node:crypto";
import { callerFor } from "../access/access.js";
import { createCallerAssertionSigner, type CallerAssertionSigner } from "../access/caller-assertion.js";
import { graphError } from "../runtime/errors.js";
import { injectTraceContext } from "../runtime/tracing.js";
import type { SubgraphName } from "../runtime/subgraph-names.js";

/**
 * How one subgraph asks another (the owner of some data) a question before it writes: a GraphQL
 * request over HTTP with a deadline, never a read of the other's tables. If the owner cannot answer,
 * the caller gets SERVICE_UNAVAILABLE and must write nothing.
 *
 * The question carries a caller assertion the asking subgraph signs with its own key, `iss` its own name
 * (lib/access/caller-assertion.ts): the owner takes it as that service with the public's rights, and nothing the
 * asker could claim changes that. An owner question reads only public facts (does the product exist, is
 * it designated on a date); whether the original caller may make the write was already decided by the
 * asking subgraph.
 */
export interface GraphQLClientOptions {
  url: string;
  /** Who is asking: the assertion's issuer, and the client name in the owner's logs. */
  service: SubgraphName;
  /** Signs as `service`; one per process, so its assertions are reused while fresh. */
  signer: CallerAssertionSigner;
  timeoutMs?: number;
}

/**
 * Where a subgraph's peers answer and the signer it asks them with, from its configuration
 * (SubgraphConfig.peerUrls and its own key), set when its service is built (lib/subgraph/subgraph-server.ts),
 * per asking subgraph so that several can be built in one process (a test's variant graph). A
 * subgraph's owners.ts asks through peerClient.
 */
const peerDirectories = new Map<SubgraphName, { urls: Record<SubgraphName, string>; signer: CallerAssertionSigner }>();

export function usePeers(service: SubgraphName, urls: Record<SubgraphName, string>, key: KeyObject): void {
  peerDirectories.set(service, { urls, signer: createCallerAssertionSigner(service, key) });
}

/** A client with which `service` asks `owner`, on the directory usePeers set for it. */
export function peerClient(service: SubgraphName, owner: SubgraphName, options: { timeoutMs?: number } = {}) {
  const peers = peerDirectories.get(service);
  if (!peers)
    throw new Error(
      `The ${service} subgraph's peers are not configured: lib/subgraph/subgraph-server.ts sets them when it builds the service`,
    );
  return createGraphQLClient({ url: peers.urls[owner], service, signer: peers.signer, timeoutMs: options.timeoutMs });
}

export function createGraphQLClient(options: GraphQLClientOptions) {
  const unavailable = (ownerName: string) =>
    graphError(
      "SERVICE_UNAVAILABLE",
      `The ${ownerName} service could not be reached to check this request; nothing was changed. Please try again shortly.`,
    );

  const { signer } = options;
  const asker = callerFor("public", { subject: `service:${options.service}` });
  return async function request<T>(ownerName: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      const credentials = await signer.headers(asker, ownerName);
      response = await fetch(options.url, {
        method: "POST",
        // While tracing, the owner's spans continue this request's trace.
        headers: injectTraceContext({ "content-type": "application/json", "apollographql-client-name": options.service, ...credentials }),
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
