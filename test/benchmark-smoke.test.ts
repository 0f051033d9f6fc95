import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";

/**
 * `npm run bench` still runs end to end: smoke mode (scale 1, 2 s, 10 connections), our gateway and
 * Hive Gateway on the dashboard query. The benchmark starts its own database and processes on free
 * ports; it does not touch the root hooks' graph. Speed is not judged here.
 */
const BENCH = fileURLToPath(new URL("../scripts/bench.ts", import.meta.url));

describe("benchmark (smoke)", function () {
  this.timeout(180_000);
  this.slow(60_000);

  it("runs to the end and writes a results table with the expected columns", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "ipg-bench-smoke-"));
    try {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", BENCH, "--smoke", "--scales", "1", "--queries", "dashboard", "--targets", "ours,hive", "--out", out, "--quiet"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      child.stdout.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
      child.stderr.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
      const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
      expect(code, output).to.equal(0);

      const table = await readFile(path.join(out, "latest.md"), "utf8");
      expect(table).to.include(
        "| scale | query | connections | target | requests | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MiB | SQL/request | KiB/answer |",
      );
      expect(table).to.match(/\| 1 \| dashboard \| 10 \| ours \| \d+ \|/);
      expect(table).to.match(/\| 1 \| dashboard \| 10 \| hive \| \d+ \|/);
      expect(table).to.include("dashboard: ours / Hive req/s");

      const json = JSON.parse(await readFile(path.join(out, "latest.json"), "utf8"));
      const results = json.runs[0].results as Array<Record<string, number | string>>;
      expect(results.map((r) => r.target).sort()).to.deep.equal(["hive", "ours"]);
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
        );
        expect(result.requests, `${result.target} answered no request`).to.be.greaterThan(0);
        expect(result.errors, `${result.target} answered with errors`).to.equal(0);
        expect(result.peakRssMiB).to.be.greaterThan(0);
        expect(result.kibPerAnswer, `${result.target}'s answers have no size`).to.be.greaterThan(0);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
