import { readSubgraphConfig } from "../../../lib/service-config.js";

export const SUBGRAPH_NAME = "institutions";
export const DEFAULT_PORT = 4002;

export const readConfig = () => readSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT);
