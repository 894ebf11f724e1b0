/**
 * A card's button press in the conversation's own terms. The verbs come from one list; each has
 * one zod schema that turns the client's data into a typed submit. The channel parses (it knows
 * where the data sits in an activity); the conversation owns the shapes and acts on them.
 * Card data comes from the client: nothing reaches a store without passing its verb's schema.
 */
import { z } from 'zod';
import type { FlowInput } from '../flows';
import { NO_FURTHER_ACTION_REASONS, OUTCOMES } from '../referrals/model';
import { isReference } from '../referrals/reference';
import { DETAILS_INPUT_IDS } from '../reporterDetails/view';

/** Every verb a card can carry (cards are built with these, and submits parsed by them). */
export const CARD_VERBS = {
  /** An answer to the current triage question: data { nodeId, flowVersion, value? } + inputs. */
  answer: 'triage.answer',
  /** Open the signposting suggestions again, or ask for signposting on its own. */
  signpost: 'signpost.show',
  /** A duty worker claims an escalation: data { escalationId, organisationId }. */
  claim: 'escalation.claim',
  /** A duty worker records an outcome: data { referralId, organisationId } + inputs. */
  outcome: 'referral.outcome',
  /** A duty worker adds a note: data { referralId, organisationId } + inputs. */
  note: 'referral.note',
  /** A duty worker opens one referral from the queue. */
  open: 'referral.open',
  /** The reporter says the bot misread their message. */
  misread: 'risk.misread',
  /**
   * Before going off duty, the owner hands a claimed escalation to an on-duty colleague: data { escalationId,
   * organisationId, toUserId }.
   */
  handover: 'escalation.handover',
  /**
   * Teams asks for the alert card as it stands now when a duty worker who holds it views it (Universal Actions
   * refresh).
   */
  refresh: 'escalation.refresh',
  /**
   * Before going off duty, the owner releases a claimed escalation to the queue: data { escalationId, organisationId }.
   */
  release: 'escalation.release',
  /**
   * The reporter confirms (or corrects) what the bot read from their own account: data { nodes, flowVersion } + inputs.
   */
  storyConfirm: 'story.confirm',
  /** The safety questions answered together on one card: data { nodes, flowVersion, runId } + inputs. */
  safetyGroup: 'triage.safety',
  /**
   * `my details`: save the role, organisation and call-back number as the card holds them (inputs DETAILS_INPUT_IDS).
   */
  detailsSave: 'details.save',
  /** `my details`: forget them. */
  detailsForget: 'details.forget',
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

const VERB_LIST: readonly string[] = Object.values(CARD_VERBS);

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && VERB_LIST.includes(value);
}

/** The question card's input ids; the answer schema below reads exactly these. */
export const ANSWER_INPUT_IDS = {
  /** Input.ChoiceSet: one value, or comma-separated values for a multi-select. */
  choice: 'answerChoice',
  /** Input.Text: free text. */
  text: 'answerText',
  /** Input.Number: a number (e.g. an age). */
  number: 'answerNumber',
} as const;

export type CardAnswer = Extract<FlowInput, { kind: 'card' }>;

// An unselected choice arrives as an empty string from some clients.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

const escalationIdSchema = z.string().regex(/^esc-[0-9a-f-]{36}$/);
const organisationIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const referenceSchema = z.string().refine(isReference);

/** Which alert a press was on: the alert card's own actions carry it. */
export const alertRefSchema = z.object({ escalationId: escalationIdSchema, organisationId: organisationIdSchema });
export type AlertRef = z.infer<typeof alertRefSchema>;

/** The alert a referral action was pressed on, when it was an alert card's (the queue's cards carry none). */
function alertOf(data: Record<string, unknown>): { alert?: AlertRef } {
  const alert = alertRefSchema.safeParse(data);
  return alert.success ? { alert: alert.data } : {};
}

const answerSchema = z
  .object({
    nodeId: z.string().min(1).max(200),
    flowVersion: z.coerce.number().int().min(1),
    runId: z.string().min(1).max(64).optional(),
    [ANSWER_INPUT_IDS.choice]: z.string().max(4000).optional(),
    [ANSWER_INPUT_IDS.text]: z.string().max(10000).optional(),
    [ANSWER_INPUT_IDS.number]: z.union([z.number(), z.string().max(100)]).optional(),
  })
  .transform((data) => {
    const values = (data[ANSWER_INPUT_IDS.choice] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    const number = data[ANSWER_INPUT_IDS.number];
    const typed = data[ANSWER_INPUT_IDS.text] ?? (number === undefined ? undefined : String(number));
    const answer: CardAnswer = {
      kind: 'card',
      nodeId: data.nodeId,
      flowVersion: data.flowVersion,
      values,
      ...(typed !== undefined && typed.trim() !== '' ? { text: typed } : {}),
      ...(data.runId !== undefined ? { runId: data.runId } : {}),
    };
    return { verb: CARD_VERBS.answer, answer };
  });

const passOnFields = {
  escalationId: escalationIdSchema,
  organisationId: organisationIdSchema,
  thenOffDuty: optional(z.boolean()),
};

/** The outcome form as the duty worker filled it; undefined when a field is not one we know (they are asked again). */
const outcomeFormSchema = z.object({
  outcome: optional(z.enum(OUTCOMES)),
  reason: optional(z.enum(NO_FURTHER_ACTION_REASONS)),
  note: optional(z.string().trim().max(4000)),
});
export type OutcomeForm = z.infer<typeof outcomeFormSchema>;

/** A confirm card's input id for one question: `<nodeId>.choice`, `.text` or `.number`. */
export function confirmInputId(nodeId: string, part: 'choice' | 'text' | 'number'): string {
  return `${nodeId}.${part}`;
}

/** The raw answers on a confirm or safety card, per question (only the questions the card showed). */
export type ConfirmedAnswers = Map<string, { values: string[]; text?: string }>;

const confirmSchema = z
  .looseObject({
    nodes: z.string().max(1000),
    flowVersion: optional(z.coerce.number().int().min(1)),
    runId: optional(z.string().min(1).max(64)),
  })
  .transform((data) => {
    const read = (id: string): string | undefined => {
      const raw = data[id];
      if (typeof raw === 'number') return String(raw);
      return typeof raw === 'string' && raw.length <= 10000 ? raw : undefined;
    };
    const answers: ConfirmedAnswers = new Map();
    for (const nodeId of data.nodes.split(',').filter(Boolean)) {
      const values = (read(confirmInputId(nodeId, 'choice')) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const text = read(confirmInputId(nodeId, 'text')) ?? read(confirmInputId(nodeId, 'number'));
      answers.set(nodeId, { values, ...(text !== undefined && text.trim() !== '' ? { text } : {}) });
    }
    return {
      answers,
      ...(data.flowVersion !== undefined ? { flowVersion: data.flowVersion } : {}),
      ...(data.runId !== undefined ? { runId: data.runId } : {}),
    };
  });

/** The `my details` card as filled in: each input optional, lengths capped before anything checks them. */
const detailsFormSchema = z.looseObject({
  [DETAILS_INPUT_IDS.role]: optional(z.string().max(60)),
  [DETAILS_INPUT_IDS.organisation]: optional(z.string().max(500)),
  [DETAILS_INPUT_IDS.phone]: optional(z.string().max(100)),
});

/** One schema per verb: data in, a typed submit out. */
const SUBMIT_SCHEMAS = {
  [CARD_VERBS.answer]: answerSchema,
  [CARD_VERBS.signpost]: z.object({}).transform(() => ({ verb: CARD_VERBS.signpost })),
  [CARD_VERBS.misread]: z.object({}).transform(() => ({ verb: CARD_VERBS.misread })),
  [CARD_VERBS.claim]: alertRefSchema.transform((alert) => ({
    verb: CARD_VERBS.claim,
    alert: { escalationId: alert.escalationId, organisationId: alert.organisationId },
  })),
  [CARD_VERBS.refresh]: alertRefSchema.transform((alert) => ({
    verb: CARD_VERBS.refresh,
    alert: { escalationId: alert.escalationId, organisationId: alert.organisationId },
  })),
  [CARD_VERBS.handover]: z
    .object({ ...passOnFields, toUserId: optional(z.string().min(1).max(200)) })
    .transform((d) => ({
      verb: CARD_VERBS.handover,
      escalationId: d.escalationId,
      organisationId: d.organisationId,
      ...(d.toUserId !== undefined ? { toUserId: d.toUserId } : {}),
      ...(d.thenOffDuty !== undefined ? { thenOffDuty: d.thenOffDuty } : {}),
    })),
  [CARD_VERBS.release]: z.object(passOnFields).transform((d) => ({
    verb: CARD_VERBS.release,
    escalationId: d.escalationId,
    organisationId: d.organisationId,
    ...(d.thenOffDuty !== undefined ? { thenOffDuty: d.thenOffDuty } : {}),
  })),
  [CARD_VERBS.storyConfirm]: confirmSchema.transform((d) => ({ verb: CARD_VERBS.storyConfirm, answers: d.answers })),
  [CARD_VERBS.safetyGroup]: confirmSchema.transform((d) => ({
    verb: CARD_VERBS.safetyGroup,
    answers: d.answers,
    ...(d.flowVersion !== undefined ? { flowVersion: d.flowVersion } : {}),
    ...(d.runId !== undefined ? { runId: d.runId } : {}),
  })),
  [CARD_VERBS.detailsSave]: detailsFormSchema.transform((d) => ({
    verb: CARD_VERBS.detailsSave,
    form: {
      ...(d[DETAILS_INPUT_IDS.role] !== undefined ? { role: d[DETAILS_INPUT_IDS.role] } : {}),
      ...(d[DETAILS_INPUT_IDS.organisation] !== undefined ? { organisation: d[DETAILS_INPUT_IDS.organisation] } : {}),
      ...(d[DETAILS_INPUT_IDS.phone] !== undefined ? { phone: d[DETAILS_INPUT_IDS.phone] } : {}),
    },
  })),
  [CARD_VERBS.detailsForget]: z.object({}).transform(() => ({ verb: CARD_VERBS.detailsForget })),
  [CARD_VERBS.open]: z
    .object({ referralId: referenceSchema })
    .transform((d) => ({ verb: CARD_VERBS.open, referralId: d.referralId })),
  [CARD_VERBS.note]: z.looseObject({ referralId: referenceSchema, note: z.unknown() }).transform((d) => ({
    verb: CARD_VERBS.note,
    referralId: d.referralId,
    // An empty note is answered, not refused: the duty worker is asked to write one.
    note: typeof d.note === 'string' ? d.note.trim().slice(0, 4000) : '',
    ...alertOf(d),
  })),
  [CARD_VERBS.outcome]: z.looseObject({ referralId: referenceSchema }).transform((d) => ({
    verb: CARD_VERBS.outcome,
    referralId: d.referralId,
    form: outcomeFormSchema.safeParse(d).data,
    ...alertOf(d),
  })),
} satisfies { [V in CardVerb]: z.ZodType<{ verb: V }> };

type Pressed = { [V in CardVerb]: z.output<(typeof SUBMIT_SCHEMAS)[V]> }[CardVerb];

/** A press whose verb we know but whose data did not pass its schema, or a verb we do not know. */
export interface MalformedSubmit {
  verb: 'malformed';
  pressed: CardVerb | undefined;
}

export type CardSubmit = (Pressed | MalformedSubmit) & {
  /**
   * Free text typed into the card (the child's own words, a note): assessed for risk like any message, whatever else
   * the card held.
   */
  typed?: string;
};

/** Reads a card press's data (every field the card sent, the verb among them) as its verb's submit. */
export function parseCardSubmit(verb: string, data: Record<string, unknown>): CardSubmit {
  const typedValue = data[ANSWER_INPUT_IDS.text] ?? data.note;
  const typed = typeof typedValue === 'string' && typedValue.trim() !== '' ? { typed: typedValue } : {};
  if (!isCardVerb(verb)) return { verb: 'malformed', pressed: undefined, ...typed };
  const parsed = SUBMIT_SCHEMAS[verb].safeParse(data);
  return parsed.success ? { ...parsed.data, ...typed } : { verb: 'malformed', pressed: verb, ...typed };
}
