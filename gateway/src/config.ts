import { fileURLToPath } from "node:url";
import { isProduction, readInteger, readOptionalString, readString } from "../../lib/config.js";
import { SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphName } from "../../lib/composition.js";

export interface GatewayConfig {
  host: string;
  port: number;
  /** The composed supergraph the gateway serves (schema/supergraph.graphql). */
  supergraphPath: string;
  /** Where each subgraph answers; defaults to the routing URLs in the supergraph (localhost:4001–4004). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  introspection: boolean;
}

export function readConfig(): GatewayConfig {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const { name } of SUBGRAPHS) {
    const url = readOptionalString(`${name.toUpperCase()}_URL`);
    if (url) subgraphUrls[name] = url;
  }
  return {
    host: readString("GATEWAY_HOST", readString("HOST", "0.0.0.0")),
    port: readInteger("GATEWAY_PORT", 4000, { min: 0, max: 65535 }),
    supergraphPath: readString("SUPERGRAPH_PATH", fileURLToPath(SUPERGRAPH_PATH)),
    subgraphUrls,
    introspection: !isProduction(),
  };
}
