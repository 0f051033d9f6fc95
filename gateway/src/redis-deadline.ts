/**
 * A deadline for Redis commands with one timer per client rather than one per command. node-redis
 * would arm an `AbortSignal.timeout` for every command (kept alive until it fires, whether the command
 * answered or not), and a `setTimeout` per command costs about as much; at a thousand cached answers a
 * second that is tens of thousands of live timers. Here each pending command is one entry in a set,
 * oldest first, and a single timer, running only while something is pending, rejects the commands
 * older than the deadline. A command is failed between `timeoutMs` and 1.25 × `timeoutMs` after it
 * was sent; its own answer, if it comes later, is ignored.
 */
export type Deadline = <T>(command: Promise<T>) => Promise<T>;

export class RedisDeadlineExceeded extends Error {
  constructor(timeoutMs: number) {
    super(`Redis did not answer within ${timeoutMs} ms`);
  }
}

interface Pending {
  sentAt: number;
  reject(error: Error): void;
}

export function createDeadline(timeoutMs: number): Deadline {
  const pending = new Set<Pending>();
  let sweeper: NodeJS.Timeout | undefined;

  const sweep = () => {
    const now = performance.now();
    // Every entry has the same deadline, so the set's insertion order is the order they expire in.
    for (const entry of pending) {
      if (now - entry.sentAt < timeoutMs) break;
      pending.delete(entry);
      entry.reject(new RedisDeadlineExceeded(timeoutMs));
    }
    if (!pending.size) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };

  return <T>(command: Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const entry: Pending = { sentAt: performance.now(), reject };
      pending.add(entry);
      if (!sweeper) sweeper = setInterval(sweep, Math.max(1, Math.ceil(timeoutMs / 4))).unref();
      command.then(
        (value) => {
          pending.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          pending.delete(entry);
          reject(error as Error);
        },
      );
    });
}
