import { CreateProductsTables1764050000000 } from "./1764050000000-create-products-tables.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [CreateProductsTables1764050000000];
