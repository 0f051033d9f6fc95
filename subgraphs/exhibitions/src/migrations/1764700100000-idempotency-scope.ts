import { idempotencyScopeMigration } from "../../../../lib/data/idempotency-scope-migration.js";

/** Idempotency keys belong to the caller's institution (or subject), not to everyone (lib/data/idempotency.ts). */
export class IdempotencyScope1764700100000 extends idempotencyScopeMigration(1764700100000) {}
