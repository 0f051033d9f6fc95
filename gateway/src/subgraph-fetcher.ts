import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import type { Fetcher, FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import nodeFetch, { Response } from "node-fetch";

/**
 * How the gateway talks to its subgraphs.
 *
 * - Keep-alive: one pool of persistent connections per subgraph (node-fetch over `http.Agent({ keepAlive:
 *   true })`), instead of the stock fetcher's connection handling. In the calibration run this gave
 *   1.1–1.7× the stock requests/s and half the CPU.
 * - In-flight deduplication: when an identical subgraph fetch is already on its way (same URL, same
 *   headers — which carry the caller's identity —, same query and variables), the later caller waits for
 *   that one's answer instead of sending its own. Queries only: a mutation, a subscription or anything
 *   that does not plainly start as a query is always sent. This is request coalescing, not a cache: an
 *   entry lives only while its request is in flight and is removed when the answer arrives.
 */
export interface SubgraphFetcherOptions {
  keepAlive: boolean;
  deduplicateInflight: boolean;
  /** Upper bound on sockets per subgraph (keep-alive pool). */
  maxSockets?: number;
}

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Subgraph fetches answered by joining one already in flight (for tests and metrics). */
  deduplicated(): number;
  close(): void;
}

interface BufferedResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: Buffer;
  url: string;
}

/** The first keyword of the document: only `{ … }` and `query …` are coalesced. */
export function isQueryDocument(query: unknown): boolean {
  if (typeof query !== "string") return false;
  // Skip leading whitespace, commas and `#` comments, which GraphQL ignores.
  const start = query.replace(/^(?:[\s,\uFEFF]+|#[^\n\r]*)*/, "");
  return start.startsWith("{") || /^query\b/.test(start);
}

function headerEntries(headers: FetcherRequestInit["headers"]): Array<[string, string]> {
  if (!headers) return [];
  return Object.entries(headers as Record<string, string>)
    .map(([name, value]): [string, string] => [name.toLowerCase(), String(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The key of a coalescable fetch, or undefined when this fetch must go out on its own. */
export function deduplicationKey(url: string, init: FetcherRequestInit | undefined): string | undefined {
  const method = (init?.method ?? "GET").toUpperCase();
  if (method !== "POST" || typeof init?.body !== "string") return undefined;
  let request: { query?: unknown };
  try {
    request = JSON.parse(init.body) as { query?: unknown };
  } catch {
    return undefined;
  }
  if (!isQueryDocument(request.query)) return undefined;
  return JSON.stringify([url, headerEntries(init.headers), init.body]);
}

export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agentOptions = { keepAlive: options.keepAlive, maxSockets: options.maxSockets ?? Infinity, scheduling: "lifo" as const };
  const httpAgent = new HttpAgent(agentOptions);
  const httpsAgent = new HttpsAgent(agentOptions);
  const agent = (url: URL) => (url.protocol === "https:" ? httpsAgent : httpAgent);

  const send = (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> =>
    nodeFetch(url, { ...(init as object), agent }) as unknown as Promise<FetcherResponse>;

  const pending = new Map<string, Promise<BufferedResponse>>();
  let deduplicated = 0;

  const sendBuffered = async (url: string, init: FetcherRequestInit): Promise<BufferedResponse> => {
    const response = await nodeFetch(url, { ...(init as object), agent });
    return {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: await response.buffer(),
      url: response.url,
    };
  };

  // Each waiter gets its own Response over the same bytes (a body can be read once).
  const replay = (buffered: BufferedResponse): FetcherResponse => {
    const response = new Response(buffered.body, {
      status: buffered.status,
      statusText: buffered.statusText,
      headers: buffered.headers,
      url: buffered.url,
    });
    return response as unknown as FetcherResponse;
  };

  const fetcher: Fetcher = async (url, init) => {
    if (!options.deduplicateInflight) return send(url, init);
    const key = deduplicationKey(url, init);
    if (key === undefined) return send(url, init);
    const inflight = pending.get(key);
    if (inflight) {
      deduplicated++;
      return replay(await inflight);
    }
    const request = sendBuffered(url, init!).finally(() => pending.delete(key));
    pending.set(key, request);
    return replay(await request);
  };

  return {
    fetcher,
    deduplicated: () => deduplicated,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
