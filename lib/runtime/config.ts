import { z } from "zod";

/**
 * Reading configuration. A process's entry (gateway/src/index.ts, lib/subgraph/subgraph-main.ts, the scripts)
 * hands its environment to the config readers once, at start-up, and passes the resulting config object
 * down; no module below an entry reads `process.env` (eslint.config.js keeps it so). A test builds a
 * variant service from an environment of its own the same way. A wrong value stops the process at
 * start-up with a message naming the variable, instead of failing later in a request.
 */
export type Environment = Readonly<Record<string, string | undefined>>;

const present = (env: Environment, name: string): string | undefined => {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
};

export function readString(env: Environment, name: string, fallback?: string): string {
  const value = present(env, name);
  if (value !== undefined) return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`Environment variable ${name} is required`);
}

export function readOptionalString(env: Environment, name: string): string | undefined {
  return present(env, name);
}

/** An integer within a range; the same parse as Number() (so " 12" and "1e3" read as they always did). */
const integerSchema = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export function readInteger(env: Environment, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  const parsed = integerSchema(min, max).safeParse(raw);
  if (!parsed.success) throw new Error(`Environment variable ${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  return parsed.data;
}

const booleanSchema = z.stringbool({ truthy: ["1", "true", "yes", "on"], falsy: ["0", "false", "no", "off"], case: "insensitive" });

export function readBoolean(env: Environment, name: string, fallback: boolean): boolean {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  const parsed = booleanSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Environment variable ${name} must be true or false; got "${raw}"`);
  return parsed.data;
}

export const isProduction = (env: Environment): boolean => env.NODE_ENV === "production";

/**
 * A secret as production accepts it: set, not the documented development value, and at least 32
 * characters (HMAC-SHA256 keys shorter than its output are weak). Outside production any set value goes.
 */
export function checkProductionSecret(env: Environment, name: string, value: string, developmentValue: string): string {
  if (!isProduction(env)) return value;
  if (value === developmentValue) throw new Error(`${name} is the documented development secret: set a secret of your own in production`);
  if (value.length < 32) throw new Error(`${name} must be at least 32 characters in production`);
  return value;
}

const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

const durationSchema = z
  .string()
  .regex(/^\s*\d+\s*[smhd]?\s*$/i)
  .transform((raw) => {
    const [, amount, unit] = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(raw)!;
    return Number(amount) * SECONDS_PER_UNIT[unit.toLowerCase() || "s"];
  });

/** A duration in seconds, written as seconds ("43200") or with a unit ("30s", "90m", "12h", "1d"). */
export function readDurationSeconds(env: Environment, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = range;
  const parsed = durationSchema.pipe(z.number().int().min(min).max(max)).safeParse(raw);
  if (!parsed.success || !Number.isSafeInteger(parsed.data)) {
    throw new Error(`Environment variable ${name} must be a duration from ${min} to ${max} seconds, e.g. "12h" or "43200"; got "${raw}"`);
  }
  return parsed.data;
}

/**
 * Reads a process's configuration at its entry, or stops it: a wrong setting is the operator's
 * mistake, so it gets one line naming the service and the variable, exit code 1, and no stack trace.
 */
export function readConfigOrExit<T>(service: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${service}: cannot start: ${message}\n`);
    process.exit(1);
  }
}
