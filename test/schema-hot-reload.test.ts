import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import pg from "pg";
import { Webhook } from "standardwebhooks";
import { schemaHash } from "../lib/schema/api-schema.js";
import { SUPERGRAPH_PATH } from "../lib/schema/composition.js";
import { readChangelog } from "../lib/schema/schema-versions.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { freePort } from "../scripts/lib/free-port.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { post } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { copySupergraphs, eventually, removeProductByNumber, startReceiver, type Received } from "./support/schema-webhooks.js";

/**
 * An extra gateway over the running subgraphs, serving temporary copies of the supergraphs, with three
 * partner webhooks: one that answers, one that fails twice before answering, one that is always down.
 * The supergraph files are rewritten (a field removed) while queries keep coming.
 */
describe("schema hot reload and change notifications", function () {
  this.timeout(120_000);
  const secrets = {
    kotra: `whsec_${Buffer.from("kotra-shared-secret-0123456789ab").toString("base64")}`,
    flaky: `whsec_${Buffer.from("flaky-shared-secret-0123456789ab").toString("base64")}`,
    down: `whsec_${Buffer.from("down-shared-secret-01234567890ab").toString("base64")}`,
  };
  /** What the receiver would verify: Standard Webhooks' library over the body and headers as received. */
  const verified = (secret: string, delivery: Received) =>
    new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>);
  let folder: string;
  let gateways: Array<{ url: string; stop(): Promise<void> }> = [];
  const receivers: Server[] = [];

  afterEach(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    gateways = [];
    for (const server of receivers.splice(0)) server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("reloads under load without dropping a request, serves the new schema, and notifies every partner, signed and retried", async () => {
    const copies = copySupergraphs();
    folder = copies.folder;
    const { supergraphFile, partnerFile } = copies;

    const kotra = await startReceiver(() => 200);
    const flaky = await startReceiver((attempt) => (attempt <= 2 ? 500 : 200));
    const down = await startReceiver(() => 503);
    receivers.push(kotra.server, flaky.server, down.server);
    // Two replicas over the same files and database: both reload the change, one notifies.
    const [port, replicaPort] = [await freePort(), await freePort()];
    const startReplica = (port: number) =>
      startGatewayInProcess({
        port,
        env: {
          SUPERGRAPH_PATH: supergraphFile,
          PARTNER_SUPERGRAPH_PATH: partnerFile,
          GATEWAY_SUPERGRAPH_POLL_MS: "250",
          SCHEMA_WEBHOOKS: JSON.stringify([
            { partner: "kotra", url: kotra.url, secret: secrets.kotra },
            { partner: "flaky-agency", url: flaky.url, secret: secrets.flaky },
            { partner: "down-agency", url: down.url, secret: secrets.down },
          ]),
          SCHEMA_WEBHOOK_ATTEMPTS: "4",
          SCHEMA_WEBHOOK_RETRY_BASE_MS: "20",
          GATEWAY_DATABASE_URL: serviceDatabaseUrl(testGraph().databaseUrl, "gateway"),
          DATABASE_URL: "",
        },
      });
    gateways = await Promise.all([startReplica(port), startReplica(replicaPort)]);
    const base = `http://localhost:${port}`;
    const etagOf = async (route: string) => (await fetch(`${base}${route}`)).headers.get("etag");
    const published = readChangelog(fileURLToPath(new URL("../schema/changelog.json", import.meta.url))).versions[0];
    expect(await etagOf("/schema.graphql")).to.equal(`"${published.hash}"`);
    // The partner schema is not asked for before the change: its notification must not depend on that.

    // Continuous load on both endpoints while the files change.
    const failures: string[] = [];
    let completed = 0;
    let loading = true;
    const load = async (endpoint: string) => {
      while (loading) {
        const response = await post(`${base}${endpoint}`, "{ products(first: 3) { totalCount nodes { id name company { name } } } }").catch(
          (error: Error) => ({ status: 0, errors: [{ message: error.message }], data: undefined }),
        );
        if (response.status !== 200 || response.errors || response.data?.products?.nodes.length !== 3)
          failures.push(JSON.stringify(response));
        completed++;
      }
    };
    const loaders = [load("/graphql"), load("/graphql"), load("/partner/graphql"), load("/partner/graphql")];
    await new Promise((resolve) => setTimeout(resolve, 500));

    removeProductByNumber(copies);
    const newEtag = await eventually("the new full schema", async () => {
      const etag = await etagOf("/schema.graphql");
      return etag !== `"${published.hash}"` ? etag : undefined;
    });
    const newPartnerEtag = await eventually("the new partner schema", async () => {
      const etag = await etagOf("/partner/schema.graphql");
      return etag !== `"${published.partnerHash}"` ? etag : undefined;
    });
    const before = completed;
    await new Promise((resolve) => setTimeout(resolve, 500));
    loading = false;
    await Promise.all(loaders);
    expect(failures, failures.slice(0, 3).join("\n")).to.deep.equal([]);
    expect(completed - before, "queries kept being answered after the reload").to.be.greaterThan(0);

    // The new schema is the one served and executed, on both endpoints.
    const newSdl = await (await fetch(`${base}/partner/schema.graphql`)).text();
    const newPartnerHash = schemaHash(newSdl);
    expect(newPartnerEtag).to.equal(`"${newPartnerHash}"`);
    expect(newSdl).not.to.include("productByDesignationNumber");
    expect((await fetch(`${base}/schema.graphql`)).headers.get("x-schema-version")).to.equal(`unpublished+${newEtag!.slice(1, -1)}`);
    for (const endpoint of ["/graphql", "/partner/graphql"]) {
      const gone = await post(`${base}${endpoint}`, '{ productByDesignationNumber(designationNumber: "MOTIE-2024-0001") { id } }');
      expect(gone.errors?.[0].extensions?.code, endpoint).to.equal("GRAPHQL_VALIDATION_FAILED");
    }

    // The partner that answers got one signed notification classifying the removal as breaking.
    const [delivery] = await eventually("kotra's notification", async () => (kotra.received.length ? kotra.received : undefined));
    const payload = verified(secrets.kotra, delivery) as Record<string, unknown>;
    expect(delivery.headers["webhook-signature"]).to.match(/^v1,/);
    expect(delivery.headers["content-type"]).to.match(/^application\/json/);
    expect(payload).to.include({
      partner: "kotra",
      previousVersion: published.version,
      previousHash: published.partnerHash,
      hash: newPartnerHash,
      version: `unpublished+${newPartnerHash}`,
      breaking: true,
    });
    expect(delivery.headers["x-schema-version"]).to.equal(payload.version);
    expect(payload.changes).to.deep.include({
      criticality: "BREAKING",
      type: "FIELD_REMOVED",
      message: "Field 'productByDesignationNumber' was removed from object type 'Query'",
      path: "Query.productByDesignationNumber",
    });

    // The failing partner was retried until it answered; the one that is down, until the attempts ran out.
    await eventually("flaky's third attempt", async () => (flaky.received.length >= 3 ? true : undefined));
    await eventually("down's fourth attempt", async () => (down.received.length >= 4 ? true : undefined));
    for (const attempt of flaky.received) {
      // Each attempt is signed anew, under the same id, so the receiver can tell a retry from a new delivery.
      expect(verified(secrets.flaky, attempt)).to.deep.equal(JSON.parse(flaky.received[0].body));
      expect(attempt.headers["webhook-id"]).to.equal(flaky.received[0].headers["webhook-id"]);
    }
    expect(() => verified(secrets.kotra, flaky.received[0]), "verified with another partner's secret").to.throw();

    // The delivery log says so.
    const client = new pg.Client({ connectionString: testGraph().databaseUrl });
    await client.connect();
    try {
      const rows = await eventually("the delivery log's final states", async () => {
        const { rows } = await client.query(
          `SELECT id, partner, audience, version, previous_version, status, attempts, last_error, delivered_at
             FROM gateway.schema_deliveries WHERE hash = $1 ORDER BY partner`,
          [newPartnerHash],
        );
        return rows.length === 3 && rows.every((row) => row.status !== "pending") ? rows : undefined;
      });
      expect(rows.map(({ partner, status, attempts, last_error }) => ({ partner, status, attempts, last_error }))).to.deep.equal([
        { partner: "down-agency", status: "failed", attempts: 4, last_error: "HTTP 503" },
        { partner: "flaky-agency", status: "delivered", attempts: 3, last_error: "HTTP 500" },
        { partner: "kotra", status: "delivered", attempts: 1, last_error: null },
      ]);
      expect(rows.every((row) => row.audience === "partner" && row.version === `unpublished+${newPartnerHash}`)).to.equal(true);
      expect(rows.find((row) => row.partner === "kotra").id).to.equal(delivery.headers["webhook-id"]);
    } finally {
      await client.end();
    }
    // The replica reloaded the same change, and the partner still heard of it once.
    const replicaEtag = (await fetch(`http://localhost:${replicaPort}/partner/schema.graphql`)).headers.get("etag");
    expect(replicaEtag).to.equal(`"${newPartnerHash}"`);
    expect(kotra.received, "delivered once, by one replica").to.have.length(1);
    expect(flaky.received, "three attempts, by one replica").to.have.length(3);
  });

  it("a supergraph file that does not load is logged and the schema in service stays", async () => {
    folder = mkdtempSync(path.join(tmpdir(), "ipg-reload-"));
    const supergraphFile = path.join(folder, "supergraph.graphql");
    writeFileSync(supergraphFile, readFileSync(SUPERGRAPH_PATH, "utf8"));
    const port = await freePort();
    const gateway = await startGatewayInProcess({
      port,
      env: { SUPERGRAPH_PATH: supergraphFile, GATEWAY_SUPERGRAPH_POLL_MS: "100" },
    });
    gateways = [gateway];
    const base = `http://localhost:${port}`;
    const etag = (await fetch(`${base}/schema.graphql`)).headers.get("etag");
    writeFileSync(supergraphFile, "type Query { this is not a supergraph");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await fetch(`${base}/schema.graphql`)).headers.get("etag")).to.equal(etag);
    const response = await post(`${base}/graphql`, "{ products(first: 1) { nodes { id } } }");
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    expect(response.data.products.nodes).to.have.length(1);
  });
});
