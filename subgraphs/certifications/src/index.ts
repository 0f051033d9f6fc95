import { runSubgraph } from "../../../lib/subgraph-main.js";
import { certifications } from "./subgraph.js";

await runSubgraph(certifications);
