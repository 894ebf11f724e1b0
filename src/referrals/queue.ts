/**
 * The duty queue: the organisation's referrals a duty worker must act on, most urgent first, then
 * oldest first. Entries carry what the queue card shows (no free text); opening one reads the
 * whole record (and is audited).
 *
 * Sorted here, not by ORDER BY: a two-key ORDER BY needs a composite index, and one
 * organisation's open referrals are few enough to return whole.
 */
import { z } from 'zod';
import { compareLevels } from '../risk/levels';
import { RISK_INDICATORS, RISK_LEVELS } from '../risk/types';
import { LEVELS_OF_NEED, NEEDS } from '../signposting/needs';
import { AGE_BANDS } from './ageBand';
import { CHANNELS, OUTCOMES, referenceSchema, REFERRAL_STATUSES, RISK_REASON_CODES, staffMemberSchema } from './model';

export const queueEntrySchema = z.object({
  reference: referenceSchema,
  status: z.enum(REFERRAL_STATUSES),
  channel: z.enum(CHANNELS),
  createdAt: z.iso.datetime({ offset: false }),
  updatedAt: z.iso.datetime({ offset: false }),
  riskLevel: z.enum(RISK_LEVELS),
  indicators: z.array(z.enum(RISK_INDICATORS)),
  reasonCodes: z.array(z.enum(RISK_REASON_CODES)),
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
  ageBand: z.enum(AGE_BANDS).optional(),
  owner: staffMemberSchema.optional(),
  escalationIds: z.array(z.string()),
});
export type QueueEntry = z.infer<typeof queueEntrySchema>;

/**
 * Urgency: the risk level first (immediate before urgent …), then the level of need (child
 * protection before early help), then the oldest first, so nothing waits behind newer, lesser work.
 */
export function compareUrgency(a: QueueEntry, b: QueueEntry): number {
  return (
    compareLevels(b.riskLevel, a.riskLevel) ||
    (b.levelOfNeed ?? 0) - (a.levelOfNeed ?? 0) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.reference.localeCompare(b.reference)
  );
}

export function sortQueue(entries: readonly QueueEntry[]): QueueEntry[] {
  return [...entries].sort(compareUrgency);
}

/** A reporter's view of their own report (`my reports`): no child details, no notes, no other agencies. */
export const reporterReportSchema = z.object({
  reference: referenceSchema,
  status: z.enum(REFERRAL_STATUSES),
  createdAt: z.iso.datetime({ offset: false }),
  outcome: z.enum(OUTCOMES).optional(),
  closedAt: z.iso.datetime({ offset: false }).optional(),
  escalationIds: z.array(z.string()),
  /** Who has it (or closed it): the name the reporter is told. */
  owner: staffMemberSchema.optional(),
  reporterTold: z.object({ state: z.enum(['told', 'waiting']), at: z.iso.datetime({ offset: false }) }).optional(),
});
export type ReporterReport = z.infer<typeof reporterReportSchema>;
