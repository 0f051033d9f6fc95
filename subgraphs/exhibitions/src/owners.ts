import { peerClient } from "../../../lib/subgraph/graphql-client.js";
import { requireKnownInstitution, requireKnownProduct } from "../../../lib/subgraph/owner-questions.js";

/**
 * Questions this subgraph asks the owners of products and institutions before it writes, through
 * GraphQL (never their tables). If an owner cannot answer, SERVICE_UNAVAILABLE: nothing is written.
 */
const clients = {
  products: () => peerClient("exhibitions", "products"),
  institutions: () => peerClient("exhibitions", "institutions"),
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
