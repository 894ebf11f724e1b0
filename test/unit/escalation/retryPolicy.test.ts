import { DEFAULT_RETRY, retryDelayMs } from '../../../src/escalation/retryPolicy';

describe('delivery retry delays', () => {
  it('grow exponentially with jitter between half and all of the ceiling', () => {
    expect(retryDelayMs(1, DEFAULT_RETRY, () => 0)).toBe(250);
    expect(retryDelayMs(1, DEFAULT_RETRY, () => 1)).toBe(500);
    expect(retryDelayMs(4, DEFAULT_RETRY, () => 1)).toBe(4000);
  });

  it('never exceed the maximum, and never come sooner than Retry-After', () => {
    expect(retryDelayMs(30, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.maxMs);
    expect(retryDelayMs(1, DEFAULT_RETRY, () => 0, 7000)).toBe(7000);
  });
});
