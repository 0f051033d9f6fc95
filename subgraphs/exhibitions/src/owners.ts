import { createGraphQLClient } from "../../../lib/graphql-client.js";
import { requireKnownInstitution, requireKnownProduct } from "../../../lib/owner-questions.js";
import { readSubgraphUrl } from "../../../lib/service-config.js";
import { SUBGRAPH_NAME } from "./config.js";

/**
 * Questions this subgraph asks the owners of products and institutions before it writes, through
 * GraphQL (never their tables). If an owner cannot answer, SERVICE_UNAVAILABLE: nothing is written.
 */
const clients = {
  products: () => createGraphQLClient({ url: readSubgraphUrl("products"), service: SUBGRAPH_NAME }),
  institutions: () => createGraphQLClient({ url: readSubgraphUrl("institutions"), service: SUBGRAPH_NAME }),
};

export const requireProduct = (productId: string, field = "input.productId"): Promise<void> =>
  requireKnownProduct(clients.products(), productId, field);

export const requireInstitution = (institutionId: string, field = "input.institutionId"): Promise<void> =>
  requireKnownInstitution(clients.institutions(), institutionId, field);

/** Both owners at once (one request each, in parallel); an unreachable owner wins over a missing row. */
export async function requireProductAndInstitution(productId: string, institutionId: string): Promise<void> {
  const [product, institution] = await Promise.allSettled([requireProduct(productId), requireInstitution(institutionId)]);
  const failures = [product, institution].filter((result): result is PromiseRejectedResult => result.status === "rejected");
  const unavailable = failures.find((failure) => failure.reason?.extensions?.code === "SERVICE_UNAVAILABLE");
  if (unavailable) throw unavailable.reason;
  if (failures.length) throw failures[0].reason;
}
