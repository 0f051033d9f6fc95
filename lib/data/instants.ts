import type { ValueTransformer } from "typeorm";

/**
 * A `timestamptz` column read as an ISO 8601 string in UTC (`2025-11-19T01:00:00.000Z`), the shape the
 * seed rows and the DateTime scalar use, instead of the JS Date TypeORM hydrates it to. Writes pass
 * through: PostgreSQL takes an ISO string with any offset (or a Date) as the same instant.
 */
export const isoInstant: ValueTransformer = {
  to: (value: string | Date | null | undefined) => value,
  from: (value: Date | string | null) => (value == null ? value : new Date(value).toISOString()),
};
