import type { Caller, Role } from "../../lib/access/access.js";
import type { Standing } from "./rate-limit-store.js";

/** What every gateway plugin and data source sees of a request; its own module, so they import it from below server.ts. */
export interface GatewayContext {
  caller: Caller;
  /**
   * Demand control's view of this request: the estimated cost is set while the operation is resolved
   * (before any subgraph is called), the actual cost once the answer is known. The rate limiter charges
   * the estimate against the caller's cost budget.
   */
  demand?: { estimatedCost: number; actualCost?: number };
  /** Whom the rate limits count this request for (rate-limits.ts); absent when they are off. */
  rateLimit?: CountedCaller;
}

/** Whom the rate limits (rate-limits.ts) count a request for. */
export interface CountedCaller {
  role: Role;
  key: string;
  /** The request budget's standing after this request. */
  requests: Standing;
}
