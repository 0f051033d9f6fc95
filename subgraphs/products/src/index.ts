import { runSubgraph } from "../../../lib/subgraph-main.js";
import { products } from "./subgraph.js";

await runSubgraph(products);
