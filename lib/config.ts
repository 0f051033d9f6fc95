/**
 * Reading configuration from the environment. Every service reads its settings through these helpers so
 * that a wrong value stops the process at start-up with a message naming the variable, instead of
 * failing later in a request.
 */
export function readString(name: string, fallback?: string): string {
  const value = process.env[name];
  if (value !== undefined && value !== "") return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`Environment variable ${name} is required`);
}

export function readOptionalString(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

export function readInteger(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Environment variable ${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

export function readBoolean(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`Environment variable ${name} must be true or false; got "${raw}"`);
}

export const isProduction = (): boolean => process.env.NODE_ENV === "production";

/**
 * A secret as production accepts it: set, not the documented development value, and at least 32
 * characters (HMAC-SHA256 keys shorter than its output are weak). Outside production any set value goes.
 */
export function checkProductionSecret(name: string, value: string, developmentValue: string): string {
  if (!isProduction()) return value;
  if (value === developmentValue) throw new Error(`${name} is the documented development secret: set a secret of your own in production`);
  if (value.length < 32) throw new Error(`${name} must be at least 32 characters in production`);
  return value;
}

const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration in seconds, written as seconds ("43200") or with a unit ("30s", "90m", "12h", "1d"). */
export function readDurationSeconds(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(raw);
  const value = match ? Number(match[1]) * SECONDS_PER_UNIT[match[2].toLowerCase() || "s"] : NaN;
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = range;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`Environment variable ${name} must be a duration from ${min} to ${max} seconds, e.g. "12h" or "43200"; got "${raw}"`);
  }
  return value;
}
