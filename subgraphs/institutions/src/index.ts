import { runSubgraph } from "../../../lib/subgraph/subgraph-main.js";
import { institutions } from "./subgraph.js";

await runSubgraph(institutions);
