import { peerClient } from "../../../lib/subgraph/graphql-client.js";
import type { Agency } from "../../../lib/domain/enums.js";

/** What a purchase needs to know about a product, as its owner, the products subgraph, answers it. */
export interface ProductFacts {
  id: string;
  designationNumber: string;
  designatingAgency: Agency;
  designatedOn: string;
  validUntil: string;
  revokedOn: string | null;
  isDesignatedOn: boolean;
}

const PRODUCT_ON_DATE = `query ProductForPurchase($id: ID!, $on: Date!) {
  product(id: $id) { id designationNumber designatingAgency designatedOn validUntil revokedOn isDesignatedOn(date: $on) }
}`;

let request: ReturnType<typeof peerClient> | undefined;

/**
 * Asks the products subgraph, through GraphQL (never its tables), about a product on a contract date.
 * Null when no product has the id; SERVICE_UNAVAILABLE when the products subgraph cannot answer.
 */
export async function productOnDate(productId: string, on: string): Promise<ProductFacts | null> {
  request ??= peerClient("institutions", "products", { timeoutMs: 5000 });
  const data = await request<{ product: ProductFacts | null }>("products", PRODUCT_ON_DATE, { id: productId, on });
  return data.product;
}
