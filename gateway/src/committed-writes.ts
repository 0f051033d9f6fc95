import { getOperationAST, Kind, parse, type OperationDefinitionNode } from "graphql";
import { isOpenCircuit } from "./circuit-breaker.js";
import { isQueryDocument } from "./subgraph-fetcher.js";

/**
 * Whether a request's mutation committed anything, as the subgraphs' own answers show it: the response
 * cache moves its generation only then (response-cache.ts), so a mutation refused before it ran (an
 * anonymous caller, bad input, a limit) or refused by the subgraph in every root field flushes nothing.
 *
 * The gateway's final answer cannot tell: every mutation returns a non-null type, so one failing root
 * field nulls the whole `data`, even when an earlier one was written. Each mutation fetch is judged
 * instead, on what its subgraph answered:
 * - 2xx with `data`: a root field without an error ran to completion (each is one transaction).
 * - 2xx with `data: null`: the subgraph runs root fields one after the other and stops at the first
 *   non-null failure, so something was written unless the first root field is the one that failed.
 * - 4xx: the subgraph refused the request before running any resolver (a variable it could not coerce).
 * - Never sent: the subgraph's circuit breaker was open, or the connection was refused.
 * - Any other failure (no answer in time, a reset, a 5xx), or root selections that are not plain fields:
 *   a write may have been made, so it counts as one; a needless flush costs a few cache misses, a missed
 *   one would serve stale answers.
 */
const committed = new WeakSet<object>();

/** True once any mutation fetch of the request holding this context may have written. */
export const committedAWrite = (context: object): boolean => committed.has(context);

interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ path?: ReadonlyArray<string | number> }>;
}

/** The mutation a subgraph fetch sends, or undefined for a query (entity fetches, the common case). */
function mutationOf(query: string | undefined): OperationDefinitionNode | undefined {
  if (!query || isQueryDocument(query)) return undefined;
  try {
    const operation = getOperationAST(parse(query));
    return operation?.operation === "mutation" ? operation : undefined;
  } catch {
    return undefined;
  }
}

/** Root response keys in the order the subgraph runs them; undefined when the selection is not plain fields. */
function rootKeys(operation: OperationDefinitionNode): string[] | undefined {
  const keys: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return undefined;
    keys.push(selection.alias?.value ?? selection.name.value);
  }
  return keys;
}

function wroteSomething(operation: OperationDefinitionNode, answer: SubgraphAnswer): boolean {
  const keys = rootKeys(operation);
  if (!keys?.length) return true;
  const failed = new Set((answer.errors ?? []).map((error) => error.path?.[0]));
  if (answer.data) return keys.some((key) => !failed.has(key) && key in answer.data!);
  return !failed.has(keys[0]);
}

/** A subgraph answered a fetch with 2xx. */
export function noteSubgraphAnswer(context: object | undefined, query: string | undefined, answer: SubgraphAnswer): void {
  const operation = context && mutationOf(query);
  if (operation && wroteSomething(operation, answer)) committed.add(context);
}

/** Why a fetch that got no answer failed: the fetcher's error keeps its cause (subgraph-fetcher.ts). */
function neverSent(error: unknown): boolean {
  const cause = (error as { originalError?: unknown } | null)?.originalError;
  if (isOpenCircuit(cause)) return true;
  const refused = (candidate: unknown) => (candidate as { code?: unknown } | null)?.code === "ECONNREFUSED";
  // node-fetch reports a refused connection as a FetchError carrying the system error's code.
  return refused(cause) || refused((cause as { cause?: unknown } | null)?.cause);
}

/** A fetch failed: `status` is the subgraph's HTTP status, undefined when it gave no answer at all. */
export function noteSubgraphFailure(
  context: object | undefined,
  query: string | undefined,
  status: number | undefined,
  error: unknown,
): void {
  const refusedBeforeRunning = status !== undefined ? status >= 400 && status < 500 : neverSent(error);
  if (context && !refusedBeforeRunning && mutationOf(query)) committed.add(context);
}
