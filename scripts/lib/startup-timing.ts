import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.js";
import { graphPorts } from "./graph-processes.js";
import { basicEnvironment } from "./service-environment.js";

/**
 * Times `npm start` the way a new user meets it: from launching scripts/start.ts to the first query the
 * gateway answers. The first launch is a fresh clone's (a new embedded database to initialise, migrate
 * and seed, and no compiled-TypeScript cache: TSX_DISABLE_CACHE); the second restarts on the same data.
 */
export interface StartupTiming {
  freshCloneSeconds: number;
  restartSeconds: number;
}

const START_SCRIPT = fileURLToPath(new URL("../start.ts", import.meta.url));
const FIRST_QUERY = JSON.stringify({ query: "{ procurementSummary(agency: MOTIE, throughYear: 2024) { designatedProducts } }" });

export async function timeStartup(): Promise<StartupTiming> {
  const folder = await mkdtemp(path.join(tmpdir(), "ipg-startup-"));
  try {
    const ports = await graphPorts(() => freePort());
    const env = {
      EMBEDDED_POSTGRES_DIR: path.join(folder, "postgres"),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      ...Object.fromEntries(Object.entries(ports).map(([service, port]) => [`${service.toUpperCase()}_PORT`, String(port)])),
    };
    const freshCloneSeconds = await timeOneStart({ ...env, TSX_DISABLE_CACHE: "1" }, ports.gateway);
    const restartSeconds = await timeOneStart(env, ports.gateway);
    return { freshCloneSeconds, restartSeconds };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function timeOneStart(env: Record<string, string>, gatewayPort: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", START_SCRIPT], {
    // As a new user's shell would have it: none of this run's secrets, so npm start makes its own.
    env: { ...basicEnvironment(), ...env, LOG_LEVEL: "warn" },
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode} before answering`);
      const answered = await fetch(`http://localhost:${gatewayPort}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: FIRST_QUERY,
        signal: AbortSignal.timeout(1000),
      })
        .then(async (response) => response.ok && ((await response.json()) as { data?: unknown }).data != null)
        .catch(() => false);
      if (answered) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("npm start did not answer a query within 120 s");
  } finally {
    // Ctrl-C, as a user would: start.ts stops the services and PostgreSQL in order.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGINT");
    await exited;
  }
}
