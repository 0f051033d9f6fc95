import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { serviceEnvironment, type ServiceName } from "../../scripts/lib/service-environment.js";

/** What the deployment tests share: the repository's root, YAML documents, and the per-service environment routing. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every document of a (multi-document) YAML text, as plain objects. */
export function parseYamlDocuments(text: string): any[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length) throw new Error(document.errors.map((error) => error.message).join("\n"));
      return document.toJS();
    })
    .filter((document) => document !== null);
}

/** A command the deployment checks need (kubectl, docker-compose); a clear message when it is not installed. */
export function runTool(command: string, args: string[], install: string): string {
  try {
    return execFileSync(command, args, { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${command} is not installed: ${install} (.ci/run does)`);
    throw new Error(`${command} ${args.join(" ")} failed:\n${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  }
}

/** The variables of `names` that scripts/lib/service-environment.ts would not hand to `service`. */
export function notRoutedTo(service: ServiceName, names: string[]): string[] {
  const routed = serviceEnvironment(service, {}, Object.fromEntries(names.map((name) => [name, "x"])));
  return names.filter((name) => !(name in routed));
}

/** Which subgraphs each subgraph asks before a write (its owners.ts: peerClient("asker", "owner")). */
export function peersAsked(ownersSources: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(ownersSources).map(([asker, source]) => [
      asker,
      [...new Set([...source.matchAll(/peerClient\("(\w+)", "(\w+)"/g)].map((match) => match[2]))].sort(),
    ]),
  );
}
