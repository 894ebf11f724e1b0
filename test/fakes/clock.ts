/** A clock that moves only when a test moves it: deadlines are tested without waiting. */
export class FakeClock {
  constructor(private nowMs: number = Date.parse('2026-03-02T10:00:00.000Z')) {}

  now = (): number => this.nowMs;

  date = (): Date => new Date(this.nowMs);

  advance(ms: number): void {
    this.nowMs += ms;
  }
}
