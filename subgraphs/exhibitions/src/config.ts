import { readSubgraphConfig } from "../../../lib/service-config.js";

export const SUBGRAPH_NAME = "exhibitions";
export const DEFAULT_PORT = 4004;

export const readConfig = () => readSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT);
