import CircuitBreaker from "opossum";
import type { Logger } from "pino";
import { Gauge, type Registry } from "prom-client";
import { readBoolean, readInteger, type Environment } from "../../lib/runtime/config.js";

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
  /**
   * Fetches within the window (10 s, or twice the fetch deadline if that is longer) before the breaker may
   * open (GATEWAY_CIRCUIT_BREAKER_MIN_REQUESTS, default 10). Every caller's fetch counts, also one that
   * joined an identical fetch already in flight (subgraph-fetcher.ts).
   */
  volumeThreshold: number;
  /** Share of failed fetches in the window that opens it (GATEWAY_CIRCUIT_BREAKER_ERROR_PERCENT, default 50). */
  errorThresholdPercentage: number;
  /** How long it stays open before one trial fetch (GATEWAY_CIRCUIT_BREAKER_RESET_MS, default 5000). */
  resetTimeoutMs: number;
}

export function readCircuitBreakerConfig(env: Environment): CircuitBreakerConfig {
  return {
    enabled: readBoolean(env, "GATEWAY_CIRCUIT_BREAKER", true),
    volumeThreshold: readInteger(env, "GATEWAY_CIRCUIT_BREAKER_MIN_REQUESTS", 10, { min: 1, max: 100_000 }),
    errorThresholdPercentage: readInteger(env, "GATEWAY_CIRCUIT_BREAKER_ERROR_PERCENT", 50, { min: 1, max: 100 }),
    resetTimeoutMs: readInteger(env, "GATEWAY_CIRCUIT_BREAKER_RESET_MS", 5000, { min: 100, max: 600_000 }),
  };
}

/** Runs one subgraph call through its breaker; rejects with an open-circuit error while it is open. */
export type SubgraphGuard = <T>(call: () => Promise<T>) => Promise<T>;

/** A breaker's state as the `gateway_circuit_breaker_state` gauge shows it. */
export const BREAKER_STATE = { closed: 0, halfOpen: 1, open: 2 } as const;

export interface SubgraphBreakers {
  guard(subgraph: string): SubgraphGuard;
  /** Each subgraph's breaker state (BREAKER_STATE), for /metrics. */
  states(): Array<[subgraph: string, state: number]>;
  shutdown(): void;
}

/** True for the refusal of an open breaker (the call was not made). */
export const isOpenCircuit = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === "EOPENBREAKER";

/**
 * `fetchTimeoutMs` is the deadline of one fetch. A failure is counted when its deadline passes, against the
 * fetches fired within the rolling window; a window shorter than the deadline would have forgotten the
 * fetch by the time it failed, so a burst of callers that all time out (the frozen subgraph) would find
 * fewer fetches in the window than volumeThreshold and not open it. The window is at least twice the deadline.
 */
export function createSubgraphBreakers(config: CircuitBreakerConfig, fetchTimeoutMs: number, logger?: Logger): SubgraphBreakers {
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
        rollingCountTimeout: Math.max(10_000, 2 * fetchTimeoutMs),
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
    states: () =>
      [...breakers].map(([subgraph, breaker]) => [
        subgraph,
        breaker.opened ? BREAKER_STATE.open : breaker.halfOpen ? BREAKER_STATE.halfOpen : BREAKER_STATE.closed,
      ]),
    shutdown() {
      for (const breaker of breakers.values()) breaker.shutdown();
    },
  };
}

/** `gateway_circuit_breaker_state{subgraph}` on /metrics: 0 closed, 1 half-open (one trial fetch), 2 open. */
export function registerBreakerGauge(registry: Registry, states: () => Array<[string, number]>): void {
  new Gauge({
    name: "gateway_circuit_breaker_state",
    help: "Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open (failing fast)",
    labelNames: ["subgraph"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [subgraph, state] of states()) this.set({ subgraph }, state);
    },
  });
}
