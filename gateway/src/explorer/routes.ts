import type { Express, Request, Response } from "express";
import type { Logger } from "pino";
import { buildExplorerBundle } from "./bundle.js";
import { builtOnFirstRequest, type BrowserAsset } from "../browser-bundle.js";
import { readExampleOperations, type ExampleOperation } from "./operations.js";

export const EXPLORER_PATH = "/explorer";

/**
 * Everything the page loads comes from the gateway itself: no inline script, no other origin. Styles
 * allow 'unsafe-inline' because Monaco and GraphiQL's dialogs write <style> elements at run time.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Explorer · Innovation Procurement Graph</title>
    <link rel="stylesheet" href="${EXPLORER_PATH}/assets/app.css" />
    <script type="module" src="${EXPLORER_PATH}/assets/app.js"></script>
  </head>
  <body>
    <header class="explorer-help">
      <strong>Innovation Procurement Graph</strong> · offline explorer (GraphiQL). The README's operations are open
      as tabs. To sign in, run <code>npm run token -- administrator</code> (or <code>officer</code>,
      <code>operator</code>, <code>partner</code>) and put <code>{"Authorization": "Bearer &lt;token&gt;"}</code> in
      the Headers tab under the query. With internet, Apollo Sandbox is at <a href="/graphql">/graphql</a>.
    </header>
    <main id="explorer">Loading the explorer…</main>
  </body>
</html>
`;

/**
 * GET /explorer: GraphiQL bundled from the project's own dependencies (built once, on the first request),
 * with the README's operations (`operationsDirectory`, schema/operations) preloaded. Off in production,
 * like Apollo Sandbox: the caller does not mount it there.
 */
export function mountExplorer(app: Express, options: { operationsDirectory: string; logger: Logger }): void {
  const bundle = builtOnFirstRequest(buildExplorerBundle);
  let operations: ExampleOperation[] | undefined;
  const secured = (res: Response) => {
    res.set("content-security-policy", EXPLORER_CONTENT_SECURITY_POLICY);
    res.set("x-content-type-options", "nosniff");
    res.set("cache-control", "no-cache");
  };

  app.get([EXPLORER_PATH, `${EXPLORER_PATH}/`], (_req: Request, res: Response) => {
    secured(res);
    res.type("html").send(PAGE);
  });
  app.get(`${EXPLORER_PATH}/operations.json`, (_req: Request, res: Response) => {
    secured(res);
    operations ??= readExampleOperations(options.operationsDirectory);
    res.json(operations);
  });
  app.get(`${EXPLORER_PATH}/assets/:name`, async (req: Request, res: Response) => {
    secured(res);
    let assets: Map<string, BrowserAsset>;
    try {
      assets = await bundle();
    } catch (error) {
      options.logger.error({ err: error }, "the explorer could not be bundled");
      res.status(500).json({
        errors: [
          { message: "The explorer could not be built; the gateway's log says why.", extensions: { code: "INTERNAL_SERVER_ERROR" } },
        ],
      });
      return;
    }
    const asset = assets.get(String(req.params.name));
    if (!asset) {
      res.status(404).json({ errors: [{ message: `No explorer file ${String(req.params.name)}.`, extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    res.type(asset.contentType).send(Buffer.from(asset.contents));
  });
}
