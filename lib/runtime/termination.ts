import type { Logger } from "pino";

/**
 * How every service process ends: on SIGTERM or SIGINT it stops taking requests, finishes those in
 * flight, releases what it holds (`stop`), and exits 0. A second signal during the stop is ignored, so
 * the stop runs once. Apollo Server's own signal handlers stay off (`stopOnTerminationSignals: false`):
 * they would stop each server a second time, concurrently, and a second stop() during the first waits
 * forever in @apollo/server 5, so the process would never exit.
 */
export function stopOnTerminationSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await stop();
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void onSignal(signal));
}
