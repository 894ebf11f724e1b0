/** The token endpoint's limiter: a fixed window per client address, bounded in memory. */
import { FixedWindowRateLimiter } from '../../../src/channel/webchat/rateLimiter';

describe('FixedWindowRateLimiter', () => {
  it('allows the limit in a window, refuses the next with the seconds left, and resets after the window', () => {
    const limiter = new FixedWindowRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map((i) => limiter.take('203.0.113.5', t0 + i - 1).allowed)).toEqual([true, true, true]);
    expect(limiter.take('203.0.113.5', t0 + 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.take('203.0.113.6', t0 + 20_000).allowed).toBe(true);
    expect(limiter.take('203.0.113.5', t0 + 60_000).allowed).toBe(true);
  });

  it('forgets expired windows and never holds more than maxKeys addresses', () => {
    const limiter = new FixedWindowRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`198.51.100.${i}`, 5000);
    expect(limiter.size).toBe(100);
    limiter.take('203.0.113.9', 7000);
    expect(limiter.size).toBe(1);
  });
});
