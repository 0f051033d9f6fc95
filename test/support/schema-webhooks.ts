import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "chai";
import { composeSupergraph, PARTNER_SUPERGRAPH_PATH, readCommittedSdl, SUPERGRAPH_PATH } from "../../lib/schema/composition.js";
import { PARTNER_CONTRACT } from "../../lib/schema/contracts.js";

/**
 * What the schema change tests share: a partner's webhook receiver, temporary copies of the supergraphs
 * a gateway serves (and reloads when they change), and a schema change to write into them (a field
 * removed from the products subgraph).
 */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A partner's endpoint on a free port: `answer(attempt)` is the status it answers the nth delivery with. */
export function startReceiver(answer: (attempt: number) => number): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const status = answer(received.length + 1);
      received.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks/schema`, received }),
    ),
  );
}

/** `probe`'s first defined answer, asked every 100 ms until `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Copies of the committed supergraphs in a new temporary folder, for a gateway to serve (SUPERGRAPH_PATH, PARTNER_SUPERGRAPH_PATH). */
export function copySupergraphs(): { folder: string; supergraphFile: string; partnerFile: string } {
  const folder = mkdtempSync(path.join(tmpdir(), "ipg-reload-"));
  const supergraphFile = path.join(folder, "supergraph.graphql");
  const partnerFile = path.join(folder, "partner-supergraph.graphql");
  writeFileSync(supergraphFile, readFileSync(SUPERGRAPH_PATH, "utf8"));
  writeFileSync(partnerFile, readFileSync(PARTNER_SUPERGRAPH_PATH, "utf8"));
  return { folder, supergraphFile, partnerFile };
}

const withoutProductByNumber = (name: string) => {
  const sdl = readCommittedSdl(name as Parameters<typeof readCommittedSdl>[0]);
  if (name !== "products") return sdl;
  const edited = sdl.replace(/\n\s*"A designated product by its designation number[^\n]*\n\s*productByDesignationNumber\([^\n]*\n/, "\n");
  expect(edited).not.to.equal(sdl);
  return edited;
};

/** A breaking change: Query.productByDesignationNumber removed, written into both supergraph copies. */
export function removeProductByNumber(files: { supergraphFile: string; partnerFile: string }): void {
  const full = composeSupergraph(withoutProductByNumber);
  const partner = composeSupergraph(withoutProductByNumber, PARTNER_CONTRACT);
  if (!full.ok || !partner.ok) throw new Error("the edited subgraphs do not compose");
  writeFileSync(files.supergraphFile, full.supergraphSdl);
  writeFileSync(files.partnerFile, partner.supergraphSdl);
}
