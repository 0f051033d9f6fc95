import { CreateExhibitionsTables1764050300000 } from "./1764050300000-create-exhibitions-tables.js";
import { ExhibitionsWriteRules1764130000000 } from "./1764130000000-exhibitions-write-rules.js";
import { IdempotencyScope1764700100000 } from "./1764700100000-idempotency-scope.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [CreateExhibitionsTables1764050300000, ExhibitionsWriteRules1764130000000, IdempotencyScope1764700100000];
