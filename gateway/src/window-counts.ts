/**
 * Fixed-window counts kept in this process: what one replica counts alone (no Redis configured), and
 * what it falls back to while Redis cannot be reached. A charge over what is left is refused and not
 * counted. Windows start at a key's first charge; finished windows are swept once a window.
 */
export interface Standing {
  allowed: boolean;
  limit: number;
  /** What is left in this window after this charge (before it, when refused). */
  remaining: number;
  /** Until the window starts afresh. */
  resetMs: number;
}

interface Window {
  used: number;
  endsAt: number;
}

export class WindowCounts {
  private readonly windows = new Map<string, Window>();
  private lastSweep = Date.now();

  constructor(private readonly windowMs: number) {}

  charge(key: string, points: number, limit: number): Standing {
    const now = Date.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { used: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    const allowed = window.used + points <= limit;
    if (allowed) window.used += points;
    return { allowed, limit, remaining: Math.max(0, limit - window.used), resetMs: window.endsAt - now };
  }

  private sweep(now: number) {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
