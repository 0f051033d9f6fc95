import { readConfigOrExit } from "../../lib/runtime/config.js";
import { createLogger } from "../../lib/runtime/logger.js";
import { stopOnTerminationSignals } from "../../lib/runtime/termination.js";
import { startTracing } from "../../lib/runtime/tracing.js";
import { readConfig } from "./config.js";
import { createGatewayService } from "./server.js";

// The gateway's entry: the one place its settings are read (config.ts); everything below gets them passed.
const config = readConfigOrExit("gateway", () => readConfig(process.env));
// Before anything is built: the services check whether tracing is on as they are made.
const tracing = await startTracing(config.tracing);
const logger = createLogger("gateway", config.logLevel, tracing.enabled);
const service = createGatewayService(config, logger);
const port = await service.start();
logger.info({ port, url: `http://localhost:${port}/graphql`, tracing: tracing.enabled }, "gateway ready");
stopOnTerminationSignals(logger, async () => {
  await service.stop();
  await tracing.stop();
});
