import { peerClient } from "../../../lib/graphql-client.js";
import { notFound } from "../../../lib/errors.js";

/**
 * Questions this subgraph asks the owners of products and institutions before it writes, through
 * GraphQL (never their tables). If an owner cannot answer, SERVICE_UNAVAILABLE: nothing is written.
 */
const clients = {
  products: () => peerClient("exhibitions", "products"),
  institutions: () => peerClient("exhibitions", "institutions"),
};

export async function requireProduct(productId: string, field = "input.productId"): Promise<void> {
  const data = await clients.products()<{ product: { id: string } | null }>("products", `query ($id: ID!) { product(id: $id) { id } }`, {
    id: productId,
  });
  if (!data.product) throw notFound("There is no product with this id.", field);
}

export async function requireInstitution(institutionId: string, field = "input.institutionId"): Promise<void> {
  const data = await clients.institutions()<{ institution: { id: string } | null }>(
    "institutions",
    `query ($id: ID!) { institution(id: $id) { id } }`,
    { id: institutionId },
  );
  if (!data.institution) throw notFound("There is no institution with this id.", field);
}

/** Both owners at once (one request each, in parallel); an unreachable owner wins over a missing row. */
export async function requireProductAndInstitution(productId: string, institutionId: string): Promise<void> {
  const [product, institution] = await Promise.allSettled([requireProduct(productId), requireInstitution(institutionId)]);
  const failures = [product, institution].filter((result): result is PromiseRejectedResult => result.status === "rejected");
  const unavailable = failures.find((failure) => failure.reason?.extensions?.code === "SERVICE_UNAVAILABLE");
  if (unavailable) throw unavailable.reason;
  if (failures.length) throw failures[0].reason;
}
