/**
 * What tells the dashboard to ask the graph again. Until the gateway offers subscriptions it polls: every
 * `seconds` after the previous answer (never two requests at once), and at once when the tab becomes
 * visible again; nothing while it is hidden.
 *
 * The seam for live updates: a `subscriptionUpdates` source, opening a graphql-ws connection to the same
 * origin (the Content-Security-Policy's `connect-src 'self'` already allows it) and calling `refresh` on
 * each change event (e.g. a recorded purchase), implements the same `UpdateSource`; main.ts picks it
 * instead of polling, keeping a slow poll as a fallback while the socket is down.
 */
export interface UpdateSource {
  /** Starts asking again whenever something may have changed; returns a function that stops it. */
  start(refresh: () => Promise<void>): () => void;
}

export function pollingUpdates(seconds: number): UpdateSource {
  return {
    start(refresh) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const schedule = () => {
        if (!stopped) timer = setTimeout(tick, seconds * 1000);
      };
      const tick = async () => {
        timer = undefined;
        if (document.visibilityState === "hidden") return;
        await refresh();
        schedule();
      };
      const onVisible = () => {
        if (document.visibilityState === "visible" && timer === undefined && !stopped) void tick();
      };
      document.addEventListener("visibilitychange", onVisible);
      schedule();
      return () => {
        stopped = true;
        clearTimeout(timer);
        document.removeEventListener("visibilitychange", onVisible);
      };
    },
  };
}
