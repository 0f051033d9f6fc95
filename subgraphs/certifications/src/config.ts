import { readSubgraphConfig } from "../../../lib/service-config.js";

export const SUBGRAPH_NAME = "certifications";
export const DEFAULT_PORT = 4003;

export const readConfig = () => readSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT);
