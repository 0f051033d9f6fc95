import { readConfigOrExit } from "../../lib/runtime/config.js";
import { createLogger } from "../../lib/runtime/logger.js";
import { stopOnTerminationSignals } from "../../lib/runtime/termination.js";
import { readConfig } from "./config.js";
import { createGatewayService } from "./server.js";

// The gateway's entry: the one place its settings are read (config.ts); everything below gets them passed.
const config = readConfigOrExit("gateway", () => readConfig(process.env));
const logger = createLogger("gateway", config.logLevel);
const service = createGatewayService(config, logger);
const port = await service.start();
logger.info({ port, url: `http://localhost:${port}/graphql` }, "gateway ready");
stopOnTerminationSignals(logger, () => service.stop());
