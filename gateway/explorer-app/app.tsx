/**
 * The offline explorer's page: GraphiQL from the project's own node_modules, bundled by the gateway with
 * esbuild (gateway/src/explorer/bundle.ts); nothing is loaded from a CDN. The README's example operations
 * (schema/operations/*.graphql, served as /explorer/operations.json) open as tabs.
 */
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";
import "./explorer.css";

/** One preloaded tab, as gateway/src/explorer/operations.ts serves it. */
interface ExampleOperation {
  name: string;
  query: string;
  variables?: string;
}

// Monaco's editors run their language services in web workers, bundled beside this page.
const workers: Record<string, string> = { json: "json.worker.js", graphql: "graphql.worker.js" };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => new Worker(`/explorer/assets/${workers[label] ?? "editor.worker.js"}`, { type: "module" }),
};

/** The GraphQL endpoint beside this page (/explorer → /graphql), wherever the gateway is mounted. */
const endpoint = new URL("../graphql", new URL("./", window.location.href)).pathname;

async function start(): Promise<void> {
  const root = document.getElementById("explorer");
  if (!root) return;
  const response = await fetch("/explorer/operations.json");
  const operations = response.ok ? ((await response.json()) as ExampleOperation[]) : [];
  createRoot(root).render(
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: endpoint })}
      defaultTabs={operations.map(({ query, variables }) => ({ query, variables }))}
      defaultEditorToolsVisibility={true}
      shouldPersistHeaders={false}
    />,
  );
}

void start();
