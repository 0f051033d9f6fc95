import { pino, type Logger } from "pino";

/**
 * One structured logger per process, JSON on stdout (what a log shipper expects). LOG_LEVEL sets the
 * level; `silent` keeps test output readable.
 */
export function createLogger(service: string): Logger {
  return pino({ name: service, level: process.env.LOG_LEVEL ?? "info" });
}
