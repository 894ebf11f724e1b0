/**
 * What a member of staff's own account says, read once. Every field is present only when the text
 * states it: an absent field means "not said", never "no". Safety answers are never inferred.
 */
import { z } from 'zod';
import {
  DETERIORATION_IDS,
  DURATION_IDS,
  EDUCATION_IDS,
  HOME_CONTEXT_IDS,
  INVOLVED_IDS,
  NEED_IDS,
  YEAR_GROUP_IDS,
} from './optionIds';

const verbatim = z.string().min(1).max(2000);

/** Where a fact was read: the words as written, so the confirm card can show why. */
export const evidenceSchema = z.strictObject({
  fact: z.string().min(1),
  text: verbatim,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const accountFactsSchema = z.strictObject({
  needs: z.array(z.enum(NEED_IDS)).min(1).optional(),
  /** How long, in the flow's terms; only when both how long and how often are known, or one implies the other. */
  duration: z.enum(DURATION_IDS).optional(),
  howLong: z.enum(['days', 'weeks', 'months', 'year']).optional(),
  howOften: z.enum(['once', 'sometimes', 'often']).optional(),
  deterioration: z.enum(DETERIORATION_IDS).optional(),
  education: z.array(z.enum(EDUCATION_IDS)).min(1).optional(),
  homeContext: z.array(z.enum(HOME_CONTEXT_IDS)).min(1).optional(),
  involved: z.array(z.enum(INVOLVED_IDS)).min(1).optional(),
  /** The CAMHS wait as written ("nine months", "since September"), and in months when a number is given. */
  camhsWait: z.strictObject({ text: verbatim, months: z.number().min(0).max(240).optional() }).optional(),
  /** The reporter asks for CAMHS ("needs a CAMHS referral"): the bot explains what CAMHS takes. */
  camhsRequested: z.literal(true).optional(),
  /** Diagnoses or neurodivergence as written ("ADHD", "on the pathway"). */
  diagnosis: z.array(verbatim).min(1).optional(),
  /** The child's own words, verbatim. */
  childWords: z.array(verbatim).min(1).optional(),
  /** The reporter's opinions, each a whole sentence, verbatim: never recorded as observation. */
  opinions: z.array(verbatim).min(1).optional(),
  age: z.number().int().min(0).max(25).optional(),
  yearGroup: z.enum(YEAR_GROUP_IDS).optional(),
  initials: z
    .string()
    .regex(/^[A-Z]{1,3}$/)
    .optional(),
  evidence: z.array(evidenceSchema),
});
export type AccountFacts = z.infer<typeof accountFactsSchema>;
