import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { assetsByName, type BrowserAsset } from "../browser-bundle.js";

/**
 * The browser page of gateway/explorer-app, from the project's own node_modules (GraphiQL, React,
 * Monaco): no CDN, so it works on a network with no internet. (The compiled service tree links the
 * folder beside its own `src`, scripts/lib/compiled-services.ts, so this path holds there too.)
 */
const APP_DIR = fileURLToPath(new URL("../../explorer-app/", import.meta.url));

/**
 * Bundles the page and Monaco's three web workers with esbuild, in memory (a few seconds; the gateway
 * does it once, on the first request for the explorer). Files are keyed by their name under
 * /explorer/assets/.
 */
export async function buildExplorerBundle(): Promise<Map<string, BrowserAsset>> {
  const require = createRequire(path.join(APP_DIR, "app.tsx"));
  const outdir = path.join(APP_DIR, "out");
  const result = await build({
    entryPoints: {
      app: path.join(APP_DIR, "app.tsx"),
      "editor.worker": require.resolve("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": require.resolve("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": require.resolve("monaco-graphql/esm/graphql.worker.js"),
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    minify: true,
    legalComments: "linked",
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
    assetNames: "[name]-[hash]",
    publicPath: "/explorer/assets/",
    outdir,
    write: false,
    logLevel: "silent",
  });
  return assetsByName(result.outputFiles, outdir);
}
