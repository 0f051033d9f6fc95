import { expect } from "chai";
import type { SubgraphName } from "../../lib/composition.js";
import { testGraph } from "./graph.js";

/** Typed GraphQL-over-HTTP helpers for black-box tests. */
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export async function post<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}

/** A query through the gateway that must succeed; returns its data. */
export async function gatewayData<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await post<T>(testGraph().gatewayUrl, query, variables);
  expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
  return response.data as T;
}

export const gateway = <T = any>(query: string, variables?: Record<string, unknown>) => post<T>(testGraph().gatewayUrl, query, variables);

export const subgraph = <T = any>(name: SubgraphName, query: string, variables?: Record<string, unknown>) =>
  post<T>(testGraph().subgraphUrls[name], query, variables);

/** A subgraph's count of SQL statements so far, from its /metrics. */
export async function sqlStatements(name: SubgraphName): Promise<number> {
  const text = await (await fetch(new URL("/metrics", testGraph().subgraphUrls[name]))).text();
  const match = /^sql_statements_total(?:\{[^}]*\})? (\d+)/m.exec(text);
  if (!match) throw new Error(`${name} /metrics has no sql_statements_total`);
  return Number(match[1]);
}
