import { CreateInstitutionsTables1764050100000 } from "./1764050100000-create-institutions-tables.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [CreateInstitutionsTables1764050100000];
