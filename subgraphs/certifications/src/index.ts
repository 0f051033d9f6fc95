import { runSubgraph } from "../../../lib/subgraph/subgraph-main.js";
import { certifications } from "./subgraph.js";

await runSubgraph(certifications);
