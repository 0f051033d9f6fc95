import { pino } from "pino";
import { readSubgraphConfig } from "../../lib/subgraph/subgraph-config.js";
import { createSubgraph, type Subgraph } from "../../lib/subgraph/subgraph-main.js";
import type { SubgraphName } from "../../lib/runtime/subgraph-names.js";
import { readConfig } from "../../gateway/src/config.js";
import { createGatewayService } from "../../gateway/src/server.js";
import { serviceDatabaseUrl } from "../../scripts/lib/database-roles.js";
import { freePort } from "../../scripts/lib/free-port.js";
import { subgraphOwnEnvironment, urlEnvironment, waitUntilReady } from "../../scripts/lib/graph-processes.js";
import { UNREACHED_RATE_LIMITS } from "../../scripts/lib/rate-limit-env.js";
import { serviceEnvironment } from "../../scripts/lib/service-environment.js";
import { subgraphModules } from "../../scripts/lib/subgraph-modules.js";
import { testGraph } from "./graph.js";

/**
 * A variant gateway built in this process from a config object, where a test needs other settings than
 * the test graph's gateway: the same environment a gateway process would get from
 * scripts/lib/graph-processes.ts startGatewayProcess (this run's secrets, as far as the gateway may see
 * them, rate limits out of reach unless `env` sets them, `env` on top), read by the gateway's own
 * readConfig, and ready when its /ready answers 200. No process is spawned: what must be a process (a
 * refusal to start and its exit, SIGTERM, SIGSTOP, the process environment) stays one.
 *
 * The logs go nowhere unless TEST_SERVICE_LOGS names a level.
 */
export interface InProcessGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The environment a gateway process would get from graph-processes.ts: this run's secrets as far as the
 * gateway may see them, rate limits out of reach unless `env` sets them, `env` on top, and where the
 * subgraphs answer (the test graph's unless given).
 */
export function gatewayEnvironment(
  options: { env?: NodeJS.ProcessEnv; subgraphUrls?: Record<SubgraphName, string>; port?: number } = {},
): NodeJS.ProcessEnv {
  return {
    ...serviceEnvironment("gateway", { ...UNREACHED_RATE_LIMITS, ...options.env }),
    ...urlEnvironment(options.subgraphUrls ?? testGraph().subgraphUrls),
    GATEWAY_PORT: String(options.port ?? 0),
  };
}

/**
 * The environment a subgraph process would get from graph-processes.ts (its own role on the test
 * database, already migrated; `env` filtered for it), listening on `port`.
 */
export function subgraphEnvironment(
  name: SubgraphName,
  port: number,
  env: NodeJS.ProcessEnv,
  subgraphUrls: Record<SubgraphName, string> = testGraph().subgraphUrls,
): NodeJS.ProcessEnv {
  const own = subgraphOwnEnvironment(name, port, serviceDatabaseUrl(testGraph().databaseUrl, name), subgraphUrls);
  return { ...serviceEnvironment(name, env), ...own };
}

export async function startGatewayInProcess(
  options: { env?: NodeJS.ProcessEnv; subgraphUrls?: Record<SubgraphName, string>; port?: number; readyTimeoutMs?: number } = {},
): Promise<InProcessGateway> {
  const service = createGatewayService(readConfig(gatewayEnvironment(options)), logger("gateway"));
  let port: number;
  try {
    port = await service.start();
    await waitUntilReady("in-process gateway", undefined, `http://localhost:${port}/ready`, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { url: `http://localhost:${port}/graphql`, port, stop: () => service.stop() };
}

/**
 * A whole variant graph in this process, on the test graph's database (each subgraph with its own role,
 * migrated already): the four subgraphs and a gateway, each configured as graph-processes.ts would start
 * its process, `env` on top (e.g. a row budget, demand control off).
 */
export async function startGraphInProcess(env: NodeJS.ProcessEnv): Promise<{ gatewayUrl: string; stop(): Promise<void> }> {
  const ports = new Map(await Promise.all(subgraphModules.map(async (module) => [module.name, await freePort()] as const)));
  const subgraphUrls = Object.fromEntries([...ports].map(([name, port]) => [name, `http://localhost:${port}/graphql`])) as Record<
    SubgraphName,
    string
  >;
  const subgraphs: Subgraph[] = [];
  const stopSubgraphs = async () => {
    await Promise.all(subgraphs.map(({ service }) => service.stop()));
    await Promise.all(subgraphs.map(({ db }) => (db.isInitialized ? db.destroy() : undefined)));
  };
  try {
    for (const module of subgraphModules) {
      const config = readSubgraphConfig(subgraphEnvironment(module.name, ports.get(module.name)!, env, subgraphUrls), module);
      const subgraph = createSubgraph(module, config, logger(module.name));
      subgraphs.push(subgraph);
      await subgraph.db.initialize();
      await subgraph.service.start(config.port, config.host);
    }
    const gateway = await startGatewayInProcess({ env, subgraphUrls });
    return {
      gatewayUrl: gateway.url,
      stop: async () => {
        await gateway.stop();
        await stopSubgraphs();
      },
    };
  } catch (error) {
    await stopSubgraphs();
    throw error;
  }
}

const logger = (name: string) => pino({ name, level: process.env.TEST_SERVICE_LOGS ?? "silent" });
