import { expect } from "chai";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { callerFor, type Caller } from "../../lib/access/access.js";
import { createPrivateKey } from "node:crypto";
import type { AssertionIssuer } from "../../lib/access/assertion-keys.js";
import { createCallerAssertionSigner, type CallerAssertionSigner } from "../../lib/access/caller-assertion.js";
import { testGraph } from "./graph.js";
import { permittedToken } from "./tokens.js";

/** Typed GraphQL-over-HTTP helpers for black-box tests. */
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export async function post<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}

/** Who calls the gateway: a bearer token (test/support/tokens.ts), or none for the public. */
export interface GatewayCallOptions {
  token?: string;
}

const bearer = (options: GatewayCallOptions): Record<string, string> => (options.token ? { authorization: `Bearer ${options.token}` } : {});

/** A query through the gateway that must succeed; returns its data. */
export async function gatewayData<T = any>(
  query: string,
  variables?: Record<string, unknown>,
  options: GatewayCallOptions = {},
): Promise<T> {
  const response = await post<T>(testGraph().gatewayUrl, query, variables, bearer(options));
  expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
  return response.data as T;
}

export const gateway = <T = any>(query: string, variables?: Record<string, unknown>, options: GatewayCallOptions = {}) =>
  post<T>(testGraph().gatewayUrl, query, variables, bearer(options));

/**
 * As `gateway` and `gatewayData`, sent by a caller permitted to make the write (test/support/tokens.ts
 * permittedToken: the role that makes it, acting for the institution it is about); a query goes as the
 * administrator, who reads everything. For tests of what a write does, not of who may make it
 * (test/access-matrix.test.ts).
 */
export const gatewayAsPermitted = async <T = any>(query: string, variables?: Record<string, unknown>) =>
  gateway<T>(query, variables, { token: await permittedToken(query, variables) });

export const gatewayDataAsPermitted = async <T = any>(query: string, variables?: Record<string, unknown>) =>
  gatewayData<T>(query, variables, { token: await permittedToken(query, variables) });

/**
 * A subgraph answers only the gateway, so a direct call carries a caller assertion signed with this
 * run's gateway key, as the gateway would send it: for the administrator by default (direct tests read
 * everything), another caller if given, or `caller: null` to send none (to test the refusal). `signer`
 * signs as another service instead (a subgraph asking a peer).
 */
export interface SubgraphCallOptions {
  caller?: Caller | null;
  signer?: AssertionIssuer;
  /** Extra or overriding headers (e.g. a forged assertion). */
  headers?: Record<string, string>;
}

const signers = new Map<AssertionIssuer, CallerAssertionSigner>();

/** Signs caller assertions as `issuer` with this run's key, as that service does. */
export function assertionSigner(issuer: AssertionIssuer): CallerAssertionSigner {
  let signer = signers.get(issuer);
  if (!signer) {
    const key = createPrivateKey({ key: JSON.parse(testGraph().secrets.assertionKeys[issuer].privateKey), format: "jwk" });
    signers.set(issuer, (signer = createCallerAssertionSigner(issuer, key)));
  }
  return signer;
}

export const subgraph = async <T = any>(
  name: SubgraphName,
  query: string,
  variables?: Record<string, unknown>,
  options: SubgraphCallOptions = {},
) => {
  const caller = options.caller === undefined ? callerFor("administrator", { subject: "test" }) : options.caller;
  const credentials = caller ? await assertionSigner(options.signer ?? "gateway").headers(caller, name) : {};
  return post<T>(testGraph().subgraphUrls[name], query, variables, { ...credentials, ...options.headers });
};

/** A subgraph's count of SQL statements so far, from its /metrics. */
export async function sqlStatements(name: SubgraphName): Promise<number> {
  const text = await (await fetch(new URL("/metrics", testGraph().subgraphUrls[name]))).text();
  const match = /^sql_statements_total(?:\{[^}]*\})? (\d+)/m.exec(text);
  if (!match) throw new Error(`${name} /metrics has no sql_statements_total`);
  return Number(match[1]);
}
