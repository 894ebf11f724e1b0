/**
 * The referral record: what a Designated Safeguarding Lead needs from a concern, and no more.
 * No full names are asked for; the child is a pseudonymous key and an age band. What the staff
 * member saw, what the child said, opinions and context are kept apart and labelled (the CSPRP
 * learning "assumptions recorded as facts").
 *
 * Every record read from the store is parsed with `referralSchema`, so the rest of the code can
 * trust the type. Bump REFERRAL_SCHEMA_VERSION (and migrate on read) when the shape changes.
 */
import { z } from 'zod';
import { conversationAddressSchema } from '../escalation/address';
import { SUPPORTED_LOCALES } from '../i18n/locale';
import { RISK_INDICATORS, RISK_LEVELS } from '../risk/types';
import { LEVELS_OF_NEED, NEEDS } from '../signposting/needs';
import { AGE_BANDS } from './ageBand';
import { isReference } from './reference';

export const REFERRAL_SCHEMA_VERSION = 1;

/**
 * `draft` while the triage is in progress; `open` once logged; `claimed` by a duty worker; `closed` with an outcome.
 */
export const REFERRAL_STATUSES = ['draft', 'open', 'claimed', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const OUTCOMES = [
  'advice-given',
  'early-help-offered',
  'referred-childrens-social-care',
  'referred-police',
  'no-further-action',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Why a concern is not referred on (KCSIE: the DSL records the reasons). Codes, so the audit
 * trail can keep the reason without holding any prose; a duty worker's own words go in a note.
 */
export const NO_FURTHER_ACTION_REASONS = [
  'below-threshold',
  'support-already-in-place',
  'concern-resolved',
  'known-to-services',
  'other',
] as const;
export type NoFurtherActionReason = (typeof NO_FURTHER_ACTION_REASONS)[number];

/** The triage's answer about parents or carers (same values as the flow's `consent` question). */
export const PARENT_CARER_AWARENESS = [
  'aware-consents',
  'aware-no-consent',
  'not-aware',
  'may-increase-risk',
  'unknown',
] as const;
export type ParentCarerAwareness = (typeof PARENT_CARER_AWARENESS)[number];

export const CHANNELS = ['msteams', 'webchat'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Codes (never prose) for reasons the code adds to a risk level; the lead renders them through i18n. */
export const RISK_REASON_CODES = ['repeated-concerns'] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

/** An identifier or code: letters, digits and `:._-` only, so nothing a person typed can hide in it. */
const code = z.string().regex(/^[A-Za-z0-9:._-]{1,200}$/, { message: 'must be a code (letters, digits, : . _ -)' });
const isoTime = z.iso.datetime({ offset: false });
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const referenceSchema = z
  .string()
  .refine(isReference, { message: 'must be a referral reference such as EH-7K3M-Q9' });

/** HMAC-SHA256 hex of the organisation and the normalised child reference (see childKey.ts). */
export const childKeySchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be a child key (64 hex characters)' });

const reporterBase = {
  /** What they do (the triage's `role` answer: teacher, pastoral, youth-worker …). */
  role: code.optional(),
  /** A number the duty worker can call back on, as they gave it. */
  callBackNumber: shortText(40).optional(),
};

export const reporterSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('msteams'),
    /** Entra ID object id: stable, and what the duty roster and audit trail use. */
    aadObjectId: shortText(100),
    /** Display name from Teams, so the duty worker knows who to call. */
    name: shortText(200),
    upn: shortText(320).optional(),
    ...reporterBase,
  }),
  z.object({
    kind: z.literal('webchat'),
    /** The web chat user id (stable per browser), not a person's identity. */
    userId: shortText(200),
    /** The name and organisation they gave, if any (youth workers are often outside the tenant). */
    name: shortText(200).optional(),
    organisationName: shortText(200).optional(),
    ...reporterBase,
  }),
]);
export type Reporter = z.infer<typeof reporterSchema>;

/** One answer as the record shows it; only `text` answers carry words a person typed. */
export const recordAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(4000) }),
  z.object({ kind: z.literal('choices'), values: z.array(code).max(50), labelKeys: z.array(code).max(50) }),
  z.object({ kind: z.literal('number'), value: z.number() }),
]);

export const recordEntrySchema = z.object({
  /** The flow question (or `message` for free text the person sent between questions). */
  questionId: code,
  /** i18n key of the short label shown beside it. */
  labelKey: code,
  answer: recordAnswerSchema,
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;

/** What was shared, kept apart and labelled: the record never mixes a fact with an opinion. */
export const accountSchema = z.object({
  /** What the staff member saw or heard themselves. */
  observations: z.array(recordEntrySchema).max(100),
  /** The child's own words, as the staff member reported them. */
  childWords: z.array(recordEntrySchema).max(100),
  /** The staff member's views and interpretations. */
  opinions: z.array(recordEntrySchema).max(100),
  /** Background: home, education, agencies involved, parents' awareness. */
  context: z.array(recordEntrySchema).max(100),
});
export type Account = z.infer<typeof accountSchema>;

/** Words that triggered a risk rule. Spans into a message are not kept (the message is not stored whole). */
export const riskTriggerSchema = z.object({
  indicator: z.enum(RISK_INDICATORS).nullable(),
  level: z.enum(RISK_LEVELS),
  /** The trigger words: the child's (or reporter's) words, part of the record. */
  words: z.string().max(500),
  /** Lexicon rule id, e.g. `en-GB:self-harm-recent`. */
  rule: code,
  /** The question whose answer held them, when known. */
  questionId: code.optional(),
});
export type RiskTrigger = z.infer<typeof riskTriggerSchema>;

export const riskSchema = z.object({
  level: z.enum(RISK_LEVELS),
  indicators: z.array(z.enum(RISK_INDICATORS)),
  /** Why, as src/risk wrote it (each quotes its trigger words). */
  reasons: z.array(z.string().max(1000)).max(50),
  triggers: z.array(riskTriggerSchema).max(100),
  /** Reasons the referral code itself added (cumulative concern). */
  reasonCodes: z.array(z.enum(RISK_REASON_CODES)),
});
export type ReferralRisk = z.infer<typeof riskSchema>;

export const levelOfNeedSchema = z.object({
  level: z.union(
    LEVELS_OF_NEED.map((level) => z.literal(level)) as [
      z.ZodLiteral<1>,
      z.ZodLiteral<2>,
      z.ZodLiteral<3>,
      z.ZodLiteral<4>,
    ],
  ),
  /** Reason codes from the triage summary (e.g. `disclosure`, `educationDisrupted`). */
  reasons: z.array(code).max(20),
});

export const consentSchema = z.object({
  /** Unset until the triage asks. */
  parentCarerAwareness: z.enum(PARENT_CARER_AWARENESS).optional(),
  /** Processed without consent under DPA 2018 Sch 1 para 18 (safeguarding of children). */
  safeguardingConditionRelied: z.boolean(),
});
export type Consent = z.infer<typeof consentSchema>;

export const staffMemberSchema = z.object({
  /** Entra ID object id (Teams) or another stable id. */
  id: shortText(200),
  name: shortText(200).optional(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const noteSchema = z.object({
  id: z.uuid(),
  author: staffMemberSchema,
  at: isoTime,
  text: shortText(4000),
});
export type Note = z.infer<typeof noteSchema>;

export const referralSchema = z
  .object({
    schemaVersion: z.literal(REFERRAL_SCHEMA_VERSION),
    reference: referenceSchema,
    organisationId: code,
    reporter: reporterSchema,
    channel: z.enum(CHANNELS),
    locale: z.enum(SUPPORTED_LOCALES),
    /** Unset when something was escalated before the child was named. */
    childKey: childKeySchema.optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    needs: z.array(z.enum(NEEDS)),
    account: accountSchema,
    risk: riskSchema,
    levelOfNeed: levelOfNeedSchema.optional(),
    /** Service ids from the directory, in the order offered. */
    signposted: z.array(code).max(50),
    consent: consentSchema,
    status: z.enum(REFERRAL_STATUSES),
    owner: staffMemberSchema.optional(),
    claimedAt: isoTime.optional(),
    outcome: z.enum(OUTCOMES).optional(),
    /**
     * Why no further action: required when closing with `no-further-action` (checked by `close`, not here, so older
     * records still read).
     */
    outcomeReason: z.enum(NO_FURTHER_ACTION_REASONS).optional(),
    closedAt: isoTime.optional(),
    notes: z.array(noteSchema).max(500),
    escalationIds: z.array(code).max(50),
    /**
     * Where the reporter raised it, so they can be told the outcome there (not a person's details: channel ids only).
     */
    reporterAddress: conversationAddressSchema.optional(),
    /** The reporter was told the outcome (or it waits for their next conversation). */
    reporterTold: z.object({ state: z.enum(['told', 'waiting']), at: isoTime }).optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
    /** When the triage was logged (draft → open). */
    submittedAt: isoTime.optional(),
    /** Cosmos time-to-live in seconds, counted from the last write. */
    ttl: z.number().int().positive(),
    /** updatedAt + ttl: what the purge compares, since the embedded server never expires items. */
    retainUntil: isoTime,
  })
  .superRefine((r, ctx) => {
    const expectedChannel = r.reporter.kind;
    if (r.channel !== expectedChannel)
      ctx.addIssue({ code: 'custom', path: ['channel'], message: `must match the reporter (${expectedChannel})` });
    if ((r.status === 'claimed' || r.status === 'closed') && r.owner === undefined)
      ctx.addIssue({ code: 'custom', path: ['owner'], message: 'a claimed or closed referral has an owner' });
    if (r.status === 'closed' && (r.outcome === undefined || r.closedAt === undefined))
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'a closed referral has an outcome and closedAt' });
    if (r.status !== 'closed' && r.outcome !== undefined)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'only a closed referral has an outcome' });
  });
export type Referral = z.infer<typeof referralSchema>;

/** What a caller supplies to start a referral; everything else has a default or is set later. */
export const draftInputSchema = z.object({
  organisationId: code,
  reporter: reporterSchema,
  locale: z.enum(SUPPORTED_LOCALES),
  childKey: childKeySchema.optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  needs: z.array(z.enum(NEEDS)).optional(),
  account: accountSchema.partial().optional(),
  risk: riskSchema.partial({ reasons: true, triggers: true, reasonCodes: true }).optional(),
  levelOfNeed: levelOfNeedSchema.optional(),
  signposted: z.array(code).max(50).optional(),
  consent: consentSchema.partial().optional(),
  escalationIds: z.array(code).max(50).optional(),
  reporterAddress: conversationAddressSchema.optional(),
});
export type DraftInput = z.input<typeof draftInputSchema>;

export const EMPTY_ACCOUNT: Account = Object.freeze({
  observations: [],
  childWords: [],
  opinions: [],
  context: [],
}) as unknown as Account;

/**
 * Parent/carer consent is the basis only when they know and agree; otherwise recording and sharing
 * rests on the safeguarding condition (DPA 2018 Sch 1 para 18), which the record must say.
 */
export function safeguardingConditionRelied(awareness: ParentCarerAwareness | undefined): boolean {
  return awareness !== 'aware-consents';
}
