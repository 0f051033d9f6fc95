import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import { todayInKorea } from "../../../../lib/domain/dates.js";
import type { DesignationStatus } from "../../../../lib/domain/enums.js";
import type { Product as ProductRow } from "../entities/index.js";
import type { ProductResolvers } from "../generated/resolvers-types.js";

export function designationStatus(product: ProductRow, today: string = todayInKorea()): DesignationStatus {
  if (product.revokedOn && product.revokedOn <= today) return "REVOKED";
  return product.validUntil < today ? "EXPIRED" : "DESIGNATED";
}

/** In force on the date: designated by then, not yet expired, not revoked by then. */
export function isDesignatedOn(product: ProductRow, date: string): boolean {
  return product.designatedOn <= date && date <= product.validUntil && !(product.revokedOn && product.revokedOn <= date);
}

export const Product: ProductResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.product.load(id),
  company: (product, _, { loaders }) => loadReferenced(loaders.company, product.companyId),
  status: (product) => designationStatus(product),
  isDesignatedOn: (product, { date }) => isDesignatedOn(product, date),
};
