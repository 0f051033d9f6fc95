/**
 * Deadlines with one timer for many operations rather than one per operation. An `AbortSignal.timeout`
 * (what node-redis arms for every command, and what a fetch deadline usually is) stays alive until it
 * fires, whether its operation finished or not, and a `setTimeout` per operation costs about as much: at a
 * thousand requests a second, each with a few Redis commands or subgraph fetches, that is tens of
 * thousands of live timers. Here each operation under way is one entry in a set, oldest first, and a single
 * timer, running only while something is under way, expires the entries older than the deadline: an
 * operation expires between `timeoutMs` and `timeoutMs` plus a tenth of it (at most 100 ms more).
 */
export interface DeadlineSweeper {
  /** Calls `expire` once `timeoutMs` have passed, unless the function it returns is called first (the operation ended). */
  track(expire: () => void): () => void;
}

interface Entry {
  startedAt: number;
  expire(): void;
}

export function createDeadlineSweeper(timeoutMs: number): DeadlineSweeper {
  const entries = new Set<Entry>();
  let sweeper: NodeJS.Timeout | undefined;
  const interval = Math.max(1, Math.min(100, Math.ceil(timeoutMs / 10)));

  const sweep = () => {
    const now = performance.now();
    // Every entry has the same deadline, so the set's insertion order is the order they expire in.
    for (const entry of entries) {
      if (now - entry.startedAt < timeoutMs) break;
      entries.delete(entry);
      entry.expire();
    }
    if (!entries.size) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };

  return {
    track(expire) {
      const entry: Entry = { startedAt: performance.now(), expire };
      entries.add(entry);
      if (!sweeper) sweeper = setInterval(sweep, interval).unref();
      return () => entries.delete(entry);
    },
  };
}

/** A deadline on promises (Redis commands): the command's answer, or a rejection once it is too late. */
export type Deadline = <T>(command: Promise<T>) => Promise<T>;

export class DeadlineExceeded extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

export function createDeadline(timeoutMs: number): Deadline {
  const sweeper = createDeadlineSweeper(timeoutMs);
  return <T>(command: Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const ended = sweeper.track(() => reject(new DeadlineExceeded(timeoutMs)));
      command.then(
        (value) => {
          ended();
          resolve(value);
        },
        (error: unknown) => {
          ended();
          reject(error as Error);
        },
      );
    });
}
