import type { createGraphQLClient } from "./graphql-client.js";
import { notFound } from "../runtime/errors.js";

/**
 * Questions a subgraph asks the owner of a row before it writes something that names it: through
 * the owner's GraphQL API, never its tables. A missing row is NOT_FOUND on the input field that named
 * it; an owner that cannot answer is SERVICE_UNAVAILABLE (the client's), and nothing is written.
 */
type Ask = ReturnType<typeof createGraphQLClient>;

/** The products subgraph knows the product (designated or not). */
export async function requireKnownProduct(askProducts: Ask, productId: string, field: string): Promise<void> {
  const data = await askProducts<{ product: { id: string } | null }>("products", `query ($id: ID!) { product(id: $id) { id } }`, {
    id: productId,
  });
  if (!data.product) throw notFound("There is no product with this id.", field);
}

/** The institutions subgraph knows the institution. */
export async function requireKnownInstitution(askInstitutions: Ask, institutionId: string, field: string): Promise<void> {
  const data = await askInstitutions<{ institution: { id: string } | null }>(
    "institutions",
    `query ($id: ID!) { institution(id: $id) { id } }`,
    { id: institutionId },
  );
  if (!data.institution) throw notFound("There is no institution with this id.", field);
}
