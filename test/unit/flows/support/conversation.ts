/** Drives the interpreter like a person would, one step at a time, keeping the state between turns. */
import type { Flow } from '../../../../src/flows/compile';
import {
  step,
  type AnswerValue,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type FlowState,
  type QuestionOutput,
  type StepResult,
} from '../../../../src/flows/interpreter';
import { loadFlows } from '../../../../src/files/flows';

let cached: ReadonlyMap<string, Flow> | undefined;

export function realFlows(): ReadonlyMap<string, Flow> {
  cached ??= loadFlows();
  return cached;
}

export function realFlow(id: 'triage' | 'signposting'): Flow {
  const flow = realFlows().get(id);
  if (!flow) throw new Error(`no flow ${id}`);
  return flow;
}

export const T0 = new Date('2025-03-04T09:30:00.000Z');

export class Conversation {
  state: FlowState | undefined;
  readonly turns: StepResult[] = [];
  private minutes = 0;

  constructor(
    readonly flow: Flow,
    state?: FlowState,
  ) {
    this.state = state;
  }

  send(input: FlowInput | string): StepResult {
    const now = new Date(T0.getTime() + this.minutes * 60_000);
    this.minutes += 1;
    const result = step(this.flow, this.state, typeof input === 'string' ? { kind: 'text', text: input } : input, now);
    this.state = result.state;
    this.turns.push(result);
    return result;
  }

  start(answers?: Record<string, AnswerValue>): StepResult {
    return this.send(answers ? { kind: 'start', answers } : { kind: 'start' });
  }

  /** Presses Next on the card of the question asked last, with these values. */
  card(values: string[], text?: string): StepResult {
    const question = this.question;
    return this.send({
      kind: 'card',
      nodeId: question.nodeId,
      flowVersion: question.flowVersion,
      runId: question.runId,
      values,
      ...(text !== undefined ? { text } : {}),
    });
  }

  get last(): StepResult {
    const turn = this.turns[this.turns.length - 1];
    if (!turn) throw new Error('nothing sent yet');
    return turn;
  }

  /** The question asked most recently. */
  get question(): QuestionOutput {
    for (let index = this.turns.length - 1; index >= 0; index -= 1) {
      const questions = this.turns[index].outputs.filter(
        (output): output is QuestionOutput => output.kind === 'question',
      );
      if (questions.length > 0) return questions[questions.length - 1];
    }
    throw new Error('no question asked yet');
  }

  get allEvents(): FlowEvent[] {
    return this.turns.flatMap((turn) => turn.events);
  }

  get allOutputs(): FlowOutput[] {
    return this.turns.flatMap((turn) => turn.outputs);
  }
}

export function questionsIn(outputs: readonly FlowOutput[]): QuestionOutput[] {
  return outputs.filter((output): output is QuestionOutput => output.kind === 'question');
}
