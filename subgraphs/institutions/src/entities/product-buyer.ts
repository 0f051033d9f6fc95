import { ViewColumn, ViewEntity } from "typeorm";
import { Institution } from "./institution.js";

/**
 * An institution as a buyer of a product: the view `product_buyer` (see the migration), one row per
 * distinct product and institution. Being a view keyed by the product lets a page of buyers for many
 * products load through the same batched child pages as any other list. The migration creates it
 * (`synchronize: false` also keeps TypeORM from adding its typeorm_metadata table for views).
 */
@ViewEntity({ name: "product_buyer", synchronize: false })
export class ProductBuyer extends Institution {
  @ViewColumn({ name: "product_id" })
  productId: string;
}
