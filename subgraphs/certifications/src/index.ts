import { runSubgraph } from "../../../lib/subgraph-main.js";
import { readConfig } from "./config.js";
import { createDataSource } from "./data-source.js";
import { createCertificationsService } from "./server.js";

await runSubgraph({ readConfig, createDataSource, createService: createCertificationsService });
