import { badUserInput } from "../runtime/errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Ids in the graph are UUIDs; anything else is refused before it reaches SQL. */
export function requireId(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(`"${value}" is not a valid id; ids look like 3f2c…-…, as this API returns them.`, field);
  return value.toLowerCase();
}
