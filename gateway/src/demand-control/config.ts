import { readBoolean, readInteger, type Environment } from "../../../lib/runtime/config.js";

/**
 * Demand control at the gateway (GATEWAY_DEMAND_CONTROL, default true): every operation's cost is
 * estimated before any subgraph is called and refused above GATEWAY_MAX_COST; the actual cost of every
 * answer is measured. Off, neither happens (the benchmark compares both), and the rate limiter sees no
 * estimate.
 */
export interface DemandControlConfig {
  enabled: boolean;
  /**
   * The most an operation may cost (GATEWAY_MAX_COST, default 10000). The README's lead-buyer dashboard
   * costs 2,061 (5,561 with 50 meetings per buyer, as test/support/screens.ts asks), its product page 108, 100 products with every part of them 7,101; the nested query
   * of issue #10 (institutions × purchases × purchases, 100 each) 2,030,201.
   */
  maxCost: number;
}

/** Items counted for a list whose size the SDL does not declare: the subgraphs' largest page (MAX_PAGE_SIZE's default). */
export const DEFAULT_LIST_SIZE = 100;

export function readDemandControlConfig(env: Environment): DemandControlConfig {
  return {
    enabled: readBoolean(env, "GATEWAY_DEMAND_CONTROL", true),
    maxCost: readInteger(env, "GATEWAY_MAX_COST", 10_000, { min: 1, max: 10_000_000 }),
  };
}
