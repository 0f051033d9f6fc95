import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { connect } from "node:net";
import path from "node:path";
import { expect } from "chai";
import { DEVELOPMENT_JWT_SECRET, signDevelopmentToken } from "../lib/access/development-tokens.js";
import { freePort } from "../scripts/lib/free-port.js";
import { basicEnvironment } from "../scripts/lib/service-environment.js";

/** `npm start` as a user runs it: embedded PostgreSQL, seed, five processes, Ctrl-C. */
interface StartRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * A script as a user runs it, in a shell of its own: none of this test run's secrets, so npm start
 * makes its own signing keys.
 */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): StartRun {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...basicEnvironment(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const runStart = (env: NodeJS.ProcessEnv) => runScript("scripts/start.ts", [], env);

/** `npm run token`: the token it prints. */
async function runToken(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  const run = runScript("scripts/token.ts", args, env);
  const code = await run.exited;
  if (code !== 0) throw new Error(`npm run token exited ${code}: ${run.output()}`);
  return run.output().trim();
}

async function waitFor(run: StartRun, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(run.output());
    if (match) return match;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`"${pattern}" did not appear; output:\n${run.output()}`);
}

/** Whether anything still listens on the port (a service or PostgreSQL left behind). */
const listening = (port: string | undefined) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

describe("npm start", function () {
  this.timeout(180_000);
  let folder: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "ipg-start-"));
    env = {
      EMBEDDED_POSTGRES_DIR: path.join(folder, "postgres"),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      GATEWAY_PORT: String(await freePort()),
      PRODUCTS_PORT: String(await freePort()),
      INSTITUTIONS_PORT: String(await freePort()),
      CERTIFICATIONS_PORT: String(await freePort()),
      EXHIBITIONS_PORT: String(await freePort()),
    };
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("starts the seeded graph, prints where Sandbox is, answers, and stops every process on Ctrl-C", async () => {
    const run = runStart(env);
    try {
      const [, gatewayUrl] = await waitFor(run, /Gateway and Apollo Sandbox:\s+(\S+)/, 150_000);
      expect(gatewayUrl).to.equal(`http://localhost:${env.GATEWAY_PORT}/graphql`);
      expect(run.output()).to.match(/Seeded the database at scale 1/);

      const response = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "{ procurementSummary(agency: MOTIE, throughYear: 2024) { designatedProducts procurementGenerated } }",
        }),
      });
      expect(await response.json()).to.deep.equal({
        data: { procurementSummary: { designatedProducts: 313, procurementGenerated: 518_600_000_000 } },
      });
      // A signed-in caller reaches the subgraphs through the keys npm start made for this run.
      const administrator = await signDevelopmentToken("administrator", { secret: DEVELOPMENT_JWT_SECRET });
      const sensitive = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${administrator}` },
        body: JSON.stringify({ query: "{ companies(first: 1) { nodes { businessRegistrationNumber } } }" }),
      });
      const answer = (await sensitive.json()) as {
        data?: { companies: { nodes: Array<{ businessRegistrationNumber: string }> } };
        errors?: unknown;
      };
      expect(answer.errors).to.equal(undefined);
      expect(answer.data?.companies.nodes[0].businessRegistrationNumber).to.match(/^\d{3}-\d{2}-\d{5}$/);
      const landing = await fetch(gatewayUrl, { headers: { accept: "text/html" } });
      expect(await landing.text()).to.match(/Apollo Sandbox|sandbox/i);

      // The banner names the explorer, the dashboard and the token command for this graph's port…
      const origin = `http://localhost:${env.GATEWAY_PORT}`;
      expect(run.output()).to.include(`Explorer (works offline):    ${origin}/explorer`);
      expect(run.output()).to.include(`Dashboard:                   ${origin}/dashboard`);
      const [, tokenCommand] = (await waitFor(run, /^\s+(GATEWAY_PORT=\d+ npm run token) -- administrator/m, 1000)) as string[];
      expect(tokenCommand).to.equal(`GATEWAY_PORT=${env.GATEWAY_PORT} npm run token`);
      // …and that command looks an abbreviation up on this graph, not on port 4000: an institution
      // registered just now (not in the seed) is found.
      const registered = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${administrator}` },
        body: JSON.stringify({
          query: `mutation { registerInstitution(input: { name: "토큰시험원", nameEn: "Token Test Institute", abbreviation: "TTI", type: OTHER, region: "서울특별시" }) { id } }`,
        }),
      });
      const { data } = (await registered.json()) as { data: { registerInstitution: { id: string } } };
      const token = await runToken({ GATEWAY_PORT: env.GATEWAY_PORT }, ["officer", "--institution", "TTI"]);
      expect(JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).institutionId).to.equal(data.registerInstitution.id);
      const [, dashboardUrl] = /Dashboard:\s+(\S+)/.exec(run.output()) ?? [];
      expect(dashboardUrl).to.equal(`http://localhost:${env.GATEWAY_PORT}/dashboard?asOf=2025-11-20`);
      expect((await fetch(dashboardUrl)).status).to.equal(200);
    } finally {
      run.child.kill("SIGINT");
    }
    expect(await run.exited).to.equal(0);
    const ports = [env.GATEWAY_PORT, env.PRODUCTS_PORT, env.INSTITUTIONS_PORT, env.CERTIFICATIONS_PORT, env.EXHIBITIONS_PORT];
    for (const port of [...ports, env.EMBEDDED_POSTGRES_PORT]) {
      expect(await listening(port), `something still listens on port ${port}`).to.equal(false);
    }
  });

  it("keeps the data on restart instead of seeding again", async () => {
    const run = runStart(env);
    try {
      await waitFor(run, /Gateway and Apollo Sandbox:/, 150_000);
      expect(run.output()).to.not.match(/Seeded/);
    } finally {
      run.child.kill("SIGINT");
    }
    expect(await run.exited).to.equal(0);
  });
});
