import { pino, type Logger } from "pino";
import type { Environment } from "./config.js";
import { activeTraceIds } from "./tracing.js";

/**
 * One structured logger per process, JSON on stdout (what a log shipper expects). Its entry reads the
 * level from LOG_LEVEL (readLogLevel); `silent` keeps test output readable. While tracing, each line
 * logged within a traced request carries its `trace_id` and `span_id`.
 */
export function createLogger(service: string, level: string, traceIds = false): Logger {
  return pino({ name: service, level, ...(traceIds ? { mixin: activeTraceIds } : {}) });
}

export const readLogLevel = (env: Environment): string => env.LOG_LEVEL ?? "info";
