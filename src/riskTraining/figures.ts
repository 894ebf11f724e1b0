/**
 * The figures issue 22 reports for a set of labelled messages: recall at each level, Welsh at its
 * level, false alarms on `none`, how often the bot would ask, and the confusion matrix.
 */
import { compareLevels } from '../risk/levels';
import { RISK_LEVELS, type RiskLevel } from '../risk/types';
import type { SupportedLocale } from '../i18n/locale';

export interface Scored {
  readonly locale: SupportedLocale;
  readonly expected: RiskLevel;
  readonly assessed: RiskLevel;
  readonly ask: boolean;
}

export interface Ratio {
  readonly hit: number;
  readonly of: number;
}

export interface Figures {
  readonly count: number;
  readonly welsh: number;
  readonly immediate: Ratio;
  readonly urgentOrHigher: Ratio;
  readonly anyRisk: Ratio;
  readonly welshAtLevel: Ratio;
  readonly noneRaisedUrgent: Ratio;
  /** `none` messages on which the bot would ask its safety question (or raise any level). */
  readonly noneAsked: Ratio;
  /** urgent-or-higher messages caught at urgent+ or asked about. */
  readonly urgentCaughtOrAsked: Ratio;
  readonly matrix: readonly (readonly number[])[];
}

const atLeast = (level: RiskLevel, floor: RiskLevel): boolean => compareLevels(level, floor) >= 0;

function ratio(pool: readonly Scored[], hit: (scored: Scored) => boolean): Ratio {
  return { hit: pool.filter(hit).length, of: pool.length };
}

export function figuresOf(scored: readonly Scored[]): Figures {
  const urgent = scored.filter((s) => atLeast(s.expected, 'urgent'));
  const none = scored.filter((s) => s.expected === 'none');
  return {
    count: scored.length,
    welsh: scored.filter((s) => s.locale === 'cy').length,
    immediate: ratio(
      scored.filter((s) => s.expected === 'immediate'),
      (s) => s.assessed === 'immediate',
    ),
    urgentOrHigher: ratio(urgent, (s) => atLeast(s.assessed, 'urgent')),
    anyRisk: ratio(
      scored.filter((s) => atLeast(s.expected, 'concern')),
      (s) => atLeast(s.assessed, 'concern'),
    ),
    welshAtLevel: ratio(
      scored.filter((s) => s.locale === 'cy' && s.expected !== 'none'),
      (s) => atLeast(s.assessed, s.expected),
    ),
    noneRaisedUrgent: ratio(none, (s) => atLeast(s.assessed, 'urgent')),
    noneAsked: ratio(none, (s) => s.ask),
    urgentCaughtOrAsked: ratio(urgent, (s) => atLeast(s.assessed, 'urgent') || s.ask),
    matrix: RISK_LEVELS.map((expected) =>
      RISK_LEVELS.map((assessed) => scored.filter((s) => s.expected === expected && s.assessed === assessed).length),
    ),
  };
}

export function percent(r: Ratio): string {
  return r.of === 0 ? '—' : `${((100 * r.hit) / r.of).toFixed(1)}% (${r.hit}/${r.of})`;
}

/** One row of the FIRST-SIGHT.md table. */
export function figuresRow(label: string, f: Figures): string {
  return `| ${label} | ${f.count} (${f.welsh} cy) | ${percent(f.immediate)} | ${percent(f.urgentOrHigher)} | ${percent(f.anyRisk)} | ${percent(f.welshAtLevel)} | ${percent(f.noneRaisedUrgent)} | ${percent(f.noneAsked)} |`;
}

export const FIGURES_HEADER = [
  '| set | messages | immediate→immediate | urg+ recall | any-risk recall | Welsh at level+ | none→urg+ | none asked |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');

export function matrixText(f: Figures): string {
  const width = 11;
  const header = ['labelled \\ assessed', ...RISK_LEVELS].map((cell) => cell.padEnd(width)).join(' ');
  const rows = RISK_LEVELS.map((expected, i) =>
    [expected, ...f.matrix[i].map(String)].map((cell) => cell.padEnd(width)).join(' '),
  );
  return [header, ...rows].join('\n');
}
