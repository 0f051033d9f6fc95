import { z } from "zod";
import { readBoolean, readInteger, readOptionalString, type Environment } from "./config.js";

/**
 * What a service's tracing is told by the standard OpenTelemetry variables (read here, once, at the
 * entry; the SDK is then configured from this object, not from the environment):
 *
 * - OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (used as is) or OTEL_EXPORTER_OTLP_ENDPOINT (`/v1/traces` appended):
 *   where spans go over OTLP/HTTP. Neither set, no tracing at all: no SDK loaded, nothing exported.
 * - OTEL_EXPORTER_OTLP_PROTOCOL (or …_TRACES_PROTOCOL): `http/protobuf` (default) or `http/json`.
 * - OTEL_EXPORTER_OTLP_HEADERS (or …_TRACES_HEADERS): `key=value,key2=value2` sent with every export.
 * - OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG: `parentbased_always_on` (default), `parentbased_traceidratio`
 *   with a ratio, `always_on`, `always_off`, `traceidratio`, `parentbased_always_off`.
 * - OTEL_SERVICE_NAME (default the service's own name), OTEL_RESOURCE_ATTRIBUTES (`key=value,…`).
 * - OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none: off even with an endpoint.
 * - OTEL_BSP_SCHEDULE_DELAY, OTEL_BSP_MAX_QUEUE_SIZE, OTEL_BSP_MAX_EXPORT_BATCH_SIZE: the batch processor.
 * - TRACING_RESOLVER_SPANS (ours): which subgraph resolvers get a span of their own (`root`, the default;
 *   `all`; `none`), see lib/subgraph/resolver-spans.ts.
 */
export type SamplerName =
  "always_on" | "always_off" | "traceidratio" | "parentbased_always_on" | "parentbased_always_off" | "parentbased_traceidratio";

/** `root`: Query and Mutation fields (entity fetches included); `all`: every resolver a subgraph defines; `none`. */
export type ResolverSpans = "root" | "all" | "none";

export interface TracingConfig {
  serviceName: string;
  resourceAttributes: Record<string, string>;
  exporter: { url: string; protocol: "http/protobuf" | "http/json"; headers: Record<string, string> };
  sampler: { name: SamplerName; ratio: number };
  batch: { scheduledDelayMillis: number; maxQueueSize: number; maxExportBatchSize: number };
  resolverSpans: ResolverSpans;
}

const samplerSchema = z.enum([
  "always_on",
  "always_off",
  "traceidratio",
  "parentbased_always_on",
  "parentbased_always_off",
  "parentbased_traceidratio",
]);
const protocolSchema = z.enum(["http/protobuf", "http/json"]);
const resolverSpansSchema = z.enum(["root", "all", "none"]);
const ratioSchema = z.coerce.number().min(0).max(1);

function readEnum<T extends string>(env: Environment, names: string[], schema: z.ZodType<T>, fallback: T): T {
  const name = names.find((candidate) => readOptionalString(env, candidate) !== undefined);
  if (!name) return fallback;
  const parsed = schema.safeParse(readOptionalString(env, name)!.trim().toLowerCase());
  if (!parsed.success) throw new Error(`Environment variable ${name} must be one of ${schemaOptions(schema)}; got "${env[name]}"`);
  return parsed.data;
}

const schemaOptions = (schema: z.ZodType): string => ((schema as unknown as { options?: string[] }).options ?? []).join(", ");

/** `key=value,key2=value2` (values percent-decoded), as the OpenTelemetry specification writes headers and resource attributes. */
function readPairs(env: Environment, name: string): Record<string, string> {
  const raw = readOptionalString(env, name);
  if (!raw) return {};
  const pairs: Record<string, string> = {};
  for (const item of raw.split(",")) {
    const at = item.indexOf("=");
    if (at <= 0) throw new Error(`Environment variable ${name} must be key=value pairs separated by commas`);
    pairs[item.slice(0, at).trim()] = decodeURIComponent(item.slice(at + 1).trim());
  }
  return pairs;
}

function tracesUrl(env: Environment): string | undefined {
  const specific = readOptionalString(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
  if (specific) return specific;
  const base = readOptionalString(env, "OTEL_EXPORTER_OTLP_ENDPOINT");
  return base ? `${base.replace(/\/+$/, "")}/v1/traces` : undefined;
}

/** The tracing of `service`, or undefined when it is off (no endpoint, or switched off). */
export function readTracingConfig(env: Environment, service: string): TracingConfig | undefined {
  const url = tracesUrl(env);
  if (!url || readBoolean(env, "OTEL_SDK_DISABLED", false)) return undefined;
  if (readOptionalString(env, "OTEL_TRACES_EXPORTER")?.trim().toLowerCase() === "none") return undefined;
  const sampler = readEnum(env, ["OTEL_TRACES_SAMPLER"], samplerSchema, "parentbased_always_on");
  const rawRatio = readOptionalString(env, "OTEL_TRACES_SAMPLER_ARG");
  const ratio = rawRatio === undefined ? 1 : ratioSchema.safeParse(rawRatio);
  if (typeof ratio !== "number" && !ratio.success) {
    throw new Error(`Environment variable OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1; got "${rawRatio}"`);
  }
  return {
    serviceName: readOptionalString(env, "OTEL_SERVICE_NAME") ?? service,
    resourceAttributes: readPairs(env, "OTEL_RESOURCE_ATTRIBUTES"),
    exporter: {
      url,
      protocol: readEnum(env, ["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"], protocolSchema, "http/protobuf"),
      headers: { ...readPairs(env, "OTEL_EXPORTER_OTLP_HEADERS"), ...readPairs(env, "OTEL_EXPORTER_OTLP_TRACES_HEADERS") },
    },
    sampler: { name: sampler, ratio: typeof ratio === "number" ? ratio : ratio.data },
    batch: {
      scheduledDelayMillis: readInteger(env, "OTEL_BSP_SCHEDULE_DELAY", 5000, { min: 1, max: 600_000 }),
      maxQueueSize: readInteger(env, "OTEL_BSP_MAX_QUEUE_SIZE", 2048, { min: 1, max: 1_000_000 }),
      maxExportBatchSize: readInteger(env, "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", 512, { min: 1, max: 1_000_000 }),
    },
    resolverSpans: readEnum(env, ["TRACING_RESOLVER_SPANS"], resolverSpansSchema, "root"),
  };
}
