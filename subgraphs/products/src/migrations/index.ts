import { CreateProductsTables1764050000000 } from "./1764050000000-create-products-tables.js";
import { DesignationWrites1764300000000 } from "./1764300000000-designation-writes.js";
import { MoneyBounds1764700000000 } from "./1764700000000-money-bounds.js";
import { IdempotencyScope1764700100000 } from "./1764700100000-idempotency-scope.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [
  CreateProductsTables1764050000000,
  DesignationWrites1764300000000,
  MoneyBounds1764700000000,
  IdempotencyScope1764700100000,
];
