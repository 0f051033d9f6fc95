import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "chai";
import { createClient } from "redis";
import { composeSupergraph, readCommittedSdl, SUPERGRAPH_PATH } from "../../lib/schema/composition.js";
import { freePort } from "../../scripts/lib/free-port.js";
import { startGatewayProcess } from "../../scripts/lib/graph-processes.js";
import { startGatewayInProcess } from "../support/in-process.js";
import { sqlStatements } from "../support/client.js";
import { testGraph } from "../support/graph.js";
import { tokenFor } from "../support/tokens.js";

/**
 * The gateway's response cache (GATEWAY_RESPONSE_CACHE_REDIS_URL), against the machine's Redis
 * (TEST_REDIS_URL, default redis://127.0.0.1:6379) with a key prefix of its own, through a gateway
 * process over the test graph's subgraphs. Two such gateways stand for two replicas behind a balancer.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

interface Answer {
  status: number;
  age: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function ask(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, age: response.headers.get("age"), body: (await response.json()) as Answer["body"] };
}

const SQL_SUBGRAPHS = ["products", "institutions"] as const;
const statementsNow = async () => (await Promise.all(SQL_SUBGRAPHS.map((name) => sqlStatements(name)))).reduce((a, b) => a + b, 0);

describe("gateway response cache (Redis, anonymous queries)", function () {
  this.timeout(60_000);
  const prefix = `ipg-test:${randomUUID()}:`;
  const redis = createClient({ url: REDIS_URL });
  let replicas: Array<{ url: string; stop(): Promise<void> }> = [];
  /** The settings of a gateway with the response cache on `redisUrl`, under this suite's prefix. */
  const cacheEnv = (redisUrl: string, env: NodeJS.ProcessEnv = {}) => ({
    GATEWAY_RESPONSE_CACHE_REDIS_URL: redisUrl,
    GATEWAY_RESPONSE_CACHE_PREFIX: prefix,
    LOG_LEVEL: "fatal",
    ...env,
  });
  /** A gateway over the test graph's subgraphs with the response cache, built in this process. */
  const cachedGateway = (redisUrl = REDIS_URL, env: NodeJS.ProcessEnv = {}, subgraphUrls = testGraph().subgraphUrls) =>
    startGatewayInProcess({ subgraphUrls, env: cacheEnv(redisUrl, env) });
  // A query no other test sends, so its first answer here is a miss whatever ran before.
  const search = `캐시-${randomUUID().slice(0, 8)}`;
  const INSTITUTIONS = `query Institutions($search: String) {
    institutions(filter: { search: $search }) { totalCount nodes { name abbreviation } }
  }`;
  const PRODUCTS = `{ products(first: 3) { nodes { designationNumber name company { name } totalProcurement } } }`;

  before(async () => {
    await redis.connect();
    replicas = await Promise.all([cachedGateway(), cachedGateway()]);
  });
  after(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(keys);
    await redis.close();
  });

  it("answers a repeated anonymous query from Redis: the same data, an Age header, and no SQL", async () => {
    const first = await ask(replicas[0].url, PRODUCTS);
    expect(first.body.errors).to.equal(undefined);
    expect(first.body.data.products.nodes).to.have.length(3);
    expect(first.age).to.equal(null);

    const before = await statementsNow();
    // The other replica finds what the first one stored: the cache is shared, not per process.
    const second = await ask(replicas[1].url, PRODUCTS);
    expect(second.body).to.deep.equal(first.body);
    expect(second.age).to.match(/^\d+$/);
    expect(await statementsNow()).to.equal(before);
  });

  it("answers the next query after a write through any replica afresh", async () => {
    const empty = await ask(replicas[0].url, INSTITUTIONS, { search });
    expect(empty.body.data.institutions.totalCount).to.equal(0);
    expect((await ask(replicas[1].url, INSTITUTIONS, { search })).age).to.match(/^\d+$/);

    const written = await ask(
      replicas[1].url,
      `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id name } }`,
      { input: { name: `${search} 기관`, nameEn: `Cache test ${search}`, type: "PUBLIC_INSTITUTION", region: "Seoul" } },
      await tokenFor("administrator"),
    );
    expect(written.body.errors).to.equal(undefined);

    // The first answer after the write is fresh; the other replica may reuse that one, never the old one.
    const fresh = await ask(replicas[0].url, INSTITUTIONS, { search });
    expect(fresh.age, "a cached answer from before the write").to.equal(null);
    const other = await ask(replicas[1].url, INSTITUTIONS, { search });
    for (const after of [fresh, other]) {
      expect(after.body.data.institutions.totalCount).to.equal(1);
      expect(after.body.data.institutions.nodes[0].name).to.equal(`${search} 기관`);
    }
  });

  it("moves the generation only for a mutation that committed a write, once", async () => {
    const generation = async () => Number((await redis.get(`${prefix}generation`)) ?? 0);
    const administrator = await tokenFor("administrator");
    const register = (key: string, name: string) =>
      `${key}: registerInstitution(input: { name: "${name}", nameEn: "${name}", type: PUBLIC_INSTITUTION, region: "Seoul" }) { id }`;
    const tag = randomUUID().slice(0, 8);
    const before = await generation();

    // Refused before anything ran, or refused by the subgraph in its only (or first) root field.
    const refused: Array<[string, Record<string, unknown> | undefined, string | undefined, string]> = [
      [`mutation { ${register("a", `익명-${tag}`)} }`, undefined, undefined, "UNAUTHENTICATED"],
      [`mutation { ${register("a", `익명-${tag}`)} ${register("b", `익명2-${tag}`)} }`, undefined, undefined, "UNAUTHENTICATED"],
      [`mutation { ${register("a", "")} }`, undefined, administrator, "BAD_USER_INPUT"],
      // The gateway refuses a variable of the wrong shape; the subgraph one it cannot read as Money.
      [
        `mutation ($input: RegisterInstitutionInput!) { ${register("a", "x").replace(/\(input: .*?\) \{/, "(input: $input) {")} }`,
        { input: { name: 1 } },
        administrator,
        "BAD_USER_INPUT",
      ],
      [
        `mutation ($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
        {
          input: {
            amount: "not money",
            contractedOn: "2024-01-01",
            institutionId: randomUUID(),
            productId: randomUUID(),
            method: "OTHER",
            quantity: 1,
          },
        },
        administrator,
        "BAD_USER_INPUT",
      ],
      // Run one after the other, the second is never reached once the first fails.
      [`mutation { ${register("a", "")} ${register("b", `안-${tag}`)} }`, undefined, administrator, "BAD_USER_INPUT"],
    ];
    for (const [query, variables, token, code] of refused) {
      for (const replica of replicas) {
        const answer = await ask(replica.url, query, variables, token);
        expect(answer.body.errors?.[0]?.extensions?.code, query).to.equal(code);
      }
    }
    expect(await generation(), "refused mutations moved the generation").to.equal(before);
    const unwritten = await ask(replicas[0].url, INSTITUTIONS, { search: `안-${tag}` });
    expect(unwritten.body.data.institutions.totalCount, "the second field of a failed mutation ran").to.equal(0);

    // A committed write moves it once; so does one whose later root field failed after the first was written.
    const written = await ask(replicas[0].url, `mutation { ${register("a", `기록-${tag}`)} }`, undefined, administrator);
    expect(written.body.errors).to.equal(undefined);
    expect(await generation()).to.equal(before + 1);
    const partly = await ask(
      replicas[1].url,
      `mutation { ${register("a", `일부-${tag}`)} ${register("b", "")} }`,
      undefined,
      administrator,
    );
    expect(partly.body.errors?.[0]?.extensions?.code).to.equal("BAD_USER_INPUT");
    expect(partly.body.data, "a non-null root field failed").to.equal(null);
    expect(await generation()).to.equal(before + 2);
    expect((await ask(replicas[0].url, INSTITUTIONS, { search: `일부-${tag}` })).body.data.institutions.totalCount).to.equal(1);
  });

  it("does not move the generation for a mutation that never reached its subgraph (refused connection, open breaker)", async () => {
    // A stand-in institutions subgraph that is ready while the gateway starts, then goes away.
    const standIn = createServer((_req, res) => res.end("{}"));
    await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
    const gateway = await cachedGateway(
      REDIS_URL,
      { GATEWAY_CIRCUIT_BREAKER_MIN_REQUESTS: "3" },
      { ...testGraph().subgraphUrls, institutions: `http://127.0.0.1:${(standIn.address() as { port: number }).port}/graphql` },
    );
    try {
      standIn.closeAllConnections();
      await new Promise((resolve) => standIn.close(resolve));
      const generation = async () => (await redis.get(`${prefix}generation`)) ?? "0";
      const before = await generation();
      const mutation = `mutation { registerInstitution(input: { name: "없음", nameEn: "None", type: PUBLIC_INSTITUTION, region: "Seoul" }) { id } }`;
      const messages = new Set<string>();
      for (let i = 0; i < 8; i++) {
        const answer = await ask(gateway.url, mutation, undefined, await tokenFor("administrator"));
        expect(answer.body.errors?.[0]?.extensions).to.include({ code: "SERVICE_UNAVAILABLE", service: "institutions" });
        messages.add(answer.body.errors![0].message);
      }
      expect(
        [...messages].some((message) => /keeps failing/.test(message)),
        "the breaker opened",
      ).to.equal(true);
      expect(
        [...messages].some((message) => /could not be reached/.test(message)),
        "connections were refused",
      ).to.equal(true);
      expect(await generation()).to.equal(before);
    } finally {
      await gateway.stop();
    }
  });

  it("never serves or stores a signed-in caller's answer", async () => {
    const token = await tokenFor("administrator");
    const query = `{ companies(first: 2) { nodes { name businessRegistrationNumber } } }`;
    const first = await ask(replicas[0].url, query, undefined, token);
    expect(first.body.errors).to.equal(undefined);
    expect(first.body.data.companies.nodes[0].businessRegistrationNumber).to.match(/^\d{3}-\d{2}-\d{5}$/);
    const again = await ask(replicas[0].url, query, undefined, token);
    expect(again.age).to.equal(null);

    // The same public query, signed in: not answered from what the anonymous caller stored.
    await ask(replicas[0].url, PRODUCTS);
    expect((await ask(replicas[0].url, PRODUCTS, undefined, token)).age).to.equal(null);
  });

  it("never stores an answer with errors (an anonymous caller refused a sensitive field)", async () => {
    const query = `{ companies(first: 1) { nodes { name businessRegistrationNumber } } }`;
    for (let i = 0; i < 2; i++) {
      const refused = await ask(replicas[0].url, query);
      expect(refused.age).to.equal(null);
      expect(refused.body.errors?.[0]?.extensions?.code).to.equal("UNAUTHENTICATED");
    }
  });

  it("lets a gateway with the cache stop on SIGTERM at once, with Redis reachable or not", async () => {
    for (const url of [REDIS_URL, "redis://127.0.0.1:1"]) {
      // A process of its own: what is tested is how the process ends.
      const gateway = await startGatewayProcess({
        port: await freePort(),
        subgraphUrls: testGraph().subgraphUrls,
        compiledRoot: testGraph().compiledRoot,
        env: cacheEnv(url),
      });
      await ask(gateway.url, PRODUCTS);
      const started = Date.now();
      // stopProcess sends SIGTERM and kills after 5 s: a gateway that stops cleanly exits long before.
      await gateway.stop();
      expect(Date.now() - started, `stopping with ${url}`).to.be.lessThan(3000);
      expect(gateway.process.exitCode, `exit code with ${url}`).to.equal(0);
    }
  });

  it("does not reuse an answer computed under the schema served before a hot reload", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "ipg-cache-reload-"));
    const supergraphFile = path.join(folder, "supergraph.graphql");
    writeFileSync(supergraphFile, readFileSync(SUPERGRAPH_PATH, "utf8"));
    const gateway = await cachedGateway(REDIS_URL, { SUPERGRAPH_PATH: supergraphFile, GATEWAY_SUPERGRAPH_POLL_MS: "100" });
    try {
      const schemaUrl = new URL("/schema.graphql", gateway.url);
      const etagBefore = (await fetch(schemaUrl)).headers.get("etag");
      await ask(gateway.url, PRODUCTS);
      expect((await ask(gateway.url, PRODUCTS)).age).to.match(/^\d+$/);

      // A new description changes the API schema (and its hash) but not the answer's shape.
      const composed = composeSupergraph((name) => {
        const sdl = readCommittedSdl(name);
        return name === "products"
          ? sdl.replace('"A designated product by its designation number', '"A designated product, by its designation number')
          : sdl;
      });
      if (!composed.ok) throw new Error(composed.errors.join("\n"));
      writeFileSync(supergraphFile, composed.supergraphSdl);
      const deadline = Date.now() + 20_000;
      while ((await fetch(schemaUrl)).headers.get("etag") === etagBefore && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await fetch(schemaUrl)).headers.get("etag"), "the gateway reloaded the supergraph").to.not.equal(etagBefore);

      const after = await ask(gateway.url, PRODUCTS);
      expect(after.age, "an answer cached under the previous schema").to.equal(null);
      expect(after.body.data.products.nodes).to.have.length(3);
    } finally {
      await gateway.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("answers from the subgraphs when Redis cannot be reached", async () => {
    // Nothing listens on port 1.
    const gateway = await cachedGateway("redis://127.0.0.1:1");
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await ask(gateway.url, PRODUCTS);
        expect(answer.status).to.equal(200);
        expect(answer.body.errors).to.equal(undefined);
        expect(answer.body.data.products.nodes).to.have.length(3);
        expect(answer.age).to.equal(null);
      }
    } finally {
      await gateway.stop();
    }
  });
});
