import { request as httpRequest, type ClientRequest } from "node:http";
import { randomUUID } from "node:crypto";
import { expect } from "chai";
import { createClient } from "redis";
import { startGatewayInProcess } from "./support/in-process.js";
import { sqlStatements } from "./support/client.js";
import { metricValue } from "./support/metrics.js";
import { tokenFor } from "./support/tokens.js";

/**
 * The gateway's rate limits (gateway/src/rate-limits.ts), through gateway processes of their own with
 * low limits over the test graph's subgraphs (the shared gateway's limits are out of the suite's reach).
 * Several callers come from 127.0.0.1: where the gateway trusts loopback as a proxy, X-Forwarded-For
 * tells them apart (addresses from TEST-NET-3, 203.0.113.0/24).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const CHEAP = `{ institutionByAbbreviation(abbreviation: "KTL") { name } }`;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

interface Gateway {
  url: string;
  stop(): Promise<void>;
}

async function ask(url: string, options: { query?: string; variables?: object; from?: string; token?: string } = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.from ? { "x-forwarded-for": options.from } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: options.query ?? CHEAP, variables: options.variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer["body"] };
}

const startGateway = async (env: NodeJS.ProcessEnv): Promise<Gateway> => startGatewayInProcess({ env: { LOG_LEVEL: "fatal", ...env } });

/** A low request limit for every role, and room for everything else. */
const requestLimit = (requests: number): NodeJS.ProcessEnv =>
  Object.fromEntries(
    ["PUBLIC", "PARTNER", "OFFICER", "ADMINISTRATOR", "OPERATOR"].map((role) => [`GATEWAY_RATE_LIMIT_${role}_REQUESTS`, String(requests)]),
  );

function expectAnswered(answer: Answer) {
  expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).to.equal(undefined);
  expect(answer.body.data.institutionByAbbreviation.name).to.be.a("string");
}

function expectRefused(answer: Answer, code: string, policy?: string) {
  expect(answer.status, JSON.stringify(answer.body)).to.equal(429);
  expect(answer.headers.get("content-type")).to.match(/^application\/json/);
  expect(answer.body.data).to.equal(undefined);
  expect(answer.body.errors).to.have.length(1);
  const [error] = answer.body.errors!;
  expect(error.extensions?.code).to.equal(code);
  if (policy) expect(error.extensions?.policy).to.equal(policy);
  const retryAfter = Number(answer.headers.get("retry-after"));
  expect(retryAfter).to.be.a("number").and.at.least(1);
  expect(error.extensions?.retryAfterSeconds).to.equal(retryAfter);
  expect(error.message).to.be.a("string").and.not.equal("");
}

/** The `r` (remaining) of one policy in a RateLimit field. */
function remaining(answer: Answer, policy: string): number | undefined {
  const field = answer.headers.get("ratelimit") ?? "";
  const match = new RegExp(`"${policy}";r=(\\d+);t=(\\d+)`).exec(field);
  return match ? Number(match[1]) : undefined;
}

describe("gateway rate limits", function () {
  this.timeout(120_000);
  const started: Gateway[] = [];
  const start = async (env: NodeJS.ProcessEnv) => {
    const gateway = await startGateway(env);
    started.push(gateway);
    return gateway;
  };
  after(async () => {
    await Promise.all(started.map((gateway) => gateway.stop()));
  });

  describe("requests per window (3 per 60 s, counted in process, loopback trusted as a proxy)", function () {
    let gateway: Gateway;
    before(async function () {
      this.timeout(60_000);
      gateway = await start({ ...requestLimit(3), GATEWAY_RATE_LIMIT_PUBLIC_COST: "100000", GATEWAY_TRUSTED_PROXIES: "loopback" });
    });

    it("answers with RateLimit and RateLimit-Policy fields, then refuses with 429 RATE_LIMITED and Retry-After", async () => {
      const from = "203.0.113.1";
      for (const left of [2, 1, 0]) {
        const answer = await ask(gateway.url, { from });
        expectAnswered(answer);
        expect(answer.headers.get("ratelimit-policy")).to.equal('"requests";q=3;w=60, "cost";q=100000;w=60');
        expect(remaining(answer, "requests")).to.equal(left);
        expect(remaining(answer, "cost")).to.be.a("number");
      }
      const refused = await ask(gateway.url, { from });
      expectRefused(refused, "RATE_LIMITED", "requests");
      expect(Number(refused.headers.get("retry-after"))).to.be.at.most(60);
      expect(refused.headers.get("ratelimit-policy")).to.equal('"requests";q=3;w=60, "cost";q=100000;w=60');
      expect(remaining(refused, "requests")).to.equal(0);
      // The partner endpoint counts against the same budget.
      expectRefused(await ask(gateway.url.replace("/graphql", "/partner/graphql"), { from }), "RATE_LIMITED", "requests");
      expect(await metricValue(gateway.url, "gateway_rate_limited_total", { reason: "requests", role: "public" })).to.equal(2);
    });

    it("tells anonymous callers apart by the address a trusted proxy names in X-Forwarded-For", async () => {
      for (let i = 0; i < 3; i++) expectAnswered(await ask(gateway.url, { from: "203.0.113.2" }));
      expectRefused(await ask(gateway.url, { from: "203.0.113.2" }), "RATE_LIMITED");
      // The client's own address is the last one the trusted proxy did not add.
      expectAnswered(await ask(gateway.url, { from: "203.0.113.3" }));
      expectAnswered(await ask(gateway.url, { from: "203.0.113.2, 203.0.113.3" }));
    });

    it("counts an IPv6 client by its /64, which one host holds whole", async () => {
      for (const from of ["2001:db8:0:7::1", "2001:db8:0:7::2", "2001:db8:0:7:ffff::3"]) expectAnswered(await ask(gateway.url, { from }));
      expectRefused(await ask(gateway.url, { from: "2001:db8:0:7:abcd::4" }), "RATE_LIMITED");
      expectAnswered(await ask(gateway.url, { from: "2001:db8:0:8::1" }));
    });

    it("counts a signed-in caller by its subject, wherever it calls from", async () => {
      const alice = await tokenFor("partner", { subject: `alice-${randomUUID()}` });
      const bob = await tokenFor("partner", { subject: `bob-${randomUUID()}` });
      for (const from of ["203.0.113.10", "203.0.113.11", "203.0.113.12"]) expectAnswered(await ask(gateway.url, { token: alice, from }));
      expectRefused(await ask(gateway.url, { token: alice, from: "203.0.113.13" }), "RATE_LIMITED");
      // Another subject from the same address, and the anonymous caller there, have budgets of their own.
      expectAnswered(await ask(gateway.url, { token: bob, from: "203.0.113.10" }));
      expectAnswered(await ask(gateway.url, { from: "203.0.113.13" }));
    });

    it("counts a request with a token it cannot verify against its address, and refuses it with 401", async () => {
      const from = "203.0.113.20";
      for (let i = 0; i < 3; i++) {
        const answer = await ask(gateway.url, { from, token: `not-a-token-${i}` });
        expect(answer.status).to.equal(401);
        expect(answer.body.errors?.[0].extensions?.code).to.equal("UNAUTHENTICATED");
      }
      expectRefused(await ask(gateway.url, { from }), "RATE_LIMITED");
    });
  });

  describe("without trusted proxies, and with Redis unreachable", function () {
    let gateway: Gateway;
    before(async function () {
      this.timeout(60_000);
      // Nothing listens on port 1: the counts fall back to this process.
      gateway = await start({ ...requestLimit(3), GATEWAY_RATE_LIMIT_REDIS_URL: "redis://127.0.0.1:1" });
    });

    it("ignores X-Forwarded-For (every request counts for the connection's address) and still limits in process", async () => {
      for (const from of ["203.0.113.30", "203.0.113.31", "203.0.113.32"]) expectAnswered(await ask(gateway.url, { from }));
      expectRefused(await ask(gateway.url, { from: "203.0.113.33" }), "RATE_LIMITED", "requests");
      expectRefused(await ask(gateway.url), "RATE_LIMITED", "requests");
    });
  });

  describe("cost per window", function () {
    let gateway: Gateway;
    before(async function () {
      this.timeout(60_000);
      gateway = await start({ GATEWAY_RATE_LIMIT_PUBLIC_COST: "3", GATEWAY_TRUSTED_PROXIES: "loopback" });
    });

    it("charges each operation's estimated cost and refuses one over the budget before any subgraph is called", async () => {
      const from = "203.0.113.40";
      // Every operation costs at least 1, so the budget of 3 is spent within four.
      let refused: Answer | undefined;
      const answered: Answer[] = [];
      for (let i = 0; i < 4 && !refused; i++) {
        const statementsBefore = await sqlStatements("institutions");
        const answer = await ask(gateway.url, { from });
        if (answer.status === 429) {
          refused = answer;
          expect(await sqlStatements("institutions"), "SQL for a refused operation").to.equal(statementsBefore);
        } else answered.push(answer);
      }
      expect(refused, "no refusal within four operations").to.not.equal(undefined);
      expectRefused(refused!, "RATE_LIMITED", "cost");
      const { extensions } = refused!.body.errors![0];
      expect(extensions?.limit).to.equal(3);
      expect(extensions?.cost).to.be.greaterThan(extensions?.remaining);
      expect(remaining(refused!, "cost")).to.equal(extensions?.remaining);
      for (const answer of answered) expectAnswered(answer);
      if (answered.length) expect(remaining(answered.at(-1)!, "cost")).to.be.below(3);
      // Another caller's budget is untouched.
      expectAnswered(await ask(gateway.url, { from: "203.0.113.41" }));
    });
  });

  describe("requests in flight per caller (2)", function () {
    let gateway: Gateway;
    const held: ClientRequest[] = [];
    before(async function () {
      this.timeout(60_000);
      gateway = await start({ GATEWAY_MAX_INFLIGHT_PER_CALLER: "2", GATEWAY_TRUSTED_PROXIES: "loopback" });
    });
    after(() => {
      for (const request of held) request.destroy();
    });

    /** A request whose body never finishes: it is in flight (counted before the body is read) until destroyed. */
    const holdOne = (from: string) =>
      new Promise<void>((resolve, reject) => {
        const request = httpRequest(gateway.url, {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": "1000", "x-forwarded-for": from },
        });
        request.on("error", () => undefined);
        request.write("{", (error) => (error ? reject(error) : resolve()));
        held.push(request);
      });

    /** Until the gateway counts `count` requests in progress (it counts one once its headers are in). */
    const untilInFlight = async (count: number) => {
      for (let i = 0; i < 100; i++) {
        if ((await metricValue(gateway.url, "gateway_requests_in_flight", {})) === count) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the gateway never had ${count} requests in flight`);
    };

    it("refuses a third request while two are in progress, with 429 TOO_MANY_REQUESTS_IN_FLIGHT, and frees the place when one ends", async () => {
      const from = "203.0.113.50";
      await holdOne(from);
      await holdOne(from);
      await untilInFlight(2);
      const refused = await ask(gateway.url, { from });
      expectRefused(refused, "TOO_MANY_REQUESTS_IN_FLIGHT");
      expect(refused.body.errors![0].extensions?.limit).to.equal(2);
      // Another caller is not affected.
      expectAnswered(await ask(gateway.url, { from: "203.0.113.51" }));

      held.shift()!.destroy();
      await untilInFlight(1);
      expectAnswered(await ask(gateway.url, { from }));
    });
  });

  /** Two replicas counting in one Redis under a prefix of their own (`env` on top), and a client to look into it. */
  const twoReplicas = (env: NodeJS.ProcessEnv) => {
    const shared = { prefix: `ipg-test:${randomUUID()}:rate-limit:`, redis: createClient({ url: REDIS_URL }), replicas: [] as Gateway[] };
    before(async function () {
      this.timeout(60_000);
      await shared.redis.connect();
      const replicaEnv = { ...env, GATEWAY_RATE_LIMIT_REDIS_URL: REDIS_URL, GATEWAY_RATE_LIMIT_PREFIX: shared.prefix };
      shared.replicas = await Promise.all([start(replicaEnv), start(replicaEnv)]);
    });
    after(async () => {
      const keys = await shared.redis.keys(`${shared.prefix}*`);
      if (keys.length) await shared.redis.del(keys);
      await shared.redis.close();
    });
    return shared;
  };

  describe("two replicas sharing one Redis", function () {
    const shared = twoReplicas(requestLimit(4));

    it("keep one count per caller: what one replica counted, the other refuses", async () => {
      const { prefix, redis, replicas } = shared;
      const answers = [];
      for (const replica of [replicas[0], replicas[1], replicas[0], replicas[1]]) answers.push(await ask(replica.url));
      for (const answer of answers) expectAnswered(answer);
      expect(answers.map((answer) => remaining(answer, "requests"))).to.deep.equal([3, 2, 1, 0]);
      expectRefused(await ask(replicas[0].url), "RATE_LIMITED", "requests");
      expectRefused(await ask(replicas[1].url), "RATE_LIMITED", "requests");
      expect(await redis.keys(`${prefix}*`)).to.not.have.length(0);
    });
  });

  describe("two replicas leasing from one Redis (100 requests per window, leases of at most 10)", function () {
    const shared = twoReplicas({ ...requestLimit(100), GATEWAY_RATE_LIMIT_LEASE_PERCENT: "10", GATEWAY_TRUSTED_PROXIES: "loopback" });

    const leases = (replica: Gateway) => metricValue(replica.url, "gateway_rate_limit_leases_total", { budget: "requests" });
    /** Requests from `from` to `replica` until it refuses one (at most `most`); how many it answered. */
    const untilRefused = async (replica: Gateway, from: string, most: number) => {
      for (let answered = 0; answered < most; answered++) {
        const answer = await ask(replica.url, { from });
        if (answer.status === 429) {
          expectRefused(answer, "RATE_LIMITED", "requests");
          return answered;
        }
        expectAnswered(answer);
      }
      return most;
    };

    it("spends most requests from a lease, without a Redis round trip, and counts each one in RateLimit", async () => {
      const { prefix, redis, replicas } = shared;
      const from = "203.0.113.60";
      const before = (await leases(replicas[0])) ?? 0;
      const left: Array<number | undefined> = [];
      for (let i = 0; i < 40; i++) {
        const answer = await ask(replicas[0].url, { from });
        expectAnswered(answer);
        left.push(remaining(answer, "requests"));
      }
      expect(left).to.deep.equal(Array.from({ length: 40 }, (_, i) => 99 - i));
      // Leases of up to 10 spare requests (fewer as the budget runs out): 40 requests take at most 8.
      const taken = (await leases(replicas[0]))! - before;
      expect(taken).to.be.within(1, 8);
      // Redis counts what was leased: the 40 spent and the spare still held, never more than the budget.
      expect(Number(await redis.get(`${prefix}requests:public:address:${from}`))).to.be.within(40, 50);
    });

    it("never serve one caller more than its budget together, and refuse at most one lease early", async () => {
      const { prefix, redis, replicas } = shared;
      const from = "203.0.113.61";
      // The second replica leases 1 request and a spare of up to 10.
      expectAnswered(await ask(replicas[1].url, { from }));
      // The first is refused when Redis has nothing left, while the second still holds its spare.
      const first = await untilRefused(replicas[0], from, 120);
      expect(first).to.be.within(100 - 1 - 10, 99);
      // The second serves what it holds, and then refuses too.
      const second = await untilRefused(replicas[1], from, 120);
      expect(1 + first + second).to.equal(100);
      expectRefused(await ask(replicas[0].url, { from }), "RATE_LIMITED", "requests");
      expect(Number(await redis.get(`${prefix}requests:public:address:${from}`))).to.equal(100);
    });
  });
});
