/**
 * An escalation: written to the store before anything is sent (the outbox), then delivered to each
 * recipient and tracked until a duty worker claims it. Every state change is an ETag-checked replace,
 * so two instances never deliver the same recipient's copy twice or lose a claim.
 */
import { z } from 'zod';
import { RISK_INDICATORS } from '../risk/types';
import { conversationAddressSchema } from './address';
import { deliveryDueAt } from './deliveryRules';
import { SUPPORTED_LOCALES } from '../i18n/locale';

export const ESCALATION_LEVELS = ['concern', 'urgent', 'immediate'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const deliverySchema = z.object({
  /** Idempotency key: one copy per recipient per round. */
  key: z.string(),
  recipientId: z.string(),
  recipientName: z.string().optional(),
  /** Where the card goes; absent for a ladder rung reachable only by phone. */
  address: conversationAddressSchema.optional(),
  /** A ladder rung in Teams we have not talked to yet: a 1:1 conversation is created first. */
  createFor: z
    .object({
      aadObjectId: z.string().optional(),
      upn: z.string().optional(),
      tenantId: z.string().optional(),
      serviceUrl: z.string(),
      botId: z.string().optional(),
    })
    .optional(),
  phone: z.string().optional(),
  round: z.number().int().min(0),
  state: z.enum(['pending', 'sending', 'sent', 'failed', 'unreachable']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  leaseOwner: z.string().optional(),
  leaseUntil: z.number().optional(),
  activityId: z.string().optional(),
  lastError: z.string().optional(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const reporterSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  role: z.string().optional(),
  phone: z.string().optional(),
  organisationName: z.string().optional(),
  channel: z.string(),
  locale: z.enum(SUPPORTED_LOCALES),
  address: conversationAddressSchema,
});
export type EscalationReporter = z.infer<typeof reporterSchema>;

export const escalationSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  referralId: z.string(),
  level: z.enum(ESCALATION_LEVELS),
  indicators: z.array(z.enum(RISK_INDICATORS)),
  reasons: z.array(z.string()),
  /** The words that triggered it, exactly as typed (the child's words are evidence). */
  triggerWords: z.array(z.string()),
  /** What has been shared so far, as short labelled lines (needs, age band, earlier concerns). */
  shared: z.array(z.object({ label: z.string(), value: z.string() })),
  reporter: reporterSchema,
  status: z.enum(['open', 'claimed', 'closed']),
  claimedBy: z.object({ id: z.string(), name: z.string().optional(), at: z.string() }).optional(),
  /** Who closed it, when, and with which outcome (a code the cards render through i18n). */
  closed: z
    .object({
      by: z.object({ id: z.string(), name: z.string().optional() }),
      at: z.string(),
      outcome: z.string().regex(/^[a-z-]{1,60}$/),
    })
    .optional(),
  createdAt: z.string(),
  /** Epoch ms by which someone must claim it, or the next rung is alerted. */
  dueAt: z.number(),
  /** Epoch ms of the next thing to do (a delivery attempt or the deadline): what the sweeper queries. */
  nextActionAt: z.number(),
  rung: z.number().int().min(0),
  rounds: z.number().int().min(0),
  deliveries: z.array(deliverySchema),
  reporterNotices: z.array(z.object({ kind: z.string(), at: z.string() })),
  /** Someone reading the reporter's words said they were misread; the alert stays, with the note. */
  corrections: z.array(z.object({ at: z.string(), by: z.string() })).default([]),
  ttl: z.number().int().optional(),
});
export type Escalation = z.infer<typeof escalationSchema>;

/** When the next thing must happen: the earliest pending delivery, else the deadline while unclaimed. */
export function nextActionAt(e: Pick<Escalation, 'status' | 'dueAt' | 'deliveries'>): number {
  const pending = e.deliveries.map(deliveryDueAt).filter((at): at is number => at !== undefined);
  const candidates = e.status === 'open' ? [...pending, e.dueAt] : pending;
  return candidates.length ? Math.min(...candidates) : Number.MAX_SAFE_INTEGER;
}

/** The person acting on an escalation: their stable id and, where known, the name others see. */
export interface Actor {
  id: string;
  name?: string;
}
