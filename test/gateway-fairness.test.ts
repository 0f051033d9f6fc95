import { expect } from "chai";
import { DEFAULT_POLICIES } from "../gateway/src/rate-limits.js";
import { startGatewayInProcess } from "./support/in-process.js";
import { post, type GraphQLResponse } from "./support/client.js";
import { breakerState, metricValue } from "./support/metrics.js";

/**
 * One caller cannot take the graph from the others (issue #10, item 1): one anonymous caller runs the
 * nested purchases query ten times at once while another anonymous caller's cheap queries keep being
 * answered, and the institutions circuit breaker stays closed. A gateway of its own, with the production
 * rate limits for the anonymous caller, 4 requests in flight per caller, and loopback trusted as a proxy
 * so X-Forwarded-For tells the two callers apart. `first: 15` keeps the query under demand control's
 * default cost limit (about 7,500 of 10,000) while each run still reads some 3,400 purchases.
 */
const NESTED = `query ($f: Int) { institutions(first: $f) { nodes { purchases(first: $f) { nodes {
  product { name purchases(first: $f) { nodes { amount institution { name } } } } } } } } }`;
const CHEAP = `{ institutionByAbbreviation(abbreviation: "KTL") { name } }`;
const HEAVY_CALLER = "203.0.113.70";
const OTHER_CALLER = "203.0.113.71";

describe("fairness: one caller's heavy queries and another's cheap ones", function () {
  this.timeout(120_000);
  let gateway: { url: string; stop(): Promise<void> } | undefined;

  before(async function () {
    this.timeout(60_000);
    gateway = await startGatewayInProcess({
      env: {
        LOG_LEVEL: "fatal",
        GATEWAY_TRUSTED_PROXIES: "loopback",
        GATEWAY_RATE_LIMIT_PUBLIC_REQUESTS: String(DEFAULT_POLICIES.public.requests),
        GATEWAY_RATE_LIMIT_PUBLIC_COST: String(DEFAULT_POLICIES.public.cost),
        GATEWAY_MAX_INFLIGHT_PER_CALLER: "4",
      },
    });
  });
  after(async () => {
    await gateway?.stop();
  });

  it("keeps answering the other caller and keeps the breaker closed", async () => {
    const url = gateway!.url;
    const from = (address: string) => ({ "x-forwarded-for": address });
    let heavyDone = false;
    const heavy = Promise.all(Array.from({ length: 10 }, () => post(url, NESTED, { f: 15 }, from(HEAVY_CALLER)))).finally(
      () => (heavyDone = true),
    );
    const cheap: GraphQLResponse[] = [];
    while (!heavyDone || cheap.length < 5) cheap.push(await post(url, CHEAP, undefined, from(OTHER_CALLER)));

    for (const response of cheap) {
      expect(response.status, JSON.stringify(response)).to.equal(200);
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      expect(response.data.institutionByAbbreviation.name).to.be.a("string");
    }
    const heavyAnswers = await heavy;
    const answered = heavyAnswers.filter((response) => response.status === 200);
    const refused = heavyAnswers.filter((response) => response.status === 429);
    expect(answered.length + refused.length, JSON.stringify(heavyAnswers.map((response) => response.errors))).to.equal(10);
    expect(answered.length).to.be.at.least(1);
    for (const response of answered) {
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      expect(response.data.institutions.nodes).to.have.length(15);
    }
    for (const response of refused) expect(response.errors?.[0].extensions?.code).to.equal("TOO_MANY_REQUESTS_IN_FLIGHT");
    expect(await metricValue(url, "gateway_rate_limited_total", { reason: "in_flight", role: "public" })).to.equal(
      refused.length || undefined,
    );
    expect(await breakerState(url, "institutions")).to.equal(0);
    expect(await breakerState(url, "products")).to.equal(0);
  });
});
