import { badUserInput } from "../runtime/errors.js";

/**
 * Text a person types into a write: trimmed, and refused when blank or longer than its column allows.
 * `says` opens the refusal's sentence (its subject and verb, e.g. "A company name must have"), so each
 * write keeps the wording its callers have always read; the bounds are the same rule everywhere.
 */
export function requireText(value: string, field: string, max: number, says = "This must have"): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) throw badUserInput(`${says} 1 to ${max} characters.`, field);
  return text;
}

/** An optional text: blank means none; anything else is held to `requireText`'s bounds. */
export function optionalText(value: string | null | undefined, field: string, max: number, says?: string): string | null {
  if (value == null || value.trim() === "") return null;
  return requireText(value, field, max, says);
}
