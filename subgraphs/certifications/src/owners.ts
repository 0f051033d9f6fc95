import { peerClient } from "../../../lib/subgraph/graphql-client.js";
import { conflict, notFound } from "../../../lib/runtime/errors.js";
import { requireKnownInstitution, requireKnownProduct } from "../../../lib/subgraph/owner-questions.js";

/**
 * Questions this subgraph asks the owners of institutions and products before it writes, through
 * GraphQL (never their tables). If an owner cannot answer, SERVICE_UNAVAILABLE: nothing is written.
 */
const clients = {
  products: () => peerClient("certifications", "products"),
  institutions: () => peerClient("certifications", "institutions"),
};

/** The program's operator must be an institution the institutions subgraph knows. */
export const requireOperator = (institutionId: string, field = "input.operatorId"): Promise<void> =>
  requireKnownInstitution(clients.institutions(), institutionId, field);

/** Support goes to products whose designation is in force on `date` (today, for a new application). */
export async function requireDesignatedProduct(productId: string, date: string, field = "input.productId"): Promise<void> {
  const data = await clients.products()<{ product: { id: string; isDesignatedOn: boolean } | null }>(
    "products",
    `query ($id: ID!, $date: Date!) { product(id: $id) { id isDesignatedOn(date: $date) } }`,
    { id: productId, date },
  );
  if (!data.product) throw notFound("There is no product with this id.", field);
  if (!data.product.isDesignatedOn) {
    throw conflict(
      `The product's designation is not in force on ${date} (expired or revoked), so it cannot apply for certification support.`,
      field,
    );
  }
}

/** A certificate is recorded for a product the products subgraph knows (designated or not). */
export const requireProduct = (productId: string, field = "input.productId"): Promise<void> =>
  requireKnownProduct(clients.products(), productId, field);
