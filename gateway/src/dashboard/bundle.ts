import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { assetsByName, type BrowserAsset } from "../browser-bundle.js";

/** The dashboard's own folder (dashboard/: index.html, src/). */
export const DASHBOARD_DIR = fileURLToPath(new URL("../../../dashboard/", import.meta.url));

/** What the page tells the dashboard's script (as data attributes: the page runs no inline script). */
export interface DashboardPageSettings {
  pollSeconds: number;
  graphqlPath: string;
}

/** The built dashboard: its page and its assets by file name (hashed, so a file name never changes content). */
export interface DashboardBundle {
  page: string;
  assets: ReadonlyMap<string, BrowserAsset>;
}

export const DASHBOARD_ASSETS_PATH = "/dashboard/assets";

/**
 * Bundles the dashboard with esbuild, in memory, from the project's own dependencies (Chart.js from
 * node_modules): one script and one stylesheet, nothing fetched at run time. Takes a few hundred ms;
 * the endpoint builds it once, on its first request. Nothing generated is written or committed.
 */
export async function buildDashboard(settings: DashboardPageSettings, dir = DASHBOARD_DIR): Promise<DashboardBundle> {
  const { assets, template } = await bundle(dir);
  const named = (extension: string) => {
    const name = [...assets.keys()].find((candidate) => candidate.endsWith(extension));
    if (!name) throw new Error(`The dashboard's build produced no ${extension} file`);
    return `${DASHBOARD_ASSETS_PATH}/${name}`;
  };
  const page = fillTemplate(template, {
    "%SCRIPT%": named(".js"),
    "%STYLESHEET%": named(".css"),
    "%POLL_SECONDS%": String(settings.pollSeconds),
    "%GRAPHQL_PATH%": settings.graphqlPath,
  });
  return { page, assets };
}

async function bundle(dir: string) {
  const result = await build({
    entryPoints: [path.join(dir, "src/main.ts"), path.join(dir, "src/styles.css")],
    entryNames: "[name]-[hash]",
    outdir: path.join(dir, "out"),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const assets = assetsByName(result.outputFiles, path.join(dir, "out"));
  return { assets, template: await readFile(path.join(dir, "index.html"), "utf8") };
}

const escapeAttribute = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/%[A-Z_]+%/g, (placeholder) => {
    const value = values[placeholder];
    if (value === undefined) throw new Error(`dashboard/index.html has an unknown placeholder ${placeholder}`);
    return escapeAttribute(value);
  });
}
