import { runSubgraph } from "../../../lib/subgraph/subgraph-main.js";
import { exhibitions } from "./subgraph.js";

await runSubgraph(exhibitions);
