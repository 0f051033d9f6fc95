import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect } from "chai";
import { SUBGRAPHS } from "../../lib/runtime/subgraph-names.js";
import { serviceDatabaseUrl } from "../../scripts/lib/database-roles.js";
import type { ServiceName } from "../../scripts/lib/service-environment.js";
import { notRoutedTo, parseYamlDocuments, REPO_ROOT, runTool } from "../support/manifests.js";

/**
 * The Dockerfile, checked as text (no Docker engine runs here to build it): stages, an unprivileged
 * user, no secret, the entry that picks the service; the entry itself run; and docker-compose.yml,
 * checked by docker-compose (Debian's) and against the services' environment routing.
 */
interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function dockerfileInstructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

const SERVICES: ServiceName[] = ["gateway", ...SUBGRAPHS.map((subgraph) => subgraph.name)];

describe("container image (Dockerfile) and local stack (docker-compose.yml)", function () {
  this.timeout(60_000);
  const instructions = dockerfileInstructions(readFileSync(`${REPO_ROOT}Dockerfile`, "utf8"));
  /** The instructions of each stage, by its name. */
  const stages = new Map<string, Instruction[]>();
  let current: Instruction[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") stages.set(instruction.args.split(/\s+AS\s+/i)[1] ?? `stage${stages.size}`, (current = []));
    current.push(instruction);
  }
  const final = [...stages.values()].at(-1)!;

  it("builds in stages and runs as an unprivileged user, with no secret in the image", () => {
    expect([...stages.keys()]).to.deep.equal(["build", "dependencies", "runtime"]);
    expect(stages.get("build")!.some((step) => step.keyword === "RUN" && step.args.includes("npm run build"))).to.equal(true);
    expect(
      final.filter((step) => step.keyword === "COPY" && step.args.startsWith("--from=")).map((step) => step.args.split(" ")[0]),
    ).to.deep.equal(["--from=dependencies", "--from=build"]);
    expect(
      final.some((step) => step.keyword === "RUN"),
      "the runtime stage adds nothing of its own",
    ).to.equal(false);
    const users = final.filter((step) => step.keyword === "USER").map((step) => step.args);
    expect(users).to.deep.equal(["1000:1000"]);
    const settings = instructions.filter((step) => step.keyword === "ENV" || step.keyword === "ARG").map((step) => step.args);
    expect(settings.filter((setting) => /SECRET|PASSWORD|TOKEN|KEY|DATABASE_URL/i.test(setting))).to.deep.equal([]);
    const copied = instructions.filter((step) => step.keyword === "COPY" || step.keyword === "ADD").map((step) => step.args);
    expect(copied.filter((args) => /\.env|\.data|\.git\b/.test(args))).to.deep.equal([]);
    expect(readFileSync(`${REPO_ROOT}.dockerignore`, "utf8").split("\n")).to.include.members([".data", "node_modules", ".env"]);
  });

  it("runs the service named by its argument, and refuses any other name", () => {
    const entrypoint = final.find((step) => step.keyword === "ENTRYPOINT")!;
    expect(JSON.parse(entrypoint.args)).to.deep.equal(["node", "dist/scripts/run-service.js"]);
    const refused = spawnSync(process.execPath, ["--import", "tsx", "scripts/run-service.ts", "billing"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(refused.status).to.equal(64);
    expect(refused.stderr).to.include(`Usage: run-service <${[...SERVICES, "migrate"].join("|")}> (not "billing")`);
    // An entry's own arguments reach it: the migration step prints the services' URLs and changes nothing.
    const urls = spawnSync(process.execPath, ["--import", "tsx", "scripts/run-service.ts", "migrate", "--print-service-urls"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH, DATABASE_URL: "postgres://admin:pw@db.internal:5432/ipg" },
    });
    expect(urls.status, urls.stderr).to.equal(0);
    expect(urls.stdout).to.include(`PRODUCTS_DATABASE_URL=${serviceDatabaseUrl("postgres://admin:pw@db.internal:5432/ipg", "products")}`);
  });

  it("docker-compose.yml is valid and runs PostgreSQL, Redis, the migration step and every service from the one image", () => {
    runTool("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], "apt-get install -y docker-compose");
    const [compose] = parseYamlDocuments(
      runTool("docker-compose", ["-f", "docker-compose.yml", "config"], "apt-get install -y docker-compose"),
    );
    expect(Object.keys(compose.services).sort()).to.deep.equal(["migrate", "postgres", "redis", ...SERVICES].sort());
    const adminUrl = compose.services.migrate.environment.DATABASE_URL as string;
    for (const service of SERVICES) {
      const definition = compose.services[service];
      expect(definition.image, service).to.equal(compose.services.migrate.image);
      expect(definition.command).to.deep.equal([service]);
      expect(definition.read_only).to.equal(true);
      expect(definition.depends_on.migrate.condition).to.equal("service_completed_successfully");
      const names = Object.keys(definition.environment);
      expect(notRoutedTo(service, names), `${service} is given what it may not have`).to.deep.equal([]);
      // Its own role's URL, as the migration step derives it (the development role secret).
      expect(definition.environment[`${service.toUpperCase()}_DATABASE_URL`]).to.equal(serviceDatabaseUrl(adminUrl, service));
    }
    expect(compose.services.gateway.environment.GATEWAY_RESPONSE_CACHE_REDIS_URL).to.equal("redis://redis:6379");
  });
});
