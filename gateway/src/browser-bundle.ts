import path from "node:path";
import type { OutputFile } from "esbuild";

/**
 * What the explorer and the dashboard share: browser code bundled in memory by esbuild from our own
 * node_modules (nothing written, nothing from a CDN), built once per mount on its first request.
 */

/** One file of a bundle, as the gateway serves it from memory. */
export interface BrowserAsset {
  contents: Uint8Array;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** esbuild's output files (`write: false`), keyed by their path under `outdir`, each with its content type. */
export function assetsByName(outputFiles: readonly OutputFile[], outdir: string): Map<string, BrowserAsset> {
  const assets = new Map<string, BrowserAsset>();
  for (const file of outputFiles) {
    const name = path.relative(outdir, file.path);
    assets.set(name, { contents: file.contents, contentType: CONTENT_TYPES[path.extname(name)] ?? "application/octet-stream" });
  }
  return assets;
}

/** `build` run once, on the first call; a build that failed is tried again on the next call. */
export function builtOnFirstRequest<T>(build: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () =>
    (built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    }));
}
