import { pino, type Logger } from "pino";
import type { Environment } from "./config.js";

/**
 * One structured logger per process, JSON on stdout (what a log shipper expects). Its entry reads the
 * level from LOG_LEVEL (readLogLevel); `silent` keeps test output readable.
 */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level });
}

export const readLogLevel = (env: Environment): string => env.LOG_LEVEL ?? "info";
