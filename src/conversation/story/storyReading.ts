/**
 * Story first (issue 17): a member of staff opens with their own account; the bot reads it, shows
 * what it understood on one card (every answer editable), and the triage then asks only what is
 * still missing. Pure: the conversation service keeps the pending story in its memory.
 */
import { z } from 'zod';
import { questionFor, readAnswer, type AnswerValue, type Flow, type QuestionOutput } from '../../flows';
import type { SupportedLocale } from '../../i18n/locale';
import type { AccountFacts } from '../../risk/account';
import { answersFromAccount, isStoryQuestion, STORY_QUESTIONS } from './accountAnswers';

/** The account read but not yet confirmed (kept in the conversation's memory for one card). */
export const pendingStorySchema = z.object({
  observation: z.string().max(8000),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number()])),
  /** The reporter's own opinions, kept apart from what they saw or heard. */
  opinions: z.array(z.string().max(2000)).max(20).default([]),
  camhsRequested: z.boolean().default(false),
  /** Read from the answer to "what have you seen or heard" in a triage already under way (not the first message). */
  midFlow: z.boolean().default(false),
});
export type PendingStory = z.infer<typeof pendingStorySchema>;

export type ReadAccount = (text: string, locale: SupportedLocale) => AccountFacts;

/** A question answered in words: a text question, or a reflection without choices (the reporter's view). */
function isFreeText(flow: Flow, id: string): boolean {
  const node = flow.nodeById.get(id);
  return node?.kind === 'text' || (node?.kind === 'reflect' && node.choices === undefined);
}

/** Reads an opening account; undefined when it states none of the triage's answers (then nothing to confirm). */
export function readStory(
  flow: Flow,
  text: string,
  locale: SupportedLocale,
  read: ReadAccount,
): PendingStory | undefined {
  const facts = read(text, locale);
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answersFromAccount(facts))) {
    // Only answers the flow itself would take: an option id the flow no longer has is asked instead.
    const checked =
      value === undefined
        ? undefined
        : readAnswer(
            flow,
            id,
            Array.isArray(value)
              ? { kind: 'card', values: value }
              : typeof value === 'number'
                ? { kind: 'text', text: String(value) }
                : isFreeText(flow, id)
                  ? { kind: 'text', text: value }
                  : { kind: 'card', values: [value] },
          );
    if (checked !== undefined) answers[id] = checked;
  }
  if (Object.keys(answers).length === 0) return undefined;
  return {
    observation: withoutOpinions(text, facts.opinions ?? []).slice(0, 8000),
    answers,
    opinions: facts.opinions ?? [],
    camhsRequested: facts.camhsRequested === true,
    midFlow: false,
  };
}

/**
 * What they saw or heard: the account without the sentences that are their own view (those are
 * recorded as opinion). Empty when the account was only opinion: then "what have you seen or heard?" is asked.
 */
export function withoutOpinions(text: string, opinions: readonly string[]): string {
  let rest = text;
  for (const opinion of opinions) rest = rest.replace(opinion, ' ');
  return rest.replace(/[ \t]{2,}/g, ' ').trim();
}

/** The confirm card's questions: each answer read, pre-filled and editable. */
export function confirmQuestions(flow: Flow, story: PendingStory, now: Date): QuestionOutput[] {
  return STORY_QUESTIONS.filter((id) => story.answers[id] !== undefined)
    .map((id) => questionFor(flow, id, story.answers[id], now))
    .filter((q): q is QuestionOutput => q !== undefined);
}

/**
 * The answers the person confirmed: what the card sent back for each question it showed (an
 * emptied input drops that answer, so it is asked), or the story as read when they typed on instead.
 */
export function confirmedAnswers(
  flow: Flow,
  story: PendingStory,
  submitted: ReadonlyMap<string, { values: string[]; text?: string }> | undefined,
): Record<string, AnswerValue> {
  if (!submitted) return { ...story.answers };
  const answers: Record<string, AnswerValue> = {};
  for (const [id, raw] of submitted) {
    if (!isStoryQuestion(id) || story.answers[id] === undefined) continue;
    const value = readAnswer(
      flow,
      id,
      raw.values.length > 0
        ? { kind: 'card', values: raw.values, ...(raw.text !== undefined ? { text: raw.text } : {}) }
        : { kind: 'text', text: raw.text ?? '' },
    );
    if (value !== undefined) answers[id] = value;
  }
  return answers;
}
