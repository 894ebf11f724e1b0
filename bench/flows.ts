/**
 * The flow interpreter's own cost: time per step (p50/p99) over whole triage conversations, answered
 * by card and by typed words, plus loading and validating the flows, and the number of questions
 * and taps a typical case takes on a card. Pure CPU, no network; bounded to a few seconds.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/flows.js
 */
import type { Flow } from '../src/flows/compile';
import { step, type FlowInput, type FlowState, type QuestionOutput } from '../src/flows/interpreter';
import { loadFlows } from '../src/files/flows';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';

/** A typical case (synthetic: J.B., Year 8, worry and not coming to school, getting worse). */
const TYPICAL: ReadonlyArray<{ node: string; values: string[]; text?: string; typed: string }> = [
  { node: 'immediateDanger', values: ['no'], typed: 'no' },
  { node: 'role', values: ['teacher'], typed: 'teacher' },
  { node: 'organisation', values: [], typed: 'skip' },
  { node: 'contactNumber', values: [], text: '01632 960123', typed: '01632 960123' },
  { node: 'childReference', values: [], text: 'J.B.', typed: 'J.B.' },
  { node: 'age', values: ['year-8'], typed: 'Year 8' },
  { node: 'area', values: ['england'], typed: 'England' },
  {
    node: 'needs',
    values: ['anxiety-low-mood', 'attendance-ebsa'],
    typed: 'Worry, anxiety or low mood, finding it hard to come to school',
  },
  {
    node: 'noticed',
    values: [],
    text: 'Crying in maths on Monday and Tuesday; says she cannot sleep.',
    typed: 'Crying in maths on Monday and Tuesday; says she cannot sleep.',
  },
  { node: 'duration', values: ['months'], typed: 'a few months' },
  { node: 'frequency', values: ['daily'], typed: 'every day' },
  { node: 'deterioration', values: ['worse'], typed: 'yes' },
  { node: 'education', values: ['persistent-absence'], typed: 'often absent' },
  { node: 'homeContext', values: ['none'], typed: 'nothing' },
  { node: 'selfHarm', values: ['none'], typed: 'no' },
  { node: 'suicidalThoughts', values: ['none'], typed: 'no' },
  { node: 'harmDisclosure', values: ['none'], typed: 'no' },
  { node: 'exploitation', values: ['none'], typed: 'none' },
  { node: 'missing', values: ['no'], typed: 'no' },
  { node: 'involved', values: ['school-nurse'], typed: 'school nurse' },
  { node: 'inPlace', values: [], typed: 'skip' },
  { node: 'childWords', values: [], text: 'I just can’t face it', typed: 'I just can’t face it' },
  { node: 'consent', values: ['aware-consents'], typed: 'they know and agree' },
  { node: 'summary', values: ['confirm'], typed: 'log it' },
];

const BUDGET_MS = 4000;
const MAX_CONVERSATIONS = 400;

function lastQuestion(outputs: ReadonlyArray<{ kind: string }>): QuestionOutput | undefined {
  const questions = outputs.filter((output): output is QuestionOutput => output.kind === 'question');
  return questions[questions.length - 1];
}

/** One whole conversation; returns each step's duration in microseconds. */
function converse(flow: Flow, way: 'card' | 'typed', now: Date): number[] {
  const times: number[] = [];
  const timed = (state: FlowState | undefined, input: FlowInput) => {
    const started = process.hrtime.bigint();
    const result = step(flow, state, input, now);
    times.push(Number(process.hrtime.bigint() - started) / 1000);
    return result;
  };
  let result = timed(undefined, { kind: 'start' });
  for (const answer of TYPICAL) {
    const question = lastQuestion(result.outputs);
    if (question?.nodeId !== answer.node)
      throw new Error(`expected ${answer.node}, got ${question?.nodeId ?? 'nothing'}`);
    const input: FlowInput =
      way === 'card'
        ? {
            kind: 'card',
            nodeId: question.nodeId,
            flowVersion: question.flowVersion,
            values: answer.values,
            ...(answer.text ? { text: answer.text } : {}),
          }
        : { kind: 'text', text: answer.typed };
    result = timed(result.state, input);
    if (result.outputs.some((output) => output.kind === 'reask')) throw new Error(`re-asked at ${answer.node}`);
  }
  if (!result.state.completed) throw new Error('the conversation did not complete');
  return times;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Taps on cards for the typical case: a single choice is select + Next (2); a multi-choice is one
 * tap per tick + Next; a text is Next after typing (1, and one typed field); a year group from the
 * drop-down is open + pick + Next (3); an optional question left blank is Next (1).
 */
function tapsAndTyping(flow: Flow): { questions: number; taps: number; typedFields: number } {
  let taps = 0;
  let typedFields = 0;
  let questions = 0;
  for (const answer of TYPICAL) {
    const node = flow.nodeById.get(answer.node);
    if (!node) throw new Error(`no node ${answer.node}`);
    if (node.kind !== 'summary') questions += 1;
    if (answer.text) {
      typedFields += 1;
      taps += 1;
    } else if (node.kind === 'number') taps += answer.values.length > 0 ? 3 : 1;
    else taps += answer.values.length + 1;
  }
  return { questions, taps, typedFields };
}

export async function run(): Promise<BenchResult[]> {
  const loadStarted = process.hrtime.bigint();
  const flows = loadFlows();
  const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  const triage = flows.get('triage');
  if (!triage) throw new Error('no triage flow');
  const now = new Date('2025-03-04T09:30:00Z');
  // Warm up, so the figures are the steady state a running bot sees.
  for (let index = 0; index < 20; index += 1) converse(triage, index % 2 === 0 ? 'card' : 'typed', now);

  const byWay: Record<'card' | 'typed', number[]> = { card: [], typed: [] };
  const deadline = Date.now() + BUDGET_MS;
  let conversations = 0;
  while (conversations < MAX_CONVERSATIONS && Date.now() < deadline) {
    const way = conversations % 2 === 0 ? 'card' : 'typed';
    byWay[way].push(...converse(triage, way, now));
    conversations += 1;
  }
  const results: BenchResult[] = [
    { name: 'flows.loadAndValidate', value: round(loadMs), unit: 'ms', goal: '< 500 ms at start-up' },
  ];
  for (const way of ['card', 'typed'] as const) {
    const sorted = [...byWay[way]].sort((a, b) => a - b);
    results.push(
      { name: `flows.step.${way}.p50`, value: round(percentile(sorted, 50)), unit: 'µs', goal: '< 1 ms' },
      { name: `flows.step.${way}.p99`, value: round(percentile(sorted, 99)), unit: 'µs', goal: '< 5 ms' },
      { name: `flows.step.${way}.samples`, value: sorted.length, unit: 'steps' },
    );
  }
  const typical = tapsAndTyping(triage);
  results.push(
    { name: 'triage.typical.questions', value: typical.questions, unit: 'questions' },
    { name: 'triage.typical.taps', value: typical.taps, unit: 'taps', goal: 'a few taps per question' },
    { name: 'triage.typical.typedFields', value: typical.typedFields, unit: 'fields' },
  );
  return results;
}

runWhenMain(module, run);
