import { runSubgraph } from "../../../lib/subgraph/subgraph-main.js";
import { products } from "./subgraph.js";

await runSubgraph(products);
