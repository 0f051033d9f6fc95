import { peerClient } from "../../../lib/graphql-client.js";
import { conflict, notFound } from "../../../lib/errors.js";

/**
 * Questions this subgraph asks the owners of institutions and products before it writes, through
 * GraphQL (never their tables). If an owner cannot answer, SERVICE_UNAVAILABLE: nothing is written.
 */
const clients = {
  products: () => peerClient("certifications", "products"),
  institutions: () => peerClient("certifications", "institutions"),
};

/** The program's operator must be an institution the institutions subgraph knows. */
export async function requireOperator(institutionId: string, field = "input.operatorId"): Promise<void> {
  const data = await clients.institutions()<{ institution: { id: string } | null }>(
    "institutions",
    `query ($id: ID!) { institution(id: $id) { id } }`,
    { id: institutionId },
  );
  if (!data.institution) throw notFound("There is no institution with this id.", field);
}

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
export async function requireProduct(productId: string, field = "input.productId"): Promise<void> {
  const data = await clients.products()<{ product: { id: string } | null }>("products", `query ($id: ID!) { product(id: $id) { id } }`, {
    id: productId,
  });
  if (!data.product) throw notFound("There is no product with this id.", field);
}
