import { expect } from "chai";
import { readFileSync } from "node:fs";
import { buildSchema, isObjectType, Kind, parse, TypeInfo, validate, visit, visitWithTypeInfo } from "graphql";
import type { Browser, Page } from "playwright-core";
import { readDashboardConfig } from "../gateway/src/dashboard/config.js";
import { DASHBOARD_CONTENT_SECURITY_POLICY } from "../gateway/src/dashboard/endpoint.js";
import { blockNonLocalRequests, openBrowser, screenshotOnFailure } from "./support/browser.js";
import { PROGRAM_DASHBOARD, programDashboardVariables } from "../dashboard/src/operation.js";
import { DEFAULT_LIST_SIZE, readDemandControlConfig } from "../gateway/src/demand-control/config.js";
import { readCostDirectives } from "../gateway/src/demand-control/cost-directives.js";
import { estimatedCost } from "../gateway/src/demand-control/static-cost.js";
import { apiSchemaSdl } from "../lib/schema/api-schema.js";
import { SUPERGRAPH_PATH } from "../lib/schema/composition.js";
import { gatewayData, post } from "./support/client.js";
import { gatewaySchema } from "./support/schema-operations.js";
import { testGraph } from "./support/graph.js";
import { startGatewayInProcess, type InProcessGateway } from "./support/in-process.js";
import { ktlId, tokenFor } from "./support/tokens.js";

/** The seed is a snapshot of 2025-11-20 (lib/seed/generate.ts SEED_AS_OF): the dashboard read on that day. */
const SEED_DAY = "2025-11-20";
const won = (amount: number) => new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW" }).format(amount);

describe("the reference dashboard at /dashboard", function () {
  this.timeout(120_000);
  let gateway: InProcessGateway;
  let browser: Browser;
  let page: Page;
  let blocked: string[];
  let consoleErrors: string[];
  const dashboardUrl = (query = `?asOf=${SEED_DAY}`) => `http://localhost:${gateway.port}/dashboard${query}`;

  before(async () => {
    // A gateway whose dashboard asks again every second, so a test sees a write without waiting long.
    gateway = await startGatewayInProcess({ env: { GATEWAY_DASHBOARD_POLL_SECONDS: "1" } });
    browser = await openBrowser();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    blocked = await blockNonLocalRequests(page);
    consoleErrors = [];
    // A Content-Security-Policy violation, a failed request or a script error is reported here.
    page.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
    page.on("pageerror", (error) => void consoleErrors.push(error.message));
  });
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, page);
    await page?.close();
  });
  after(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it("is served with a strict Content-Security-Policy, no inline script, and assets named by their content", async () => {
    const response = await fetch(dashboardUrl(""));
    expect(response.status).to.equal(200);
    expect(response.headers.get("content-type")).to.match(/^text\/html/);
    expect(response.headers.get("content-security-policy")).to.equal(DASHBOARD_CONTENT_SECURITY_POLICY);
    expect(DASHBOARD_CONTENT_SECURITY_POLICY).to.include("script-src 'self'").and.not.include("unsafe");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts).to.have.length(1);
    expect(scripts[0]).to.match(/ src="\/dashboard\/assets\/main-[A-Z0-9]+\.js"/);
    expect(html).not.to.match(/ style=|<style/);
    expect(html).not.to.match(/https?:\/\//);
    const asset = await fetch(new URL(/ src="([^"]+)"/.exec(scripts[0])![1], dashboardUrl("")));
    expect(asset.status).to.equal(200);
    expect(asset.headers.get("cache-control")).to.equal("public, max-age=31536000, immutable");
    expect((await fetch(`http://localhost:${gateway.port}/dashboard/assets/nothing.js`)).status).to.equal(404);
    // The test graph's gateway process, compiled as npm start compiles it, serves it too.
    const compiled = await fetch(new URL("/dashboard", testGraph().gatewayUrl));
    expect([compiled.status, compiled.headers.get("content-security-policy")]).to.deep.equal([200, DASHBOARD_CONTENT_SECURITY_POLICY]);
  });

  it("asks with one named operation, valid against the gateway's schema, selecting the id of every object that has one", async () => {
    const schema = await gatewaySchema();
    const document = parse(PROGRAM_DASHBOARD);
    expect(validate(schema, document).map((error) => error.message)).to.deep.equal([]);
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((operation) => operation.name?.value)).to.deep.equal(["ProgramDashboard"]);
    const withoutId: string[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        SelectionSet(selectionSet) {
          const type = typeInfo.getParentType();
          const fields = selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD);
          if (!isObjectType(type) || !type.getFields().id || !fields.length) return;
          if (!fields.some((field) => field.name.value === "id")) withoutId.push(type.name);
        },
      }),
    );
    expect(withoutId, "object types selected without their id").to.deep.equal([]);

    // What it costs, as dashboard/README.md says, well inside the gateway's limit.
    const sdl = readFileSync(SUPERGRAPH_PATH, "utf8");
    const cost = estimatedCost({
      schema: buildSchema(apiSchemaSdl(sdl)),
      directives: readCostDirectives(sdl),
      document,
      variables: programDashboardVariables({ agency: "MOTIE", asOf: SEED_DAY, graphqlPath: "/graphql", pollSeconds: 30 }),
      defaultListSize: DEFAULT_LIST_SIZE,
    });
    const readme = readFileSync(new URL("../dashboard/README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    expect(readme).to.include(`it costs ${cost.toLocaleString("en-US")} in demand control's estimate`);
    expect(cost).to.be.lessThan(readDemandControlConfig({}).maxCost / 5);
  });

  it("loads with every request beyond localhost blocked, and shows MOTIE's 313 products and ₩518,600,000,000", async () => {
    const operations: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/graphql") operations.push(String(request.postDataJSON()?.operationName));
    });
    await page.goto(dashboardUrl());
    const designated = page.locator('[data-figure="designated-products"]');
    await designated.filter({ hasText: "313" }).waitFor();
    expect(await designated.innerText()).to.equal("313개");
    const procurement = await page.locator('[data-figure="procurement-generated"]').innerText();
    expect(procurement).to.include("₩518,600,000,000").and.include("5,186억 원");
    expect(await page.locator("#program-heading").innerText())
      .to.include("지정과 공공구매")
      .and.include("Designations and procurement");

    // Year by year to the day, 2020 to 2025, the years through 2024 adding up to the headline.
    const years = await page.locator("#program tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-year")));
    expect(years).to.deep.equal(["2020", "2021", "2022", "2023", "2024", "2025"]);
    // Lead buyers, KTL first, with 2025's target and purchases; the fair still on that day, with its meetings.
    const ktl = page.locator('#lead-buyers tr[data-institution="KTL"]');
    expect(await ktl.locator('[data-field="achieved"]').innerText()).to.equal(won(4_588_746_000));
    expect(await page.locator("#events").innerText())
      .to.include("2025 기술사업화 대전")
      .and.include("2025 Technology Commercialization Fair");
    expect(await page.locator("#events table").nth(1).locator("tbody tr[data-meeting]").count()).to.be.greaterThan(0);
    // Two charts, each an image with a label, each with its table.
    const labels = await page
      .locator("canvas")
      .evaluateAll((canvases) => canvases.map((canvas) => [canvas.getAttribute("role"), canvas.getAttribute("aria-label")]));
    expect(labels).to.have.length(2);
    for (const [role, label] of labels) {
      expect(role).to.equal("img");
      expect(label).to.match(/표/).and.match(/table/);
    }

    expect(blocked, "requests beyond localhost").to.deep.equal([]);
    expect(consoleErrors, "console errors (CSP violations included)").to.deep.equal([]);
    expect(operations.length).to.be.greaterThan(0);
    expect(new Set(operations)).to.deep.equal(new Set(["ProgramDashboard"]));
  });

  it("shows a lead buyer's new achievement after a recordPurchase through the gateway, by polling", async () => {
    await page.goto(dashboardUrl());
    const achieved = page.locator('#lead-buyers tr[data-institution="KTL"] [data-field="achieved"]');
    await achieved.filter({ hasText: won(4_588_746_000) }).waitFor();
    const rateBefore = await page.locator('#lead-buyers tr[data-institution="KTL"] [data-field="rate"]').innerText();

    // A KTL officer records a negotiated contract for a MOTIE product designated in 2025, on the seed's last days.
    const product = testGraph().dataset.products.products.find(
      (row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025"),
    )!;
    const officer = await tokenFor("officer", { institutionId: ktlId() });
    const recorded = await post(
      gateway.url,
      `mutation RecordPurchase($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id amount } }`,
      {
        input: {
          institutionId: ktlId(),
          productId: product.id,
          quantity: 1,
          amount: 45_000_000,
          method: "NEGOTIATED_CONTRACT",
          contractedOn: "2025-11-18",
        },
      },
      { authorization: `Bearer ${officer}` },
    );
    expect(recorded.errors, JSON.stringify(recorded.errors)).to.equal(undefined);

    await achieved.filter({ hasText: won(4_633_746_000) }).waitFor({ timeout: 30_000 });
    const rateAfter = await page.locator('#lead-buyers tr[data-institution="KTL"] [data-field="rate"]').innerText();
    const { institutionByAbbreviation } = await gatewayData(
      `{ institutionByAbbreviation(abbreviation: "KTL") { purchaseTarget(year: 2025) { achievementRate } } }`,
    );
    expect(rateAfter).to.not.equal(rateBefore);
    expect(rateAfter).to.equal(
      new Intl.NumberFormat("ko-KR", { style: "percent", maximumFractionDigits: 1 }).format(
        institutionByAbbreviation.purchaseTarget.achievementRate,
      ),
    );
    expect(blocked).to.deep.equal([]);
  });

  it("is usable from the keyboard: a skip link first, then labelled controls", async () => {
    await page.goto(dashboardUrl());
    await page.locator('[data-figure="designated-products"]').filter({ hasText: "313" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).to.equal("skip-link");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal("agency");
    expect(await page.getByLabel("지정 부처").inputValue()).to.equal("MOTIE");
    expect(await page.getByLabel("기준일").inputValue()).to.equal(SEED_DAY);
    // Choosing another agency and submitting shows its figures (MSS: 130 designations through 2024 at scale 1).
    await page.getByLabel("지정 부처").selectOption("MSS");
    await page.getByRole("button", { name: /보기/ }).press("Enter");
    await page.waitForURL(/agency=MSS/);
    const mss = await gatewayData(`{ procurementSummary(agency: MSS, throughYear: 2024) { designatedProducts } }`);
    await page
      .locator('[data-figure="designated-products"]')
      .filter({ hasText: `${mss.procurementSummary.designatedProducts}개` })
      .waitFor();
  });

  it("is off in production unless GATEWAY_DASHBOARD=true", async () => {
    expect(readDashboardConfig({}).enabled).to.equal(true);
    expect(readDashboardConfig({ GATEWAY_DASHBOARD: "false" }).enabled).to.equal(false);
    expect(readDashboardConfig({ NODE_ENV: "production" }).enabled).to.equal(false);
    expect(readDashboardConfig({ NODE_ENV: "production", GATEWAY_DASHBOARD: "true" }).enabled).to.equal(true);
    expect(() => readDashboardConfig({ GATEWAY_DASHBOARD_POLL_SECONDS: "0" })).to.throw(/GATEWAY_DASHBOARD_POLL_SECONDS/);
    const production = await startGatewayInProcess({ env: { NODE_ENV: "production", LOG_LEVEL: "fatal" } });
    try {
      const response = await fetch(`http://localhost:${production.port}/dashboard`);
      expect(response.status).to.equal(404);
      expect(((await response.json()) as any).errors[0].extensions.code).to.equal("NOT_FOUND");
    } finally {
      await production.stop();
    }
  });
});
