import { createHash } from "node:crypto";

/** This API's namespace for name-based UUIDs (RFC 9562 version 5); never change it, or every derived id changes. */
const NAMESPACE = Buffer.from("6d8cd41f8b804367b6c66cfb4ee816bd", "hex");

/**
 * A stable id for an object that has no row id of its own but is identified by other values (program
 * figures by agency and year, a lead-buyer declaration by its institution): a UUID version 5 of the type
 * name and those values, so the same object always has the same id, in every process, and a client's
 * normalised cache (Apollo Client's `Type:id`) keeps one copy of it.
 */
export function derivedId(typeName: string, ...parts: Array<string | number>): string {
  const hash = createHash("sha1")
    .update(NAMESPACE)
    .update([typeName, ...parts].join(":"))
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
