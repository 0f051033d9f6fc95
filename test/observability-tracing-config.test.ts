import { expect } from "chai";
import { readTracingConfig } from "../lib/runtime/tracing-config.js";

/** Which standard OpenTelemetry variables turn tracing on, and how they are read (lib/runtime/tracing-config.ts). */
describe("observability: the tracing settings", () => {
  it("is off without an endpoint, or when switched off", () => {
    expect(readTracingConfig({}, "gateway")).to.equal(undefined);
    expect(readTracingConfig({ OTEL_TRACES_SAMPLER: "always_on" }, "gateway")).to.equal(undefined);
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_SDK_DISABLED: "true" }, "gateway")).to.equal(undefined);
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_TRACES_EXPORTER: "none" }, "gateway")).to.equal(
      undefined,
    );
  });

  it("exports to the endpoint's /v1/traces, or to the traces endpoint as given, with the spec's defaults", () => {
    const config = readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }, "products");
    expect(config).to.deep.include({
      serviceName: "products",
      exporter: { url: "http://collector:4318/v1/traces", protocol: "http/protobuf", headers: {} },
      sampler: { name: "parentbased_always_on", ratio: 1 },
      resolverSpans: "root",
    });
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://t.example/otlp" }, "gateway")?.exporter.url).to.equal(
      "https://t.example/otlp",
    );
  });

  it("reads the protocol, headers, sampler, resource and resolver spans", () => {
    const config = readTracingConfig(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318",
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OTEL_EXPORTER_OTLP_HEADERS: "x-api-key=a%3Db,tenant=ipg",
        OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
        OTEL_TRACES_SAMPLER_ARG: "0.25",
        OTEL_SERVICE_NAME: "ipg-gateway",
        OTEL_RESOURCE_ATTRIBUTES: "deployment.environment=prod",
        TRACING_RESOLVER_SPANS: "all",
      },
      "gateway",
    );
    expect(config).to.deep.include({
      serviceName: "ipg-gateway",
      resourceAttributes: { "deployment.environment": "prod" },
      sampler: { name: "parentbased_traceidratio", ratio: 0.25 },
      resolverSpans: "all",
    });
    expect(config?.exporter).to.deep.equal({
      url: "http://c:4318/v1/traces",
      protocol: "http/json",
      headers: { "x-api-key": "a=b", tenant: "ipg" },
    });
  });

  it("refuses a value it does not know, naming the variable", () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" };
    expect(() => readTracingConfig({ ...endpoint, OTEL_TRACES_SAMPLER: "sometimes" }, "gateway")).to.throw(/OTEL_TRACES_SAMPLER/);
    expect(() => readTracingConfig({ ...endpoint, OTEL_TRACES_SAMPLER_ARG: "2" }, "gateway")).to.throw(/OTEL_TRACES_SAMPLER_ARG/);
    expect(() => readTracingConfig({ ...endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" }, "gateway")).to.throw(
      /OTEL_EXPORTER_OTLP_PROTOCOL/,
    );
    expect(() => readTracingConfig({ ...endpoint, TRACING_RESOLVER_SPANS: "some" }, "gateway")).to.throw(/TRACING_RESOLVER_SPANS/);
  });
});
