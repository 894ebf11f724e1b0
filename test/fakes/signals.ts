/** Telemetry in memory: every count and span name, in order, so a test can say which signals a lifecycle sends. */
import type { Signals } from '../../src/observability/signals';

export class RecordingSignals implements Signals {
  /** Counts as `name:arg,arg` and spans as `span:name`. */
  readonly events: string[] = [];

  private record(name: string, ...args: unknown[]): void {
    this.events.push(args.length ? `${name}:${args.join(',')}` : name);
  }

  turn = (channel: string): void => this.record('turn', channel);
  riskAssessed = (level: string): void => this.record('riskAssessed', level);
  escalationRaised = (level: string, recipients: number): void => this.record('raised', level, recipients);
  escalationDelivered = (level: string, round: number): void => this.record('delivered', level, round);
  escalationClaimed = (level: string, secondsToClaim: number): void => this.record('claimed', level, secondsToClaim);
  escalationClosed = (level: string): void => this.record('closed', level);
  escalationDeadlinePassed = (level: string, pastLastRung: boolean): void =>
    this.record('deadlinePassed', level, pastLastRung);
  storeError = (operation: string): void => this.record('storeError', operation);
  annotate = (): void => undefined;
  inSpan = <T>(name: string, _attributes: unknown, work: () => Promise<T>): Promise<T> => {
    this.record(`span:${name}`);
    return work();
  };

  /** The counts alone, without spans. */
  counts(): string[] {
    return this.events.filter((e) => !e.startsWith('span:'));
  }
}
