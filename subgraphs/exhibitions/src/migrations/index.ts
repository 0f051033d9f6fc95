import { CreateExhibitionsTables1764050300000 } from "./1764050300000-create-exhibitions-tables.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [CreateExhibitionsTables1764050300000];
