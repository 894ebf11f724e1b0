/**
 * The safety questions asked together on one card (issue 17, item 2): each stays an explicit,
 * required question; none is answered on the person's behalf. The answers are then given to the
 * flow one question at a time, exactly as if each card had been pressed, so every risk rule runs.
 */
import { step, type Flow, type FlowInput, type FlowState, type QuestionOutput, type StepResult } from '../../flows';
import { questionFor } from '../../flows';

/** In the order the flow asks them; the self-harm question has two wordings (ticked or not). */
const GROUP: ReadonlyArray<readonly string[]> = [
  ['selfHarm', 'selfHarmTicked'],
  ['suicidalThoughts'],
  ['harmDisclosure'],
  ['exploitation'],
  ['missing'],
];

/** The safety questions from `question` on, when it opens the group; undefined otherwise. */
export function safetyGroupFrom(
  flow: Flow,
  state: FlowState,
  question: QuestionOutput,
  now: Date,
): QuestionOutput[] | undefined {
  if (question.purpose || !GROUP[0].includes(question.nodeId)) return undefined;
  const rest = GROUP.slice(1).map((ids) => ids[0]);
  const questions = [
    question,
    ...rest
      .map((id) => questionFor(flow, id, state.answers[id], now))
      .filter((q): q is QuestionOutput => q !== undefined),
  ];
  // The card must carry this run's id, like every question card.
  return questions.map((q) => ({ ...q, runId: question.runId }));
}

/**
 * Gives the card's answers to the flow in order, stopping at the first question the card did not
 * hold (e.g. "when was the attempt?") or at a re-ask. Returns every step taken, for their events.
 */
export function answerSafetyGroup(
  flow: Flow,
  state: FlowState,
  submitted: ReadonlyMap<string, { values: string[]; text?: string }>,
  flowVersion: number,
  runId: string | undefined,
  now: Date,
): StepResult[] {
  const results: StepResult[] = [];
  let current = state;
  for (let i = 0; i < GROUP.length; i++) {
    const raw = submitted.get(current.nodeId);
    // A question left empty on the card is asked on its own next, never taken as an answer.
    if (!raw || current.completed || (raw.values.length === 0 && raw.text === undefined)) break;
    const input: FlowInput = {
      kind: 'card',
      nodeId: current.nodeId,
      flowVersion,
      values: raw.values,
      ...(raw.text !== undefined ? { text: raw.text } : {}),
      ...(runId ? { runId } : {}),
    };
    const result = step(flow, current, input, now);
    results.push(result);
    if (result.outputs.some((o) => o.kind === 'reask')) break;
    current = result.state;
  }
  return results;
}
