/**
 * The pure interpreter of a flow: (flow, persisted state, what the person did) → (new state, what
 * to say, what happened). It knows no SDK; the botbuilder-dialogs Dialog in src/channel calls it.
 *
 * The state holds the current node id and the flow version, never a step index, so an edited flow
 * can never resume a conversation at the wrong question: an old version restarts, with a message.
 * Bad input is normal and never throws: it gets a kind re-ask and the question again, and no
 * answer already given is lost.
 */
import { assessAnswer, isAnswerRuleName } from '../risk';
import type { RiskAssessment } from '../risk/types';
import { isValidAnswer, parseAnswer, type AnswerValue, type RawAnswer } from './answers';
import { editPickerId, SUMMARY_CHOICES, type Flow } from './compile';
import { MESSAGES, qualify, REASK, SUMMARY_QUESTION, type ReaskReason } from './keys';
import { conditionContext, isAsked, progressAt, resolveNext } from './progress';
import { isQuestionNode, type FlowNode, type QuestionNode, type SummaryNode } from './schema';
import { answeredOnPath, buildSummary, type TriageSummary } from './summary';
import { matchChoice } from './words';

export type { AnswerValue } from './answers';

export interface FlowState {
  flowId: string;
  flowVersion: number;
  nodeId: string;
  answers: Record<string, AnswerValue>;
  /** Nodes passed on the way to the current one, in order (answered questions and messages shown). */
  path: string[];
  startedAt: string;
  completed: boolean;
  /** At a summary: the person chose "change an answer" and is picking which. */
  stage?: 'pickEdit';
  /**
   * After changing an answer (or answers pre-filled at the start): questions already answered are
   * passed over, and messages already shown are not repeated, until the next question not yet answered.
   */
  fastForward?: { seen: string[] };
}

export type FlowInput =
  /**
   * `answers`: pre-filled (risk questions are still asked). `stated`: answers the person confirmed
   * themselves (their own account, on the confirm card): recorded as answers, risk events included.
   */
  | { kind: 'start'; answers?: Record<string, AnswerValue>; stated?: Record<string, AnswerValue> }
  | { kind: 'text'; text: string }
  /** A card submit; stale if nodeId/flowVersion differ from the state, or runId (when sent) names another run. */
  | { kind: 'card'; nodeId: string; flowVersion: number; values: string[]; text?: string; runId?: string }
  | { kind: 'back' }
  | { kind: 'edit'; nodeId: string }
  /**
   * Answers confirmed from an account typed at a question ("what have you seen or heard"), as on the
   * story's confirm card: recorded with their risk events for questions not yet answered; then on.
   */
  | { kind: 'stated'; answers: Record<string, AnswerValue> };

export interface QuestionOutput {
  kind: 'question';
  /** The question id a card must send back; a summary's "which answer" question is `<summary>.edit`. */
  nodeId: string;
  flowVersion: number;
  /** Which run of the flow asked it (its start time): a card from an earlier conversation is recognised. */
  runId: string;
  promptKey: string;
  hintKey?: string;
  input: 'choice' | 'multi' | 'text' | 'number';
  choices: { value: string; labelKey: string }[];
  optional: boolean;
  progress: { index: number; total: number };
  min?: number;
  max?: number;
  maxLength?: number;
  /** `phone`: a number to call back; `reference`: initials or a reference, never a name. */
  format?: 'reference' | 'phone';
  /** The answer already given (going back, changing an answer), to show pre-filled. */
  answer?: AnswerValue;
  /** Set for the summary's own questions, which are not counted as triage questions. */
  purpose?: 'confirmSummary' | 'chooseEdit';
}

export type FlowOutput =
  | { kind: 'message'; key: string; params?: Record<string, string | number> }
  | QuestionOutput
  | { kind: 'reask'; nodeId: string; reasonKey: string; params?: Record<string, string | number> }
  | { kind: 'summary'; summary: TriageSummary };

export type FlowEvent =
  | { kind: 'riskAnswer'; nodeId: string; rule: string; assessment: RiskAssessment }
  | { kind: 'answered'; nodeId: string; value: AnswerValue }
  | { kind: 'completed'; summary: TriageSummary };

export interface StepResult {
  state: FlowState;
  outputs: FlowOutput[];
  events: FlowEvent[];
}

/**
 * Thrown only for a flow the validator would have rejected (e.g. a cycle of messages): a programming error, not bad
 * input.
 */
export class FlowRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlowRuntimeError';
  }
}

export function isCurrentVersion(flow: Flow, state: FlowState): boolean {
  return state.flowId === flow.id && state.flowVersion === flow.version && flow.nodeById.has(state.nodeId);
}

/** The id a card for the current question carries. */
export function currentQuestionId(state: FlowState): string {
  return state.stage === 'pickEdit' ? editPickerId(state.nodeId) : state.nodeId;
}

interface Turn {
  readonly flow: Flow;
  readonly now: Date;
  state: FlowState;
  readonly outputs: FlowOutput[];
  readonly events: FlowEvent[];
}

function cloneState(state: FlowState): FlowState {
  return {
    ...state,
    answers: { ...state.answers },
    path: [...state.path],
    ...(state.fastForward ? { fastForward: { seen: [...state.fastForward.seen] } } : {}),
  };
}

function nodeOf(flow: Flow, id: string): FlowNode {
  const node = flow.nodeById.get(id);
  if (!node) throw new FlowRuntimeError(`flow "${flow.id}" has no node "${id}"`);
  return node;
}

function summaryNodeOf(turn: Turn): SummaryNode | undefined {
  const node = turn.flow.nodeById.get(turn.state.nodeId);
  return node?.kind === 'summary' ? node : undefined;
}

function questionOutput(turn: Turn, node: QuestionNode): QuestionOutput {
  const { flow, state } = turn;
  const context = conditionContext(flow, state.answers);
  const choices = node.kind === 'number' ? (node.alternatives ?? []) : node.kind === 'text' ? [] : (node.choices ?? []);
  const input =
    node.kind === 'multiChoice'
      ? 'multi'
      : node.kind === 'number'
        ? 'number'
        : node.kind === 'text' || (node.kind === 'reflect' && !node.choices)
          ? 'text'
          : 'choice';
  const output: QuestionOutput = {
    kind: 'question',
    nodeId: node.id,
    flowVersion: flow.version,
    runId: state.startedAt,
    promptKey: qualify(node.prompt),
    input,
    choices: choices.map((choice) => ({ value: choice.value, labelKey: qualify(choice.label) })),
    optional: node.optional === true,
    progress: progressAt(flow, node.id, state.path, context),
  };
  if (node.hint) output.hintKey = qualify(node.hint);
  if (node.kind === 'number') {
    output.min = node.min;
    output.max = node.max;
  }
  if (node.kind === 'text') {
    if (node.maxLength) output.maxLength = node.maxLength;
    if (node.format) output.format = node.format;
  }
  const given = state.answers[node.id];
  if (given !== undefined) output.answer = given;
  return output;
}

/** Questions on the path that can be changed from the summary, in the order they were asked. */
function editableNodes(turn: Turn): QuestionNode[] {
  const seen = new Set<string>();
  const nodes: QuestionNode[] = [];
  for (const id of turn.state.path) {
    const node = turn.flow.nodeById.get(id);
    if (node && isQuestionNode(node) && !seen.has(id)) {
      seen.add(id);
      nodes.push(node);
    }
  }
  return nodes;
}

function summaryQuestion(turn: Turn, node: SummaryNode): QuestionOutput {
  const asked = editableNodes(turn).length;
  const progress = { index: asked, total: asked };
  if (turn.state.stage === 'pickEdit') {
    return {
      kind: 'question',
      nodeId: editPickerId(node.id),
      flowVersion: turn.flow.version,
      runId: turn.state.startedAt,
      promptKey: qualify(SUMMARY_QUESTION.pickPrompt),
      input: 'choice',
      choices: editableNodes(turn).map((question) => ({ value: question.id, labelKey: qualify(question.label) })),
      optional: false,
      progress,
      purpose: 'chooseEdit',
    };
  }
  return {
    kind: 'question',
    nodeId: node.id,
    flowVersion: turn.flow.version,
    runId: turn.state.startedAt,
    promptKey: qualify(SUMMARY_QUESTION.prompt),
    input: 'choice',
    choices: SUMMARY_CHOICES.map((choice) => ({ value: choice.value, labelKey: qualify(choice.label) })),
    optional: false,
    progress,
    purpose: 'confirmSummary',
  };
}

/** Says the current question again (after a re-ask, a stale card, going back). */
function presentCurrent(turn: Turn): void {
  const summary = summaryNodeOf(turn);
  if (summary) {
    turn.outputs.push(summaryQuestion(turn, summary));
    return;
  }
  const node = nodeOf(turn.flow, turn.state.nodeId);
  if (isQuestionNode(node)) turn.outputs.push(questionOutput(turn, node));
}

function reask(turn: Turn, reason: ReaskReason, params?: Record<string, string | number>): void {
  turn.outputs.push({
    kind: 'reask',
    nodeId: currentQuestionId(turn.state),
    reasonKey: qualify(reason),
    ...(params ? { params } : {}),
  });
  presentCurrent(turn);
}

function summarize(turn: Turn, node: SummaryNode): TriageSummary {
  return buildSummary(turn.flow, node.purpose, turn.state, turn.now);
}

function complete(turn: Turn, node: SummaryNode): void {
  turn.events.push({ kind: 'completed', summary: summarize(turn, node) });
  turn.state.path.push(node.id);
  arrive(turn, resolveNext(node.next, conditionContext(turn.flow, turn.state.answers)));
}

/**
 * Moves to `nodeId` and on through everything that asks nothing (messages, reflections whose
 * condition does not hold, answers being kept while fast-forwarding) until a question, a summary
 * or the end.
 */
function arrive(turn: Turn, nodeId: string): void {
  const { flow, state } = turn;
  const passed = new Set<string>();
  let id = nodeId;
  for (;;) {
    const node = nodeOf(flow, id);
    const context = conditionContext(flow, state.answers);
    const again = passed.has(id);
    passed.add(id);
    if (again && !isQuestionNode(node))
      throw new FlowRuntimeError(`flow "${flow.id}" loops through "${id}" without asking anything`);
    switch (node.kind) {
      case 'info': {
        const shownBefore = state.fastForward?.seen.includes(id) ?? false;
        if (!shownBefore) turn.outputs.push({ kind: 'message', key: qualify(node.message) });
        state.path.push(id);
        id = resolveNext(node.next, context);
        continue;
      }
      case 'summary': {
        state.nodeId = id;
        delete state.stage;
        delete state.fastForward;
        const summary = summarize(turn, node);
        turn.outputs.push({ kind: 'summary', summary });
        if (node.confirm) {
          turn.outputs.push(summaryQuestion(turn, node));
          return;
        }
        complete(turn, node);
        return;
      }
      case 'end': {
        state.nodeId = id;
        state.completed = true;
        delete state.stage;
        delete state.fastForward;
        turn.outputs.push({ kind: 'message', key: qualify(node.message) });
        return;
      }
      default: {
        if (!isAsked(node, context)) {
          id = resolveNext(node.next, context);
          continue;
        }
        const fastForward = state.fastForward;
        const given = state.answers[id];
        const keep =
          fastForward !== undefined &&
          !again &&
          ((given !== undefined && isValidAnswer(node, given)) ||
            (node.optional === true && fastForward.seen.includes(id)));
        if (keep) {
          state.path.push(id);
          id = resolveNext(node.next, context);
          continue;
        }
        state.nodeId = id;
        turn.outputs.push(questionOutput(turn, node));
        return;
      }
    }
  }
}

function begin(
  flow: Flow,
  now: Date,
  prefill: Record<string, AnswerValue> | undefined,
  outputs: FlowOutput[],
  stated: Record<string, AnswerValue> = {},
): StepResult {
  const answers: Record<string, AnswerValue> = {};
  // Pre-filled answers (e.g. a contact number from Teams) are kept when valid; risk questions are always asked.
  for (const [id, value] of Object.entries(prefill ?? {})) {
    const node = flow.nodeById.get(id);
    const isRiskQuestion =
      node !== undefined && (node.kind === 'choice' || node.kind === 'multiChoice') && node.risk !== undefined;
    if (node && isQuestionNode(node) && !isRiskQuestion && isValidAnswer(node, value)) answers[id] = value;
  }
  const state: FlowState = {
    flowId: flow.id,
    flowVersion: flow.version,
    nodeId: flow.start,
    answers,
    path: [],
    startedAt: now.toISOString(),
    completed: false,
  };
  const turn: Turn = { flow, now, state, outputs, events: [] };
  // What the person confirmed is their answer: a worsening or a part-time timetable raises the level as if answered.
  for (const [id, value] of Object.entries(stated)) {
    const node = flow.nodeById.get(id);
    if (node && isQuestionNode(node) && isValidAnswer(node, value)) record(turn, node, value);
  }
  if (Object.keys(state.answers).length > 0) state.fastForward = { seen: [] };
  arrive(turn, flow.start);
  return { state: turn.state, outputs: turn.outputs, events: turn.events };
}

/**
 * Answers the person confirmed mid-flow: never one already given or on the path; then the first question still missing.
 */
function takeStated(turn: Turn, answers: Record<string, AnswerValue>): void {
  const { flow, state } = turn;
  for (const [id, value] of Object.entries(answers)) {
    const node = flow.nodeById.get(id);
    if (!node || !isQuestionNode(node) || state.answers[id] !== undefined || state.path.includes(id)) continue;
    if (isValidAnswer(node, value)) record(turn, node, value);
  }
  if (summaryNodeOf(turn)) {
    presentCurrent(turn);
    return;
  }
  state.fastForward = { seen: state.fastForward?.seen ?? [] };
  arrive(turn, state.nodeId);
}

function record(turn: Turn, node: QuestionNode, value: AnswerValue): void {
  turn.state.answers[node.id] = value;
  turn.events.push({ kind: 'answered', nodeId: node.id, value });
  if (
    (node.kind === 'choice' || node.kind === 'multiChoice') &&
    node.risk &&
    isAnswerRuleName(node.risk) &&
    typeof value !== 'number'
  ) {
    turn.events.push({
      kind: 'riskAnswer',
      nodeId: node.id,
      rule: node.risk,
      assessment: assessAnswer(node.risk, value),
    });
  }
}

function answerQuestion(turn: Turn, node: QuestionNode, raw: RawAnswer): void {
  const parsed = parseAnswer(node, raw, turn.flow.words);
  if (parsed.kind === 'reask') {
    reask(turn, parsed.reason, parsed.params);
    return;
  }
  if (parsed.kind === 'skip') delete turn.state.answers[node.id];
  else record(turn, node, parsed.value);
  turn.state.path.push(node.id);
  arrive(turn, resolveNext(node.next, conditionContext(turn.flow, turn.state.answers)));
}

function startEdit(turn: Turn, targetId: string): void {
  const { state } = turn;
  const target = turn.flow.nodeById.get(targetId);
  const index = state.path.indexOf(targetId);
  if (!target || !isQuestionNode(target) || index < 0) {
    if (targetId === state.nodeId && target && isQuestionNode(target)) {
      presentCurrent(turn);
      return;
    }
    reask(turn, REASK.cannotEdit);
    return;
  }
  const seen = [...(state.fastForward?.seen ?? []), ...state.path.slice(index + 1)];
  state.path = state.path.slice(0, index);
  state.nodeId = targetId;
  delete state.stage;
  state.fastForward = { seen };
  presentCurrent(turn);
}

function answerSummary(turn: Turn, node: SummaryNode, raw: RawAnswer): void {
  const { state } = turn;
  const typed = raw.kind === 'text' ? raw.text : raw.values.length === 0 ? (raw.text ?? '') : undefined;
  if (state.stage === 'pickEdit') {
    const ids = editableNodes(turn).map((question) => question.id);
    const picked =
      typed === undefined
        ? raw.kind === 'card' && raw.values.length === 1 && ids.includes(raw.values[0])
          ? raw.values[0]
          : undefined
        : pickTyped(turn, editPickerId(node.id), ids, typed);
    if (picked === undefined) {
      reask(turn, typed !== undefined && !typed.trim() ? REASK.empty : REASK.choiceExpected);
      return;
    }
    startEdit(turn, picked);
    return;
  }
  const values: string[] = SUMMARY_CHOICES.map((choice) => choice.value);
  const choice =
    typed === undefined
      ? raw.kind === 'card' && raw.values.length === 1 && values.includes(raw.values[0])
        ? raw.values[0]
        : undefined
      : pickTyped(turn, node.id, values, typed);
  if (choice === 'confirm') complete(turn, node);
  else if (choice === 'change') {
    state.stage = 'pickEdit';
    presentCurrent(turn);
  } else reask(turn, typed !== undefined && !typed.trim() ? REASK.empty : REASK.choiceExpected);
}

function pickTyped(turn: Turn, wordsId: string, values: readonly string[], typed: string): string | undefined {
  const match = matchChoice(typed, values, turn.flow.words.choiceWords[wordsId] ?? {}, true);
  return match.kind === 'one' ? match.value : undefined;
}

function answerCurrent(turn: Turn, raw: RawAnswer): void {
  const summary = summaryNodeOf(turn);
  if (summary) {
    answerSummary(turn, summary, raw);
    return;
  }
  const node = nodeOf(turn.flow, turn.state.nodeId);
  if (isQuestionNode(node)) answerQuestion(turn, node, raw);
  else presentCurrent(turn);
}

function goBack(turn: Turn): void {
  const { state, flow } = turn;
  if (state.stage === 'pickEdit') {
    delete state.stage;
    presentCurrent(turn);
    return;
  }
  let index = state.path.length - 1;
  while (index >= 0) {
    const node = flow.nodeById.get(state.path[index]);
    if (node && isQuestionNode(node)) break;
    index -= 1;
  }
  if (index < 0) {
    reask(turn, REASK.atStart);
    return;
  }
  state.nodeId = state.path[index];
  state.path = state.path.slice(0, index);
  delete state.fastForward;
  presentCurrent(turn);
}

export function step(flow: Flow, state: FlowState | undefined, input: FlowInput, now: Date): StepResult {
  if (input.kind === 'start') return begin(flow, now, input.answers, [], input.stated);
  if (!state || state.flowId !== flow.id) return begin(flow, now, undefined, []);
  if (!isCurrentVersion(flow, state))
    return begin(flow, now, undefined, [{ kind: 'message', key: qualify(MESSAGES.flowUpdated) }]);
  if (state.completed) return { state, outputs: [{ kind: 'message', key: qualify(MESSAGES.finished) }], events: [] };
  const turn: Turn = { flow, now, state: cloneState(state), outputs: [], events: [] };
  switch (input.kind) {
    case 'back':
      goBack(turn);
      break;
    case 'edit':
      startEdit(turn, input.nodeId);
      break;
    case 'card':
      if (input.flowVersion !== flow.version) reask(turn, REASK.oldVersionCard);
      else if (input.runId !== undefined && input.runId !== turn.state.startedAt)
        reask(turn, REASK.earlierConversation);
      else if (input.nodeId !== currentQuestionId(turn.state)) reask(turn, REASK.staleCard);
      else
        answerCurrent(turn, {
          kind: 'card',
          values: input.values,
          ...(input.text !== undefined ? { text: input.text } : {}),
        });
      break;
    case 'text':
      answerCurrent(turn, { kind: 'text', text: input.text });
      break;
    case 'stated':
      takeStated(turn, input.answers);
      break;
  }
  return { state: turn.state, outputs: turn.outputs, events: turn.events };
}

/**
 * The question the conversation is waiting on, to show it again (after help, a language switch …); undefined when none.
 */
export function currentQuestion(flow: Flow, state: FlowState, now: Date): QuestionOutput | undefined {
  if (!isCurrentVersion(flow, state) || state.completed) return undefined;
  const turn: Turn = { flow, now, state: cloneState(state), outputs: [], events: [] };
  presentCurrent(turn);
  return turn.outputs.find((output): output is QuestionOutput => output.kind === 'question');
}

/** The answered questions on the path, for the glue (e.g. to list what will be logged). */
export function answeredQuestions(flow: Flow, state: FlowState): Array<{ node: QuestionNode; value: AnswerValue }> {
  return answeredOnPath(flow, state.path, state.answers);
}

/**
 * Whether typed text is simply one of the current question's choices ("2", "Not that I know of",
 * "The child looks after someone at home"). Such text is the answer, assessed by the answer's own
 * rule; reading it again as a free-text disclosure would raise alarms from the option's own words.
 */
export function isTypedChoice(flow: Flow, state: FlowState, text: string): boolean {
  if (!isCurrentVersion(flow, state) || state.completed) return false;
  const node = flow.nodeById.get(state.nodeId);
  if (!node || !(node.kind === 'choice' || node.kind === 'multiChoice' || (node.kind === 'reflect' && node.choices)))
    return false;
  return parseAnswer(node, { kind: 'text', text }, flow.words).kind === 'answer';
}

/** Any question of the flow as a card would show it, with `answer` pre-filled (the story's confirm card). */
export function questionFor(
  flow: Flow,
  nodeId: string,
  answer: AnswerValue | undefined,
  now: Date,
): QuestionOutput | undefined {
  const node = flow.nodeById.get(nodeId);
  if (!node || !isQuestionNode(node)) return undefined;
  const state: FlowState = {
    flowId: flow.id,
    flowVersion: flow.version,
    nodeId,
    answers: answer === undefined ? {} : { [nodeId]: answer },
    path: [],
    startedAt: now.toISOString(),
    completed: false,
  };
  return questionOutput({ flow, now, state, outputs: [], events: [] }, node);
}

/** Reads one question's raw answer as the flow would (undefined when it is not a valid answer). */
export function readAnswer(flow: Flow, nodeId: string, raw: RawAnswer): AnswerValue | undefined {
  const node = flow.nodeById.get(nodeId);
  if (!node || !isQuestionNode(node)) return undefined;
  const parsed = parseAnswer(node, raw, flow.words);
  return parsed.kind === 'answer' ? parsed.value : undefined;
}
