import { runSubgraph } from "../../../lib/subgraph-main.js";
import { institutions } from "./subgraph.js";

await runSubgraph(institutions);
