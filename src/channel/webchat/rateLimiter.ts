/**
 * A fixed-window counter per key (a client address). Small and bounded: expired windows are
 * dropped as they are met, and past `maxKeys` the oldest key is forgotten rather than memory grown.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the caller's window resets (for Retry-After). */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}

export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  take(key: string, now: number): RateLimitDecision {
    this.forgetExpired(now);
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= this.options.windowMs) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000));
    return { allowed: window.count <= this.options.limit, retryAfterSeconds };
  }

  get size(): number {
    return this.windows.size;
  }

  private forgetExpired(now: number): void {
    // Keys are kept in the order their window opened, so the expired ones are at the front.
    for (const [key, window] of this.windows) {
      if (now - window.start < this.options.windowMs) break;
      this.windows.delete(key);
    }
  }
}
