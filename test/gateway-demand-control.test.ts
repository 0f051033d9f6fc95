import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "chai";
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, parse } from "graphql";
import { apiSchemaSdl } from "../lib/schema/api-schema.js";
import { SUBGRAPHS, SUPERGRAPH_PATH, PARTNER_SUPERGRAPH_PATH } from "../lib/schema/composition.js";
import { DEFAULT_LIST_SIZE } from "../gateway/src/demand-control/config.js";
import { readCostDirectives } from "../gateway/src/demand-control/cost-directives.js";
import { estimatedCost } from "../gateway/src/demand-control/static-cost.js";
import { startGatewayInProcess, startGraphInProcess } from "./support/in-process.js";
import { gateway, gatewayData, post, sqlStatements, type GraphQLResponse } from "./support/client.js";
import { testGraph } from "./support/graph.js";
import { LEAD_BUYER_DASHBOARD } from "./support/screens.js";

/** Issue #10, item 1: three nested pages whose size a variable gives, 100 × 100 × 100 purchases at f = 100. */
const NESTED_PURCHASES = `query ($f: Int) { institutions(first: $f) { nodes { purchases(first: $f) { nodes {
  product { name purchases(first: $f) { nodes { amount institution { name } } } } } } } } }`;
const NESTED_PURCHASES_LITERAL = NESTED_PURCHASES.replace("($f: Int) ", "").replaceAll("$f", "100");
/** Its cost with pages of 100: 1 + 100 × (2 + 100 × (3 + 100 × 2)). */
const COST_AT_100 = 2_030_201;
/** With the pages' default size of 20: 1 + 20 × (2 + 20 × (3 + 20 × 2)). */
const COST_AT_20 = 17_241;
const LIMIT = 10_000;

const README_PRODUCT_PAGE = /```graphql\n(query ProductPage[\s\S]*?)```/.exec(
  readFileSync(new URL("../README.md", import.meta.url), "utf8"),
)![1];

function expectTooCostly(response: GraphQLResponse, estimated: number) {
  expect(response.status, JSON.stringify(response)).to.equal(400);
  expect(response.data).to.equal(undefined);
  expect(response.errors).to.have.length(1);
  const [error] = response.errors!;
  expect(error.extensions).to.deep.equal({ code: "QUERY_TOO_COSTLY", cost: { estimated, limit: LIMIT } });
  expect(error.message).to.match(/^This query could cost up to [\d,]+ .* more than the 10,000 this API answers at once/);
}

async function allStatements(): Promise<number[]> {
  return Promise.all(SUBGRAPHS.map(({ name }) => sqlStatements(name)));
}

/** The gateway's graphql_operation_cost histogram for one kind: how many operations, and their summed cost. */
async function costMetric(url: string, kind: "estimated" | "actual"): Promise<{ count: number; sum: number }> {
  const text = await (await fetch(new URL("/metrics", url))).text();
  const read = (suffix: string) => {
    const line = text
      .split("\n")
      .find((candidate) => candidate.startsWith(`graphql_operation_cost_${suffix}{`) && candidate.includes(`kind="${kind}"`));
    return line ? Number(line.split(" ").at(-1)) : 0;
  };
  return { count: read("count"), sum: read("sum") };
}

describe("demand control: cost estimated from @cost/@listSize and the variables' values", function () {
  it("refuses issue #10's nested query with {f: 100} before any subgraph is called, with the estimate and the limit", async () => {
    const before = await allStatements();
    expectTooCostly(await gateway(NESTED_PURCHASES, { f: 100 }), COST_AT_100);
    expect(await allStatements()).to.deep.equal(before);
  });

  it("estimates a literal page size and the same one given by a variable alike", async () => {
    expectTooCostly(await gateway(NESTED_PURCHASES_LITERAL), COST_AT_100);
    expectTooCostly(await gateway(NESTED_PURCHASES, { f: 100 }), COST_AT_100);
  });

  it("uses a variable's default, and the argument's default when the variable is not given or null", async () => {
    expectTooCostly(await gateway(NESTED_PURCHASES.replace("$f: Int", "$f: Int = 100")), COST_AT_100);
    expectTooCostly(await gateway(NESTED_PURCHASES), COST_AT_20);
    expectTooCostly(await gateway(NESTED_PURCHASES, { f: null }), COST_AT_20);
    // A variable that is sent wins over its default: 1 + 2 × (2 + 2 × (3 + 2 × 2)) = 33.
    const small = await gateway(NESTED_PURCHASES.replace("$f: Int", "$f: Int = 100"), { f: 2 });
    expect(small.status).to.equal(200);
    expect(small.data.institutions.nodes).to.have.length(2);
  });

  it("refuses it on /partner/graphql as well", async () => {
    expectTooCostly(await post(`${new URL("/partner/graphql", testGraph().gatewayUrl)}`, NESTED_PURCHASES, { f: 100 }), COST_AT_100);
  });

  it("answers the lead-buyer dashboard, the README's product page and the product page of the tests", async () => {
    const dashboard = await gatewayData(LEAD_BUYER_DASHBOARD);
    expect(dashboard.leadBuyers.nodes.length).to.be.greaterThan(0);
    const product = testGraph().dataset.products.products[0];
    const page = await gatewayData(README_PRODUCT_PAGE, { number: product.designationNumber });
    expect(page.productByDesignationNumber.designationNumber).to.equal(product.designationNumber);
  });

  it("measures the actual cost of an answer and shows both costs on /metrics", async () => {
    const url = testGraph().gatewayUrl;
    const leadBuyers = testGraph().dataset.institutions.leadBuyerDeclarations.length;
    const [estimatedBefore, actualBefore] = [await costMetric(url, "estimated"), await costMetric(url, "actual")];
    const data = await gatewayData(`{ leadBuyers(first: 10) { nodes { name leadBuyer { declaredOn } } } }`);
    expect(data.leadBuyers.nodes).to.have.length(leadBuyers);
    const [estimatedAfter, actualAfter] = [await costMetric(url, "estimated"), await costMetric(url, "actual")];
    // Estimated: the connection and 10 × (institution + declaration). Actual: what came back.
    expect(estimatedAfter.count - estimatedBefore.count).to.equal(1);
    expect(estimatedAfter.sum - estimatedBefore.sum).to.equal(1 + 10 * 2);
    expect(actualAfter.count - actualBefore.count).to.equal(1);
    expect(actualAfter.sum - actualBefore.sum).to.equal(1 + leadBuyers * 2);
  });

  it("counts refusals on /metrics", async () => {
    const text = async () => (await (await fetch(new URL("/metrics", testGraph().gatewayUrl))).text()).split("\n");
    const refused = async () =>
      Number(
        (await text())
          .find((line) => line.startsWith("graphql_operations_refused_total{") && line.includes('code="QUERY_TOO_COSTLY"'))
          ?.split(" ")
          .at(-1) ?? 0,
      );
    const before = await refused();
    await gateway(NESTED_PURCHASES, { f: 100 });
    expect(await refused()).to.equal(before + 1);
  });
});

describe("demand control: the supergraph declares every list's size", function () {
  for (const path of [SUPERGRAPH_PATH, PARTNER_SUPERGRAPH_PATH]) {
    it(`keeps @listSize on every list and page in ${path.pathname.split("/").pop()}, and @cost where declared`, () => {
      const sdl = readFileSync(path, "utf8");
      const directives = readCostDirectives(sdl);
      const schema = buildSchema(apiSchemaSdl(sdl));
      const undeclared: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith("__")) continue;
        for (const field of Object.values(type.getFields())) {
          const key = `${type.name}.${field.name}`;
          const listSize = directives.listSizes.get(key);
          if (field.args.some((argument) => argument.name === "first")) {
            // A page: its `first` sizes its `nodes`.
            if (listSize?.slicingArguments.join() !== "first" || listSize.sizedFields.join() !== "nodes") undeclared.push(key);
          } else if (isListType(getNullableType(field.type)) && !(type.name.endsWith("Connection") && field.name === "nodes")) {
            if (!listSize?.assumedSize) undeclared.push(key);
          }
        }
      }
      expect(undeclared).to.deep.equal([]);
      expect(directives.weights.get("Product.totalProcurement")).to.equal(1);
      expect(getNamedType(schema.getQueryType()!.getFields().institutions.type).name).to.equal("InstitutionConnection");
    });
  }
});

describe("demand control: the README's figures", function () {
  // A reader checks the figures on the examples printed just above them; the dashboard of the tests
  // (test/support/screens.ts, 50 meetings per buyer) costs more than the README's (20).
  it("gives the cost of the README's own lead-buyer dashboard and product page", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const dashboard = /```graphql\n(query LeadBuyerDashboard \{\n {2}leadBuyers[\s\S]*?)```/.exec(readme)![1];
    const [, dashboardCost, pageCost] =
      /For scale: the lead-buyer dashboard(?: above)? costs ([\d,]+), the product page above ([\d,]+)/.exec(readme.replace(/\s+/g, " "))!;
    const sdl = readFileSync(SUPERGRAPH_PATH, "utf8");
    const estimate = (query: string, variables?: Record<string, unknown>) =>
      estimatedCost({
        schema: buildSchema(apiSchemaSdl(sdl)),
        directives: readCostDirectives(sdl),
        document: parse(query),
        variables,
        defaultListSize: DEFAULT_LIST_SIZE,
      });
    expect(estimate(dashboard).toLocaleString("en-US")).to.equal(dashboardCost);
    expect(estimate(README_PRODUCT_PAGE, { number: "x" }).toLocaleString("en-US")).to.equal(pageCost);
  });
});

describe("demand control off (GATEWAY_DEMAND_CONTROL=false) and the subgraphs' row budget (SUBGRAPH_MAX_ROWS_PER_REQUEST)", function () {
  let tight: { gatewayUrl: string; stop(): Promise<void> } | undefined;
  const ROWS = 50;

  before(async function () {
    this.timeout(120_000);
    tight = await startGraphInProcess({ GATEWAY_DEMAND_CONTROL: "false", SUBGRAPH_MAX_ROWS_PER_REQUEST: String(ROWS) });
  });
  after(async function () {
    this.timeout(30_000);
    await tight?.stop();
  });

  it("lets a costly query reach the subgraphs when demand control is off, where the row budget refuses it whole", async () => {
    const response = await post(tight!.gatewayUrl, NESTED_PURCHASES, { f: 100 });
    expect(response.status, JSON.stringify(response)).to.equal(400);
    expect(response.data).to.equal(null);
    expect(response.errors).to.have.length(1);
    expect(response.errors![0].extensions).to.deep.equal({ code: "ROW_BUDGET_EXCEEDED" });
    expect(response.errors![0].message).to.match(/more than 50 rows in the institutions service/);
  });

  it("answers a subgraph request over its budget with the refusal alone, no data", async () => {
    const response = await post(
      tight!.gatewayUrl,
      `{ institutions(first: ${ROWS + 1}) { nodes { name } } products(first: 1) { nodes { name } } }`,
    );
    expect(response.status).to.equal(400);
    expect(response.data).to.equal(null);
    expect(response.errors?.map((error) => error.extensions?.code)).to.deep.equal(["ROW_BUDGET_EXCEEDED"]);
  });

  it("answers requests inside the budget, and shows no cost when demand control is off", async () => {
    const response = await post(tight!.gatewayUrl, `{ institutions(first: ${ROWS - 10}) { nodes { name } } }`);
    expect(response.errors).to.equal(undefined);
    expect(response.data.institutions.nodes).to.have.length(ROWS - 10);
    expect(await costMetric(tight!.gatewayUrl, "estimated")).to.deep.equal({ count: 0, sum: 0 });
  });
});

describe("demand control: the cost follows the supergraph the gateway serves", function () {
  this.timeout(60_000);
  let folder: string | undefined;
  let reloading: { url: string; stop(): Promise<void> } | undefined;
  after(async () => {
    await reloading?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("reads @listSize again when the supergraph file changes, without a restart", async () => {
    folder = mkdtempSync(path.join(tmpdir(), "ipg-demand-"));
    const supergraphFile = path.join(folder, "supergraph.graphql");
    const partnerFile = path.join(folder, "partner-supergraph.graphql");
    const committed = readFileSync(SUPERGRAPH_PATH, "utf8");
    writeFileSync(supergraphFile, committed);
    writeFileSync(partnerFile, readFileSync(PARTNER_SUPERGRAPH_PATH, "utf8"));
    reloading = await startGatewayInProcess({
      env: {
        LOG_LEVEL: "warn",
        SUPERGRAPH_PATH: supergraphFile,
        PARTNER_SUPERGRAPH_PATH: partnerFile,
        GATEWAY_SUPERGRAPH_POLL_MS: "250",
        GATEWAY_MAX_COST: "100",
      },
    });
    // 10 products × (1 + 8 certificates assumed) + the connection = 91, inside a limit of 100.
    const query = `{ products(first: 10) { nodes { certificates { scheme } } } }`;
    expect((await post(reloading.url, query)).errors).to.equal(undefined);

    const declaration = "certificates: [Certificate!] @join__field(graph: CERTIFICATIONS) @listSize(assumedSize: 8)";
    expect(committed).to.include(declaration);
    writeFileSync(supergraphFile, committed.replace(declaration, declaration.replace("assumedSize: 8", "assumedSize: 80")));
    // Now 10 × (1 + 80) + 1 = 811.
    const deadline = Date.now() + 20_000;
    let response = await post(reloading.url, query);
    while (response.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await post(reloading.url, query);
    }
    expect(response.status).to.equal(400);
    expect(response.errors?.[0].extensions).to.deep.equal({ code: "QUERY_TOO_COSTLY", cost: { estimated: 811, limit: 100 } });
  });
});
