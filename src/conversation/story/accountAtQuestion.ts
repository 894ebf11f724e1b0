/**
 * Story first at "what have you seen or heard" (issue 17, item 1): an account typed there, in a
 * triage already under way, is read by the same reading as an opening account and pre-fills the same
 * way: one confirm card, then only what is still missing. Pure.
 */
import type { AnswerValue, Flow, FlowState } from '../../flows';
import type { SupportedLocale } from '../../i18n/locale';
import { readStory, type PendingStory, type ReadAccount } from './storyReading';

/** The flow's "what have you seen or heard" question (the field the summary calls observationText). */
export function observationQuestionId(flow: Flow): string | undefined {
  for (const node of flow.nodeById.values()) if ('field' in node && node.field === 'observationText') return node.id;
  return undefined;
}

/**
 * The story in the answer just given to the observation question: only the answers the flow does not
 * have yet (an account never overwrites an answer given). Undefined when there is nothing to confirm.
 */
export function storyFromObservation(
  flow: Flow,
  before: FlowState,
  after: FlowState,
  locale: SupportedLocale,
  read: ReadAccount,
): PendingStory | undefined {
  const id = observationQuestionId(flow);
  if (id === undefined || before.nodeId !== id || after.nodeId === id || before.path.includes(id)) return undefined;
  const text = after.answers[id];
  if (typeof text !== 'string') return undefined;
  const story = readStory(flow, text, locale, read);
  if (!story) return undefined;
  const missing: Record<string, AnswerValue> = {};
  for (const [question, value] of Object.entries(story.answers))
    if (after.answers[question] === undefined && !after.path.includes(question)) missing[question] = value;
  if (Object.keys(missing).length === 0) return undefined;
  return { ...story, answers: missing, midFlow: true };
}

/**
 * The flow state once a mid-flow story is confirmed: what they saw or heard loses the sentences that
 * were their own view (now recorded as opinion), and words typed instead of pressing the card are added.
 */
export function withConfirmedObservation(
  flow: Flow,
  state: FlowState,
  story: PendingStory,
  moreWords?: string,
): FlowState {
  const id = observationQuestionId(flow);
  if (id === undefined) return state;
  const observation = [story.observation || String(state.answers[id] ?? ''), moreWords]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join('\n')
    .slice(0, 2000);
  return observation === '' ? state : { ...state, answers: { ...state.answers, [id]: observation } };
}
