import CircuitBreaker from "opossum";
import type { Logger } from "pino";
import { readBoolean, readInteger } from "../../lib/config.js";

/**
 * A circuit breaker per subgraph (opossum): when most of a subgraph's recent fetches failed (no answer in
 * time, connection refused, or a 5xx), the gateway stops calling it for a while and fails those fetches at
 * once, so a failing subgraph is not hammered and callers do not each wait for the timeout. After the
 * pause one fetch is let through; if it succeeds the subgraph is called normally again. Nothing is ever
 * retried (a mutation must not run twice), only refused early.
 */
export interface CircuitBreakerConfig {
  /** GATEWAY_CIRCUIT_BREAKER (default true). */
  enabled: boolean;
  /** Fetches within the 10 s window before the breaker may open (GATEWAY_CIRCUIT_BREAKER_MIN_REQUESTS, default 10). */
  volumeThreshold: number;
  /** Share of failed fetches in the window that opens it (GATEWAY_CIRCUIT_BREAKER_ERROR_PERCENT, default 50). */
  errorThresholdPercentage: number;
  /** How long it stays open before one trial fetch (GATEWAY_CIRCUIT_BREAKER_RESET_MS, default 5000). */
  resetTimeoutMs: number;
}

export function readCircuitBreakerConfig(): CircuitBreakerConfig {
  return {
    enabled: readBoolean("GATEWAY_CIRCUIT_BREAKER", true),
    volumeThreshold: readInteger("GATEWAY_CIRCUIT_BREAKER_MIN_REQUESTS", 10, { min: 1, max: 100_000 }),
    errorThresholdPercentage: readInteger("GATEWAY_CIRCUIT_BREAKER_ERROR_PERCENT", 50, { min: 1, max: 100 }),
    resetTimeoutMs: readInteger("GATEWAY_CIRCUIT_BREAKER_RESET_MS", 5000, { min: 100, max: 600_000 }),
  };
}

/** Runs one subgraph call through its breaker; rejects with an open-circuit error while it is open. */
export type SubgraphGuard = <T>(call: () => Promise<T>) => Promise<T>;

export interface SubgraphBreakers {
  guard(subgraph: string): SubgraphGuard;
  shutdown(): void;
}

/** True for the refusal of an open breaker (the call was not made). */
export const isOpenCircuit = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === "EOPENBREAKER";

export function createSubgraphBreakers(config: CircuitBreakerConfig, logger?: Logger): SubgraphBreakers {
  const breakers = new Map<string, CircuitBreaker<[() => Promise<unknown>], unknown>>();
  const unguarded: SubgraphGuard = (call) => call();

  const breakerFor = (subgraph: string) => {
    let breaker = breakers.get(subgraph);
    if (!breaker) {
      breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
        // The fetch carries its own deadline (an AbortSignal that also cancels the request).
        timeout: false,
        volumeThreshold: config.volumeThreshold,
        errorThresholdPercentage: config.errorThresholdPercentage,
        resetTimeout: config.resetTimeoutMs,
        name: subgraph,
      });
      breaker.on("open", () => logger?.warn({ subgraph }, "circuit opened: failing fast for this subgraph"));
      breaker.on("close", () => logger?.info({ subgraph }, "circuit closed: this subgraph answers again"));
      breakers.set(subgraph, breaker);
    }
    return breaker;
  };

  return {
    guard(subgraph) {
      if (!config.enabled) return unguarded;
      const breaker = breakerFor(subgraph);
      return <T>(call: () => Promise<T>) => breaker.fire(call) as Promise<T>;
    },
    shutdown() {
      for (const breaker of breakers.values()) breaker.shutdown();
    },
  };
}
