import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import { expect } from "chai";
import pg from "pg";
import { createClient } from "redis";
import { createDatabaseIfMissing } from "../lib/data/embedded-postgres.js";
import { compileServices } from "../scripts/lib/compiled-services.js";
import { migrateAndSeed, provisionDatabase } from "../scripts/lib/prepare-database.js";
import { startReplicatedGraph, type Replica, type ReplicatedGraph } from "../scripts/lib/replicated-graph.js";
import { subgraphModules } from "../scripts/lib/subgraph-modules.js";
import { post } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { copySupergraphs, eventually, removeProductByNumber, startReceiver, type Received } from "./support/schema-webhooks.js";
import { tokenFor } from "./support/tokens.js";

/**
 * The graph as deployed, on one machine (scripts/lib/replicated-graph.ts): two replicas of the gateway
 * and of every subgraph behind HAProxy, on a database of their own (a new one on the test server, so
 * they migrate it as they start), sharing the machine's Redis (TEST_REDIS_URL) under a prefix of their
 * own, and serving temporary copies of the supergraphs with one partner webhook.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A signed-in caller's query over all four subgraphs: never answered from the response cache. */
const EVERY_SUBGRAPH = `{
  products(first: 3) { nodes { id name company { name } } }
  institutions(first: 3) { nodes { id name } }
  certificationPrograms(first: 3) { nodes { id } }
  events(first: 3) { nodes { id } }
}`;
const INSTITUTIONS = `query Institutions($search: String) { institutions(filter: { search: $search }) { totalCount nodes { name } } }`;

async function ask(url: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, age: response.headers.get("age"), body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

describe("replicas behind a load balancer", function () {
  // Ten processes restarted one after the other, each booting on a shared 2-core machine.
  this.timeout(600_000);
  const database = `ipg_replicas_${process.pid}_${Date.now()}`;
  const prefix = `ipg-test:replicas:${randomUUID()}:`;
  const logs: Array<{ replica: Replica; line: string }> = [];
  const webhookSecret = `whsec_${Buffer.from("replica-shared-secret-0123456789").toString("base64")}`;
  let graph: ReplicatedGraph | undefined;
  let supergraphs: ReturnType<typeof copySupergraphs>;
  let receiver: { server: Server; url: string; received: Received[] };
  let compiled: { root: string; remove(): Promise<void> } | undefined;
  let databaseUrl: string;

  before(async function () {
    this.timeout(300_000);
    const serverUrl = testGraph().databaseUrl;
    await createDatabaseIfMissing(serverUrl, database);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    const [tree] = await Promise.all([compileServices(), provisionDatabase(databaseUrl)]);
    compiled = tree;
    supergraphs = copySupergraphs();
    receiver = await startReceiver(() => 200);
    graph = await startReplicatedGraph({
      databaseUrl,
      compiledRoot: compiled.root,
      onLog: (replica, line) => logs.push({ replica, line }),
      env: {
        GATEWAY_RESPONSE_CACHE_REDIS_URL: REDIS_URL,
        GATEWAY_RESPONSE_CACHE_PREFIX: prefix,
        SUPERGRAPH_PATH: supergraphs.supergraphFile,
        PARTNER_SUPERGRAPH_PATH: supergraphs.partnerFile,
        GATEWAY_SUPERGRAPH_POLL_MS: "250",
        SCHEMA_WEBHOOKS: JSON.stringify([{ partner: "kotra", url: receiver.url, secret: webhookSecret }]),
      },
    });
    // The replicas migrated the new database as they started; the seed goes in now.
    await migrateAndSeed({ databaseUrl, seedScale: 1 });
  });

  after(async function () {
    this.timeout(120_000);
    await graph?.stop();
    await compiled?.remove();
    receiver?.server.close();
    if (supergraphs) rmSync(supergraphs.folder, { recursive: true, force: true });
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(keys);
    await redis.close();
    const admin = new pg.Client({ connectionString: testGraph().databaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  const gateways = () => graph!.replicas.filter((replica) => replica.service === "gateway");

  it("runs each subgraph's migrations once although both of its replicas started together", async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      for (const module of subgraphModules) {
        const migrators = logs.filter(({ replica, line }) => replica.service === module.name && line.includes('"migrations applied"'));
        expect(migrators, `${module.name}: replicas that applied migrations`).to.have.length(1);
        const applied = JSON.parse(migrators[0].line).applied as string[];
        const { rows } = await admin.query<{ name: string }>(`SELECT name FROM "${module.name}".migrations ORDER BY id`);
        expect(rows.map((row) => row.name)).to.deep.equal(applied);
        expect(applied).to.have.length(Object.values(module.migrations).length);
      }
    } finally {
      await admin.end();
    }
    expect(graph!.replicas).to.have.length(10);
  });

  it("shows a write through one gateway replica fresh through the other (the response cache's generation is in Redis)", async () => {
    const [first, second] = gateways().map((replica) => graph!.replicaUrl(replica));
    const search = `복제-${randomUUID().slice(0, 8)}`;
    expect((await ask(second, INSTITUTIONS, { search })).body.data.institutions.totalCount).to.equal(0);
    const cached = await ask(second, INSTITUTIONS, { search });
    expect(cached.age, "the second answer comes from the cache").to.match(/^\d+$/);

    const written = await ask(
      first,
      `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`,
      { input: { name: `${search} 기관`, nameEn: `Replica ${search}`, type: "PUBLIC_INSTITUTION", region: "Seoul" } },
      await tokenFor("administrator"),
    );
    expect(written.body.errors).to.equal(undefined);

    const fresh = await ask(second, INSTITUTIONS, { search });
    expect(fresh.age, "an answer cached before the write").to.equal(null);
    expect(fresh.body.data.institutions).to.deep.equal({ totalCount: 1, nodes: [{ name: `${search} 기관` }] });
  });

  it("restarts every process one by one under steady load without a failed request", async () => {
    const token = await tokenFor("administrator");
    const failures: string[] = [];
    let completed = 0;
    let loading = true;
    const load = async () => {
      while (loading) {
        const answer = await post(graph!.gatewayUrl, EVERY_SUBGRAPH, undefined, { authorization: `Bearer ${token}` }).catch(
          (error: Error) => ({ status: 0, errors: [{ message: error.message }], data: undefined }),
        );
        if (answer.status !== 200 || answer.errors || answer.data?.products?.nodes.length !== 3) {
          failures.push(JSON.stringify(answer).slice(0, 500));
        }
        completed++;
      }
    };
    const loaders = Array.from({ length: 4 }, load);
    const servedDuring: Record<string, number> = {};
    try {
      for (const replica of graph!.replicas) {
        const before = completed;
        await graph!.restart(replica);
        servedDuring[`${replica.service}:${replica.port}`] = completed - before;
      }
    } finally {
      loading = false;
      await Promise.all(loaders);
    }
    expect(failures, failures.slice(0, 3).join("\n")).to.deep.equal([]);
    expect(Object.keys(servedDuring)).to.have.length(10);
    for (const [replica, served] of Object.entries(servedDuring)) {
      expect(served, `requests answered while ${replica} restarted`).to.be.greaterThan(0);
    }
  });

  it("announces a schema change to a partner once, though every gateway replica reloads it", async () => {
    const etags = async () =>
      Promise.all(
        gateways().map(async (replica) => (await fetch(graph!.replicaUrl(replica, "/partner/schema.graphql"))).headers.get("etag")),
      );
    const before = await etags();
    expect(new Set(before).size, "both replicas serve the same schema").to.equal(1);

    removeProductByNumber(supergraphs);
    const after = await eventually("both replicas reloading", async () => {
      const now = await etags();
      return now.every((etag) => etag !== before[0]) ? now : undefined;
    });
    expect(new Set(after).size).to.equal(1);
    await eventually("the partner's notification", async () => (receiver.received.length ? true : undefined));
    // Long enough for the other replica's attempt to arrive, if it made one.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(receiver.received, "one delivery, by one replica").to.have.length(1);
    expect(JSON.parse(receiver.received[0].body)).to.include({ partner: "kotra", hash: after[0]!.slice(1, -1), breaking: true });
  });
});
