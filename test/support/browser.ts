import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Chromium from the Debian package `chromium` (/usr/bin/chromium; `.ci/run` installs it), driven by
 * playwright-core: headless, with everything that would reach out to the internet by itself turned off,
 * so a test sees only what the page asks for. Each launch gets a fresh profile: Playwright passes
 * Chromium a `--user-data-dir` of its own, a new temporary folder it removes on close (it refuses one
 * given in `args` to `launch`).
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Where a failing browser test leaves its screenshot (git-ignored). */
export const SCREENSHOT_DIRECTORY = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Aborts every request the page makes outside localhost (as on a network with no internet) and records
 * it, so a test can also assert that nothing tried.
 */
export async function blockNonLocalRequests(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const local = LOCAL_HOSTS.has(url.hostname) || url.protocol === "data:" || url.protocol === "blob:";
    if (local) return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  return blocked;
}

/**
 * For a mocha `afterEach`: when the test failed, a full-page screenshot of `page` goes to
 * test-results/screenshots/<test title>.png.
 */
export async function screenshotOnFailure(test: Mocha.Test | undefined, page: Page | undefined): Promise<string | undefined> {
  if (!test || !page || test.state !== "failed") return undefined;
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  const file = path.join(
    SCREENSHOT_DIRECTORY,
    `${test
      .fullTitle()
      .replace(/[^\w.-]+/g, "-")
      .slice(0, 150)}.png`,
  );
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}
