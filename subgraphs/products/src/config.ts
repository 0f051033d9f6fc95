import { readSubgraphConfig } from "../../../lib/service-config.js";

export const SUBGRAPH_NAME = "products";
export const DEFAULT_PORT = 4001;

export const readConfig = () => readSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT);
