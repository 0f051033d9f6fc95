import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { EXPLORER_PATH } from "./routes.js";

const EXPLORER_LINK = `<p>The offline explorer needs no internet: <a id="offline-explorer" href="${EXPLORER_PATH}">open it at ${EXPLORER_PATH}</a>.</p>`;

/**
 * Apollo's page with the link added to the part it shows when Sandbox cannot load (the first `fallback`
 * block). Sandbox's container covers the whole window even when its script never loaded; while it is
 * empty it is hidden, so the link can be clicked (in the page's own style block, which its CSP allows).
 */
export function withExplorerLink(html: string): string {
  return html
    .replace(/(<div class="fallback">[\s\S]*?)(<\/div>)/, `$1  ${EXPLORER_LINK}\n$2`)
    .replace(/(<style nonce=[^>]*>)/, "$1\n  #embeddableSandbox:empty { display: none; }");
}

/**
 * Apollo Sandbox stays the landing page at /graphql when the browser can reach Apollo's CDN; when it
 * cannot (no internet, a separated network), the page's fallback links to the offline explorer.
 */
export function landingPageWithExplorerLink(): ApolloServerPlugin {
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: true });
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          return { html: async () => withExplorerLink(typeof page.html === "string" ? page.html : await page.html()) };
        },
      };
    },
  };
}
