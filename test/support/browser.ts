import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Headless Chromium for browser tests: Debian's `chromium` package (/usr/bin/chromium; CHROMIUM_PATH to
 * use another), driven by playwright-core. Playwright gives every launch a fresh, empty profile
 * (--user-data-dir in a temporary folder, removed on close); the flags keep Chromium from calling home,
 * which this machine's closed network would refuse.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Aborts every request the page makes to anywhere but this machine (a CDN, a font service), as on a
 * separated network. Returns the list of what was blocked, filled as the page runs, for a test to assert
 * it stays empty.
 */
export async function blockNonLocalRequests(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === "data:" || url.protocol === "blob:" || LOCAL_HOSTS.has(url.hostname);
    if (local) return route.continue();
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  return blocked;
}

/** Where screenshots of failed browser tests go (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

/**
 * For an afterEach hook: when the test that just ran failed, saves a full-page screenshot of `page`
 * to test-results/screenshots/, named after the test, and says where in the test's output.
 */
export async function screenshotOnFailure(test: Mocha.Test | undefined, page: Page | undefined): Promise<string | undefined> {
  if (!test || test.state !== "failed" || !page || page.isClosed()) return undefined;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const name = test
    .fullTitle()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .slice(0, 120);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  console.log(`      screenshot of the failed test: ${path.relative(process.cwd(), file)}`);
  return file;
}
