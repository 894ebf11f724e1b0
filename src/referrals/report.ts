/**
 * The figures a governors' report asks for: how many concerns, by month, need, level of need, risk
 * level, status and outcome, per organisation. Built from `ReportRow`s, which by construction hold
 * no free text and nothing about a child beyond categories, so the report cannot leak what the
 * records say. Drafts with nothing escalated (a triage still in progress, or abandoned before
 * anything worrying came up) are not concerns and are not counted.
 */
import { z } from 'zod';
import { RISK_LEVELS } from '../risk/types';
import { LEVELS_OF_NEED, NEEDS } from '../signposting/needs';
import { OUTCOMES, REFERRAL_STATUSES } from './model';

export const reportRowSchema = z.object({
  organisationId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: false }),
  status: z.enum(REFERRAL_STATUSES),
  outcome: z.enum(OUTCOMES).optional(),
  needs: z.array(z.enum(NEEDS)),
  levelOfNeed: z
    .union(
      LEVELS_OF_NEED.map((level) => z.literal(level)) as [
        z.ZodLiteral<1>,
        z.ZodLiteral<2>,
        z.ZodLiteral<3>,
        z.ZodLiteral<4>,
      ],
    )
    .optional(),
  riskLevel: z.enum(RISK_LEVELS),
  escalations: z.number().int().nonnegative(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export type Counts = Record<string, number>;

export interface OrganisationReport {
  organisationId: string;
  referrals: number;
  escalated: number;
  /** YYYY-MM (UTC) of creation. */
  byMonth: Counts;
  /** A referral with several needs counts once under each. */
  byNeed: Counts;
  /** `1`–`4`, or `unassessed` when the triage did not reach a level. */
  byLevelOfNeed: Counts;
  byRiskLevel: Counts;
  byStatus: Counts;
  /** Closed referrals by outcome; `open` counts those not yet closed. */
  byOutcome: Counts;
}

export interface ReferralReport {
  generatedAt: string;
  since?: string;
  organisations: OrganisationReport[];
}

function bump(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Keys in a fixed order (the vocabulary's order, months ascending) so two reports diff cleanly. */
function ordered(counts: Counts, order: readonly string[]): Counts {
  const result: Counts = {};
  for (const key of order) if (counts[key] !== undefined) result[key] = counts[key];
  for (const key of Object.keys(counts).sort()) if (result[key] === undefined) result[key] = counts[key];
  return result;
}

export function buildReport(rows: readonly ReportRow[], generatedAt: Date, since?: Date): ReferralReport {
  const byOrganisation = new Map<string, OrganisationReport>();
  for (const row of rows) {
    if (row.status === 'draft' && row.escalations === 0) continue;
    let report = byOrganisation.get(row.organisationId);
    if (!report) {
      report = {
        organisationId: row.organisationId,
        referrals: 0,
        escalated: 0,
        byMonth: {},
        byNeed: {},
        byLevelOfNeed: {},
        byRiskLevel: {},
        byStatus: {},
        byOutcome: {},
      };
      byOrganisation.set(row.organisationId, report);
    }
    report.referrals += 1;
    if (row.escalations > 0) report.escalated += 1;
    bump(report.byMonth, row.createdAt.slice(0, 7));
    for (const need of new Set(row.needs)) bump(report.byNeed, need);
    bump(report.byLevelOfNeed, row.levelOfNeed === undefined ? 'unassessed' : String(row.levelOfNeed));
    bump(report.byRiskLevel, row.riskLevel);
    bump(report.byStatus, row.status);
    bump(report.byOutcome, row.outcome ?? 'open');
  }
  const organisations = [...byOrganisation.values()]
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId))
    .map((report) => ({
      ...report,
      byMonth: ordered(report.byMonth, []),
      byNeed: ordered(report.byNeed, NEEDS),
      byLevelOfNeed: ordered(report.byLevelOfNeed, [...LEVELS_OF_NEED.map(String), 'unassessed']),
      byRiskLevel: ordered(report.byRiskLevel, RISK_LEVELS),
      byStatus: ordered(report.byStatus, REFERRAL_STATUSES),
      byOutcome: ordered(report.byOutcome, [...OUTCOMES, 'open']),
    }));
  return { generatedAt: generatedAt.toISOString(), ...(since ? { since: since.toISOString() } : {}), organisations };
}

/** A plain-text rendering for people (the JSON is for spreadsheets). */
export function renderReportText(report: ReferralReport): string {
  const lines: string[] = [
    `Referrals report generated ${report.generatedAt}${report.since ? ` (since ${report.since})` : ''}`,
  ];
  if (report.organisations.length === 0) lines.push('No referrals.');
  for (const org of report.organisations) {
    lines.push('', `Organisation ${org.organisationId}: ${org.referrals} referrals, ${org.escalated} escalated`);
    const sections: Array<[string, Counts]> = [
      ['By month', org.byMonth],
      ['By need', org.byNeed],
      ['By level of need', org.byLevelOfNeed],
      ['By risk level', org.byRiskLevel],
      ['By status', org.byStatus],
      ['By outcome', org.byOutcome],
    ];
    for (const [title, counts] of sections) {
      lines.push(`  ${title}:`);
      for (const [key, count] of Object.entries(counts))
        lines.push(`    ${key.padEnd(32)} ${String(count).padStart(6)}`);
    }
  }
  return lines.join('\n');
}
