/**
 * Cumulative concern: earlier referrals about the same child (same pseudonymous key, same
 * organisation) in the last 12 months. The duty worker sees the chronology — dates, levels, needs,
 * status and outcome, never free text — and two or more earlier concerns raise the risk level to
 * at least `concern` with the reason code `repeated-concerns`. The reporter is only told that
 * there were earlier concerns, never what they were (`tellReporter`).
 *
 * Reason as a code: `repeated-concerns` is a fixed English code (RISK_REASON_CODES) stored in
 * `risk.reasonCodes`; the bot renders it through i18n (e.g. key `referrals:riskReasons.repeated-concerns`),
 * so the record stays language-neutral and a Welsh-speaking DSL reads it in Welsh.
 */
import { z } from 'zod';
import { RISK_LEVELS, type RiskLevel } from '../risk/types';
import { maxLevel } from '../risk/levels';
import { LEVELS_OF_NEED, NEEDS } from '../signposting/needs';
import { OUTCOMES, REFERRAL_STATUSES, referenceSchema, type Referral, type RiskReasonCode } from './model';

export const CHRONOLOGY_MONTHS = 12;
/** Two earlier concerns plus this one make three: the pattern serious case reviews keep finding missed. */
export const REPEATED_CONCERN_THRESHOLD = 2;
export const REPEATED_CONCERNS: RiskReasonCode = 'repeated-concerns';

export const chronologyEntrySchema = z.object({
  reference: referenceSchema,
  createdAt: z.iso.datetime({ offset: false }),
  status: z.enum(REFERRAL_STATUSES),
  outcome: z.enum(OUTCOMES).optional(),
  closedAt: z.iso.datetime({ offset: false }).optional(),
  riskLevel: z.enum(RISK_LEVELS),
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
  needs: z.array(z.enum(NEEDS)),
});
export type ChronologyEntry = z.infer<typeof chronologyEntrySchema>;

/** The start of the window: the same instant 12 calendar months earlier (UTC). */
export function chronologyWindowStart(now: Date): Date {
  const start = new Date(now.getTime());
  start.setUTCMonth(start.getUTCMonth() - CHRONOLOGY_MONTHS);
  return start;
}

export interface CumulativeConcern {
  earlierConcerns: number;
  /** The risk level to use: the current one, raised to `concern` when concerns repeat. */
  level: RiskLevel;
  /** True when repetition alone raised the level. */
  raised: boolean;
  /** Present when concerns repeat, whether or not the level was already higher. */
  reasonCode?: RiskReasonCode;
  /** Whether to tell the reporter that there were earlier concerns (and nothing more). */
  tellReporter: boolean;
}

/** Pure: what the chronology means for a referral currently assessed at `current`. */
export function cumulativeConcern(chronology: readonly ChronologyEntry[], current: RiskLevel): CumulativeConcern {
  const earlierConcerns = chronology.length;
  const repeated = earlierConcerns >= REPEATED_CONCERN_THRESHOLD;
  const level = repeated ? maxLevel(current, 'concern') : current;
  return {
    earlierConcerns,
    level,
    raised: level !== current,
    ...(repeated ? { reasonCode: REPEATED_CONCERNS } : {}),
    tellReporter: earlierConcerns > 0,
  };
}

/**
 * Records the cumulative concern on a referral (level raised, reason code added); unchanged when concerns do not
 * repeat.
 */
export function withCumulativeConcern(referral: Referral, concern: CumulativeConcern): Referral {
  if (concern.reasonCode === undefined) return referral;
  const reasonCodes = referral.risk.reasonCodes.includes(concern.reasonCode)
    ? referral.risk.reasonCodes
    : [...referral.risk.reasonCodes, concern.reasonCode];
  return { ...referral, risk: { ...referral.risk, level: maxLevel(referral.risk.level, concern.level), reasonCodes } };
}

/** Oldest first, so the duty worker reads the story in order. */
export function sortChronology(entries: readonly ChronologyEntry[]): ChronologyEntry[] {
  return [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference));
}
