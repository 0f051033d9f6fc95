import { CreateInstitutionsTables1764050100000 } from "./1764050100000-create-institutions-tables.js";
import { InstitutionWrites1764300200000 } from "./1764300200000-institution-writes.js";
import { MoneyBounds1764700000000 } from "./1764700000000-money-bounds.js";
import { IdempotencyScope1764700100000 } from "./1764700100000-idempotency-scope.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [
  CreateInstitutionsTables1764050100000,
  InstitutionWrites1764300200000,
  MoneyBounds1764700000000,
  IdempotencyScope1764700100000,
];
