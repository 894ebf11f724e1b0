/**
 * What the bot counts and times about its own work, for an operator's dashboards and alerts. The
 * code calls these; src/observability/telemetry.ts turns them into OpenTelemetry metrics and spans
 * when Application Insights is configured, and NO_SIGNALS does nothing otherwise (nothing of
 * OpenTelemetry is then loaded). Every attribute is one of a fixed set of words: nothing a person
 * typed, no name, no child key, no phone number.
 */
export type RiskLevelName = 'none' | 'concern' | 'urgent' | 'immediate';
export type EscalationLevelName = 'concern' | 'urgent' | 'immediate';
export type StoreOperation = 'readiness' | 'escalation-sweep' | 'escalation-work';

/** Channels as a fixed set, so an unauthenticated development client cannot put its own words in a metric. */
export const KNOWN_CHANNELS = ['msteams', 'directline', 'webchat', 'emulator', 'test'] as const;
export type ChannelName = (typeof KNOWN_CHANNELS)[number] | 'other';

export function channelName(channelId: unknown): ChannelName {
  return (KNOWN_CHANNELS as readonly unknown[]).includes(channelId) ? (channelId as ChannelName) : 'other';
}

/** Attributes a span may carry: ids the bot made itself and fixed words. */
export interface SpanAttributes {
  'escalation.id'?: string;
  'escalation.level'?: EscalationLevelName;
  'escalation.round'?: number;
  'escalation.outcome'?: string;
}

export interface Signals {
  turn(channel: ChannelName): void;
  riskAssessed(level: RiskLevelName): void;
  escalationRaised(level: EscalationLevelName, recipients: number): void;
  escalationDelivered(level: EscalationLevelName, round: number): void;
  /** `secondsToClaim`: from the escalation being raised to its claim. */
  escalationClaimed(level: EscalationLevelName, secondsToClaim: number): void;
  escalationClosed(level: EscalationLevelName): void;
  /** A deadline passed with nobody claiming; `pastLastRung` when nobody is left on the ladder to alert. */
  escalationDeadlinePassed(level: EscalationLevelName, pastLastRung: boolean): void;
  storeError(operation: StoreOperation): void;
  /** Adds attributes to the current span, when there is one. */
  annotate(attributes: SpanAttributes): void;
  /** Runs `work` in a span of this name (a child of the current one); its failure marks the span. */
  inSpan<T>(name: string, attributes: SpanAttributes, work: () => Promise<T>): Promise<T>;
}

export const NO_SIGNALS: Signals = {
  turn: () => undefined,
  riskAssessed: () => undefined,
  escalationRaised: () => undefined,
  escalationDelivered: () => undefined,
  escalationClaimed: () => undefined,
  escalationClosed: () => undefined,
  escalationDeadlinePassed: () => undefined,
  storeError: () => undefined,
  annotate: () => undefined,
  inSpan: (_name, _attributes, work) => work(),
};
