import { CreateCertificationsTables1764050200000 } from "./1764050200000-create-certifications-tables.js";
import { CertificationsWriteRules1764300300000 } from "./1764300300000-certifications-write-rules.js";
import { MoneyBounds1764700000000 } from "./1764700000000-money-bounds.js";
import { IdempotencyScope1764700100000 } from "./1764700100000-idempotency-scope.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [
  CreateCertificationsTables1764050200000,
  CertificationsWriteRules1764300300000,
  MoneyBounds1764700000000,
  IdempotencyScope1764700100000,
];
