/** The risk vocabulary fixed in product.md: levels lowest to highest, and the indicators. */
export const RISK_LEVELS = ['none', 'concern', 'urgent', 'immediate'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_INDICATORS = [
  'immediate-danger',
  'suicidal-ideation',
  'self-harm',
  'abuse-disclosure',
  'sexual-abuse',
  'physical-abuse',
  'neglect',
  'exploitation',
  'fgm',
  'forced-marriage',
  'radicalisation',
  'missing',
  'domestic-abuse',
  'eating-disorder',
  'substance-misuse',
  'online-harm',
] as const;
export type RiskIndicator = (typeof RISK_INDICATORS)[number];

/** One span that triggered. `indicator` is null for level-only findings such as deterioration. */
export interface RiskMatch {
  indicator: RiskIndicator | null;
  level: RiskLevel;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  indicators: RiskIndicator[];
  matches: RiskMatch[];
  reasons: string[];
  /** The reading is unsure (weak signals, no urgent level): ask the member of staff one direct safety question. */
  ask?: true;
}
