import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";

/**
 * `npm run bench` still runs end to end: smoke mode (scale 1, 1 s per case, 10 connections) on the
 * anonymous dashboard through our gateway with demand control and rate limits on and off, Hive Gateway
 * and Hive Gateway with its response cache, and on the signed-in dashboard through ours (on and off) and
 * a token-verifying Hive Gateway. The benchmark starts its own database and processes on free ports; it
 * does not touch the root hooks' graph. Speed is not judged here.
 */
const BENCH = fileURLToPath(new URL("../scripts/bench.ts", import.meta.url));

describe("benchmark (smoke)", function () {
  // Ten processes start on a small shared machine before the cases run.
  this.timeout(300_000);
  this.slow(90_000);

  it("runs to the end and writes a results table with the expected columns", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "ipg-bench-smoke-"));
    try {
      const child = spawn(
        process.execPath,
        [
          ...["--import", "tsx", BENCH, "--smoke", "--duration", "1", "--scales", "1", "--queries", "dashboard,signed-in"],
          ...["--targets", "ours,ours-off,hive,hive-cached", "--out", out, "--quiet"],
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      child.stdout.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
      child.stderr.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
      const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
      expect(code, output).to.equal(0);

      const table = await readFile(path.join(out, "latest.md"), "utf8");
      expect(table).to.include(
        "| scale | query | connections | target | requests | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MiB | SQL/request | KiB/answer | CPU ms/request |",
      );
      for (const target of ["ours", "ours-off", "hive", "hive-cached"]) {
        expect(table).to.match(new RegExp(`\\| 1 \\| dashboard \\| 10 \\| ${target} \\| \\d+ \\|`));
      }
      for (const target of ["ours", "ours-off", "hive"]) {
        expect(table).to.match(new RegExp(`\\| 1 \\| signed-in \\| 10 \\| ${target} \\| \\d+ \\|`));
      }
      expect(table).to.include("dashboard: ours / Hive req/s");
      expect(table).to.include("dashboard: ours / ours-off req/s (demand control and rate limits on / off) | 10 |");
      expect(table).to.include("signed-in: ours / ours-off req/s (demand control and rate limits on / off) | 10 |");
      expect(table).to.include("dashboard: ours-off / ours gateway CPU ms per request (the req/s ratio its CPU alone would give) | 10 |");
      expect(table).to.include("dashboard: ours / Hive cached req/s (both with a response cache) | 10 |");
      expect(table).to.include("signed-in: ours / Hive req/s | 10 |");

      const json = JSON.parse(await readFile(path.join(out, "latest.json"), "utf8"));
      const results = json.runs[0].results as Array<Record<string, number | string>>;
      const cases = results.map((r) => `${r.query} ${r.target}`).sort();
      expect(cases).to.deep.equal([
        "dashboard hive",
        "dashboard hive-cached",
        "dashboard ours",
        "dashboard ours-off",
        "signed-in hive",
        "signed-in ours",
        "signed-in ours-off",
      ]);
      const find = (query: string, target: string) => results.find((r) => r.query === query && r.target === target)!;
      // Hive Gateway's own cache answers without the subgraphs; a signed-in caller is never served from ours.
      expect(find("dashboard", "hive-cached").sqlPerRequest).to.be.lessThan(0.05);
      expect(find("signed-in", "ours").sqlPerRequest).to.be.greaterThan(0);
      for (const result of results) {
        expect(result).to.include.keys(
          "requestsPerSecond",
          "p50Ms",
          "p95Ms",
          "p99Ms",
          "errors",
          "peakRssMiB",
          "sqlPerRequest",
          "kibPerAnswer",
          "cpuMsPerRequest",
        );
        expect(result.requests, `${result.target} answered no request`).to.be.greaterThan(0);
        expect(result.errors, `${result.target} answered ${result.query} with errors`).to.equal(0);
        expect(result.peakRssMiB).to.be.greaterThan(0);
        expect(result.kibPerAnswer, `${result.target}'s answers have no size`).to.be.greaterThan(0);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
