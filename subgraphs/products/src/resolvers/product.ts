import { todayInKorea } from "../../../../lib/dates.js";
import type { Context } from "../context.js";
import type { Product as ProductRow } from "../entities/index.js";

export type DesignationStatus = "DESIGNATED" | "EXPIRED" | "REVOKED";

export function designationStatus(product: ProductRow, today: string = todayInKorea()): DesignationStatus {
  if (product.revokedOn && product.revokedOn <= today) return "REVOKED";
  return product.validUntil < today ? "EXPIRED" : "DESIGNATED";
}

/** In force on the date: designated by then, not yet expired, not revoked by then. */
export function isDesignatedOn(product: ProductRow, date: string): boolean {
  return product.designatedOn <= date && date <= product.validUntil && !(product.revokedOn && product.revokedOn <= date);
}

export const Product = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.product.load(id),
  company: (product: ProductRow, _: unknown, { loaders }: Context) => loaders.company.load(product.companyId),
  status: (product: ProductRow) => designationStatus(product),
  isDesignatedOn: (product: ProductRow, { date }: { date: string }) => isDesignatedOn(product, date),
};
