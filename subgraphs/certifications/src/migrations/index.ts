import { CreateCertificationsTables1764050200000 } from "./1764050200000-create-certifications-tables.js";
import { CertificationsWriteRules1764300300000 } from "./1764300300000-certifications-write-rules.js";

/** In order; a new migration is appended, never edited once released. */
export const migrations = [CreateCertificationsTables1764050200000, CertificationsWriteRules1764300300000];
