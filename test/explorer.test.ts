import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { blockNonLocalRequests, openBrowser, screenshotOnFailure } from "./support/browser.js";
import { testGraph } from "./support/graph.js";
import { tokenFor } from "./support/tokens.js";

/**
 * The offline explorer in a real browser (Debian's Chromium through playwright-core) with no network
 * beyond localhost, as on a separated network: Apollo Sandbox cannot load, its page links to
 * /explorer, and GraphiQL, bundled from our own dependencies, runs the README's operations.
 */
describe("the offline explorer, in Chromium with no network beyond localhost", function () {
  // The first request bundles GraphiQL (a few seconds, more on a busy machine).
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  let blocked: string[];
  const problems: string[] = [];
  const origin = () => new URL(testGraph().gatewayUrl).origin;

  before(async () => {
    browser = await openBrowser();
  });
  beforeEach(async () => {
    problems.length = 0;
    page = await browser.newPage();
    blocked = await blockNonLocalRequests(page);
    page.on("console", (message) => {
      if (/Content Security Policy/.test(message.text())) problems.push(message.text().slice(0, 300));
    });
    page.on("pageerror", (error) => problems.push(error.message));
  });
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, page);
    await page?.close();
  });
  after(async () => {
    await browser?.close();
  });

  const responseText = () => page.locator(".graphiql-response").innerText();
  const waitForResponse = (pattern: RegExp) =>
    page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector(".graphiql-response")?.textContent ?? ""),
      pattern.source,
      {
        timeout: 60_000,
      },
    );

  it("is linked from the landing page when Sandbox cannot load, and runs the first preloaded operation", async () => {
    await page.goto(testGraph().gatewayUrl, { waitUntil: "domcontentloaded" });
    await page.click("#offline-explorer", { timeout: 30_000 });
    await page.waitForURL(`${origin()}/explorer`);
    const offSite = blocked.length;
    expect(offSite, "Sandbox tried the internet and was refused").to.be.greaterThan(0);
    problems.length = 0; // Sandbox's own page fails without its script; the explorer's must not.

    await page.waitForSelector(".graphiql-execute-button", { timeout: 120_000 });
    expect(await page.getByText("ProgramFigures", { exact: true }).count()).to.be.greaterThan(0);
    await page.click(".graphiql-execute-button");
    await waitForResponse(/518600000000/);
    const answer = await responseText();
    expect(answer).to.match(/"designatedProducts":\s*313/);
    expect(answer).to.match(/"procurementGenerated":\s*518600000000/);
    // The explorer itself asked nothing of the internet, and broke none of its own page's policy.
    expect(blocked.slice(offSite)).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it("sends the Authorization header written in its Headers tab, as the page and the README say", async () => {
    await page.goto(`${origin()}/explorer`);
    await page.waitForSelector(".graphiql-execute-button", { timeout: 120_000 });
    expect(await page.locator(".explorer-help").innerText()).to.include("npm run token -- administrator");
    await page.getByText("SignedInCompanies", { exact: true }).click();
    await page.getByText("Headers", { exact: true }).click();
    await page.locator(".graphiql-editor-tool .monaco-editor").last().click();
    await page.keyboard.type(JSON.stringify({ Authorization: `Bearer ${await tokenFor("administrator")}` }));
    await page.click(".graphiql-execute-button");
    await waitForResponse(/businessRegistrationNumber|errors/);
    expect(await responseText()).to.match(/"businessRegistrationNumber":\s*"\d{3}-\d{2}-\d{5}"/);
    expect(blocked).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it("serves its files with their content types and a policy that allows no inline script and no other origin", async () => {
    const html = await fetch(`${origin()}/explorer`);
    expect(html.headers.get("content-type")).to.match(/^text\/html/);
    const policy = html.headers.get("content-security-policy") ?? "";
    expect(policy).to.include("script-src 'self'");
    expect(policy).to.not.match(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
    expect(policy).to.include("connect-src 'self'");
    expect(policy).to.include("frame-ancestors 'none'");
    expect(html.headers.get("x-content-type-options")).to.equal("nosniff");
    expect(await html.text()).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = await fetch(`${origin()}/explorer/assets/app.js`);
    expect(script.headers.get("content-type")).to.match(/^text\/javascript/);
    const styles = await fetch(`${origin()}/explorer/assets/app.css`);
    expect(styles.headers.get("content-type")).to.match(/^text\/css/);
    const missing = await fetch(`${origin()}/explorer/assets/nothing.js`);
    expect(missing.status).to.equal(404);
    const operations = (await (await fetch(`${origin()}/explorer/operations.json`)).json()) as Array<{ name: string }>;
    expect(operations.map(({ name }) => name).slice(0, 4)).to.deep.equal([
      "ProgramFigures",
      "LeadBuyer",
      "ProductPage",
      "LeadBuyerDashboard",
    ]);
  });
});
