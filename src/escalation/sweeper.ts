/**
 * The sweeper: on a timer, asks the store what is due (deadlines and copies waiting to be sent
 * live there, not in timers, so a restart or another instance picks them up) and hands each due
 * escalation to its owner. One sweep at a time per instance; every instance may sweep.
 */
import type { Escalation } from './model';

export interface SweeperDeps {
  /** Escalations with something due at or before `now`. */
  due: (now: number) => Promise<Escalation[]>;
  /** Acts on one due escalation. */
  run: (escalation: Escalation, now: number) => Promise<void>;
  clock: () => number;
  /** A timed sweep failed (the next one tries again). */
  onError: (err: unknown) => void;
}

export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private sweeping: Promise<void> | undefined;

  constructor(private readonly deps: SweeperDeps) {}

  /** Runs whatever is due now; a call during a sweep joins it. */
  sweep(): Promise<void> {
    if (!this.sweeping) {
      this.sweeping = this.sweepOnce().finally(() => {
        this.sweeping = undefined;
      });
    }
    return this.sweeping;
  }

  /** The sweep under way, if any (shutdown waits for it). */
  get running(): Promise<void> | undefined {
    return this.sweeping;
  }

  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sweep().catch(this.deps.onError);
    }, intervalMs);
    this.timer.unref();
  }

  /** No sweep starts after this; one under way finishes (see `running`). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async sweepOnce(): Promise<void> {
    if (this.stopped) return;
    const now = this.deps.clock();
    for (const escalation of await this.deps.due(now)) await this.deps.run(escalation, now);
  }
}
