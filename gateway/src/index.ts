import { createLogger } from "../../lib/logger.js";
import { readConfig } from "./config.js";
import { createGatewayService } from "./server.js";

const config = readConfig();
const logger = createLogger("gateway");
const service = createGatewayService(config, logger);
const port = await service.start();
logger.info({ port, url: `http://localhost:${port}/graphql` }, "gateway ready");

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  await service.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
