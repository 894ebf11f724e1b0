import type { Flow } from '../../../src/flows/compile';
import {
  currentQuestion,
  currentQuestionId,
  isCurrentVersion,
  step,
  type FlowEvent,
  type FlowOutput,
  type FlowState,
  type QuestionOutput,
} from '../../../src/flows/interpreter';
import type { TriageSummary } from '../../../src/flows/summary';
import type { SupportedLocale } from '../../../src/i18n/locale';
import { Conversation, questionsIn, realFlow, T0 } from './support/conversation';
import { strictTranslate } from './support/translate';
import { CONFIRM, TYPICAL_CASE, type AnswerWay } from './support/typicalCase';

const triage = realFlow('triage');
const signposting = realFlow('signposting');
const translators = { 'en-GB': strictTranslate('en-GB'), cy: strictTranslate('cy') };

/** Everything a person would see, in one language; throws if any key or parameter is missing. */
function render(outputs: readonly FlowOutput[], locale: SupportedLocale): string[] {
  const t = translators[locale];
  return outputs.flatMap((output): string[] => {
    switch (output.kind) {
      case 'message':
        return [t(output.key, output.params)];
      case 'reask':
        return [t(output.reasonKey, output.params)];
      case 'question':
        return [
          t('triage:card.progress', output.progress),
          t(output.promptKey),
          ...(output.hintKey ? [t(output.hintKey)] : []),
          ...output.choices.map((choice) => t(choice.labelKey)),
        ];
      case 'summary': {
        const { summary } = output;
        const items = Object.values(summary.sections).flat();
        return [
          t(summary.levelOfNeed.labelKey),
          ...summary.levelOfNeed.reasonKeys.map((key) => t(key)),
          ...summary.nextStepKeys.map((key) => t(key)),
          ...summary.reflectiveQuestionKeys.map((key) => t(key)),
          ...items.flatMap((item) => [
            t(item.labelKey),
            ...(item.answer.kind === 'choices' ? item.answer.labelKeys.map((key) => t(key)) : []),
          ]),
        ];
      }
    }
  });
}

function reasks(outputs: readonly FlowOutput[]): Array<Extract<FlowOutput, { kind: 'reask' }>> {
  return outputs.filter((output): output is Extract<FlowOutput, { kind: 'reask' }> => output.kind === 'reask');
}

function summaryIn(outputs: readonly FlowOutput[]): TriageSummary {
  const found = outputs.find((output): output is Extract<FlowOutput, { kind: 'summary' }> => output.kind === 'summary');
  if (!found) throw new Error(`no summary in ${JSON.stringify(outputs.map((output) => output.kind))}`);
  return found.summary;
}

function riskEvents(events: readonly FlowEvent[]): Array<Extract<FlowEvent, { kind: 'riskAnswer' }>> {
  return events.filter((event): event is Extract<FlowEvent, { kind: 'riskAnswer' }> => event.kind === 'riskAnswer');
}

function answerTypical(conversation: Conversation, way: AnswerWay, upTo?: string): void {
  for (const answer of TYPICAL_CASE) {
    if (answer.node === upTo) return;
    expect(conversation.question.nodeId).toBe(answer.node);
    if (way === 'card') conversation.card(answer.card.values, answer.card.text);
    else conversation.send(answer[way]);
    expect(reasks(conversation.last.outputs)).toEqual([]);
  }
}

/** Answers the typical case up to (not including) `node`, replacing answers with `overrides` on the way. */
function conversationAt(
  node: string,
  overrides: Record<string, { values: string[]; text?: string }> = {},
): Conversation {
  const conversation = new Conversation(triage);
  conversation.start();
  for (let guard = 0; conversation.question.nodeId !== node; guard += 1) {
    if (guard > 40) throw new Error(`never reached ${node}`);
    const nodeId = conversation.question.nodeId;
    const answer = overrides[nodeId] ?? TYPICAL_CASE.find((item) => item.node === nodeId)?.card;
    if (!answer) throw new Error(`no answer for ${nodeId}`);
    conversation.card(answer.values, answer.text);
  }
  return conversation;
}

import { createLocalizer } from '../../../src/i18n/i18n';

describe('a full triage from start to summary', () => {
  const ways: AnswerWay[] = ['card', 'number', 'english', 'welsh'];
  const summaries = new Map<AnswerWay, TriageSummary>();

  it.each(ways)('reaches the summary and logs it when every answer is given by %s', (way) => {
    const conversation = new Conversation(triage);
    const first = conversation.start();
    expect(questionsIn(first.outputs)[0]).toMatchObject({
      nodeId: 'immediateDanger',
      progress: { index: 1, total: 21 },
      input: 'choice',
      optional: false,
    });
    answerTypical(conversation, way);
    const atSummary = conversation.last;
    const summary = summaryIn(atSummary.outputs);
    summaries.set(way, summary);
    expect(questionsIn(atSummary.outputs)).toEqual([
      expect.objectContaining({
        nodeId: 'summary',
        purpose: 'confirmSummary',
        choices: [expect.objectContaining({ value: 'confirm' }), expect.objectContaining({ value: 'change' })],
      }),
    ]);
    expect(conversation.allEvents.some((event) => event.kind === 'completed')).toBe(false);

    const done = way === 'card' ? conversation.card([...CONFIRM.card.values]) : conversation.send(CONFIRM[way]);
    const completed = done.events.find(
      (event): event is Extract<FlowEvent, { kind: 'completed' }> => event.kind === 'completed',
    );
    expect(completed?.summary.sections).toEqual(summary.sections);
    expect(done.outputs).toEqual([{ kind: 'message', key: 'triage:end.logged' }]);
    expect(conversation.state).toMatchObject({ completed: true, nodeId: 'logged' });
    // 21 questions (how long and how often are one question now), each asked once, and nothing re-asked.
    expect(conversation.allOutputs.filter((output) => output.kind === 'question' && !output.purpose)).toHaveLength(21);
  });

  it('records the same answers whichever way they were given', () => {
    const byCard = summaries.get('card');
    expect(byCard).toBeDefined();
    for (const way of ways) expect(summaries.get(way)?.sections).toEqual(byCard?.sections);
  });

  it('keeps observations, the child’s words, opinions and context apart, each under its label', () => {
    const summary = summaries.get('card') as TriageSummary;
    const ids = (part: keyof TriageSummary['sections']) => summary.sections[part].map((item) => item.nodeId);
    // Safety and the child's words first, admin last (issue 20, point 15): the record keeps the order asked.
    expect(ids('observation')).toEqual([
      'immediateDanger',
      'needs',
      'noticed',
      'selfHarm',
      'suicidalThoughts',
      'harmDisclosure',
      'exploitation',
      'missing',
      'duration',
    ]);
    expect(ids('childWords')).toEqual(['childWords']);
    expect(ids('opinion')).toEqual(['deterioration']);
    expect(ids('context')).toEqual(['education', 'homeContext', 'involved', 'consent']);
    expect(ids('reporter')).toEqual(['role', 'contactNumber']);
    expect(ids('child')).toEqual(['childReference', 'age', 'area']);
    expect(summary.sections.childWords[0]).toEqual({
      nodeId: 'childWords',
      labelKey: 'triage:q.childWords.label',
      field: 'childWords',
      answer: { kind: 'text', text: 'I just can’t face it' },
    });
  });

  it('gives the typical case level 3 with its reasons, next steps and reflective questions', () => {
    const summary = summaries.get('card') as TriageSummary;
    expect(summary.levelOfNeed).toMatchObject({ level: 3, reasons: ['severalNeedsEducation', 'severalNeedsWorse'] });
    expect(summary.riskLevel).toBe('concern');
    // The area is England: the DSL step is worded without "(in Wales, your DSP)" (issue 20, point 17).
    expect(summary.nextSteps).toEqual(['tellDslTodayEngland', 'earlyHelpAssessment', 'recordFacts', 'signposting']);
    // The teacher said it is getting worse: "is anything getting worse?" is not asked back (issue 20, point 16).
    expect(summary.reflectiveQuestions).toEqual(['abuseOrNeglect', 'educationProtection', 'factsOrAssumptions']);
    expect(summary).toMatchObject({
      needs: ['anxiety-low-mood', 'attendance-ebsa'],
      yearGroup: 8,
      ageRange: { min: 12, max: 13 },
      nation: 'england',
      wales: false,
      suggestEarlyHelpAssessment: true,
    });
    expect(summary.startedAt).toBe(T0.toISOString());
  });

  it.each<SupportedLocale>(['en-GB', 'cy'])('has wording in %s for everything said in the conversation', (locale) => {
    const conversation = new Conversation(triage);
    conversation.start();
    answerTypical(conversation, 'card');
    conversation.card(['confirm']);
    const lines = render(conversation.allOutputs, locale);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.every((line) => line.trim().length > 0)).toBe(true);
  });

  it('counts progress along the likely path: one more each question, never past the total', () => {
    const conversation = conversationAt('summary', {
      needs: { values: ['eating', 'neurodevelopmental'] },
      communication: { values: ['considered'] },
      eating: { values: ['concern'] },
    });
    const progress = conversation.allOutputs
      .filter((output): output is QuestionOutput => output.kind === 'question' && !output.purpose)
      .map((output) => output.progress);
    expect(progress.map((item) => item.index)).toEqual(progress.map((_item, index) => index + 1));
    for (const item of progress) expect(item.index).toBeLessThanOrEqual(item.total);
    // Ticking eating and neurodevelopmental adds the reflective question and the eating question.
    expect(progress[0].total).toBe(21);
    expect(progress[progress.length - 1]).toEqual({ index: 23, total: 23 });
  });

  it('persists only the node id, the flow version and the answers: a stored state resumes at the same question', () => {
    const conversation = conversationAt('education');
    const stored = JSON.parse(JSON.stringify(conversation.state)) as FlowState;
    expect(stored).toMatchObject({
      flowId: 'triage',
      flowVersion: triage.version,
      nodeId: 'education',
      completed: false,
    });
    expect(Object.keys(stored).sort()).toEqual([
      'answers',
      'completed',
      'flowId',
      'flowVersion',
      'nodeId',
      'path',
      'startedAt',
    ]);
    const resumed = step(
      triage,
      stored,
      { kind: 'card', nodeId: 'education', flowVersion: triage.version, values: ['part-time'] },
      T0,
    );
    expect(questionsIn(resumed.outputs)[0].nodeId).toBe('homeContext');
    expect(resumed.state.answers.education).toEqual(['part-time']);
  });

  it('can show the current question again without answering it (after help or a language switch)', () => {
    const conversation = conversationAt('needs');
    const state = conversation.state as FlowState;
    expect(currentQuestion(triage, state, T0)).toEqual(conversation.question);
    expect(conversation.state).toBe(state);
    expect(currentQuestion(triage, conversationAt('summary').state as FlowState, T0)).toMatchObject({
      nodeId: 'summary',
      purpose: 'confirmSummary',
    });
    expect(currentQuestion(triage, { ...state, flowVersion: 0 }, T0)).toBeUndefined();
  });

  it('does not change the state it was given', () => {
    const conversation = conversationAt('role');
    const before = JSON.stringify(conversation.state);
    step(triage, conversation.state, { kind: 'text', text: 'teacher' }, T0);
    step(triage, conversation.state, { kind: 'back' }, T0);
    expect(JSON.stringify(conversation.state)).toBe(before);
  });
});

describe('bad input gets a kind re-ask of the same question, and nothing is lost', () => {
  const cases: Array<{
    name: string;
    at: string;
    input: (conversation: Conversation) => void;
    reason: string;
    params?: Record<string, number>;
  }> = [
    { name: 'an empty answer', at: 'role', input: (c) => c.send('   '), reason: 'empty' },
    { name: 'an empty card', at: 'immediateDanger', input: (c) => c.card([]), reason: 'empty' },
    {
      name: 'an age of 400',
      at: 'age',
      input: (c) => c.send('400'),
      reason: 'outOfRange',
      params: { min: 0, max: 25 },
    },
    {
      name: 'an age of 400 on the card',
      at: 'age',
      input: (c) => c.card([], '400'),
      reason: 'outOfRange',
      params: { min: 0, max: 25 },
    },
    {
      name: 'an age in words',
      at: 'age',
      input: (c) => c.send('about twelve'),
      reason: 'numberExpected',
      params: { min: 0, max: 25 },
    },
    {
      name: 'two ages',
      at: 'age',
      input: (c) => c.send('11 or 12'),
      reason: 'numberExpected',
      params: { min: 0, max: 25 },
    },
    {
      name: 'text where a choice was expected',
      at: 'role',
      input: (c) => c.send('I look after the library'),
      reason: 'choiceExpected',
    },
    { name: 'a number with no option', at: 'role', input: (c) => c.send('9'), reason: 'choiceExpected' },
    {
      name: 'one unknown part of several choices',
      at: 'needs',
      input: (c) => c.send('1, 5, spaceships'),
      reason: 'choiceExpected',
    },
    { name: 'an ambiguous word', at: 'selfHarm', input: (c) => c.send('yes'), reason: 'choiceExpected' },
    {
      name: 'a card value that is not an option',
      at: 'role',
      input: (c) => c.card(['headteacher']),
      reason: 'choiceExpected',
    },
    {
      name: 'two values for a single choice',
      at: 'role',
      input: (c) => c.card(['teacher', 'other']),
      reason: 'choiceExpected',
    },
    {
      name: 'what looks like a full name',
      at: 'childReference',
      input: (c) => c.send('Jane Smith'),
      reason: 'noFullNames',
    },
    {
      name: 'a phone number that is not one',
      at: 'contactNumber',
      input: (c) => c.send('call me at break'),
      reason: 'phoneExpected',
    },
    {
      name: 'an observation too long to keep',
      at: 'noticed',
      input: (c) => c.send('x'.repeat(2001)),
      reason: 'tooLong',
      params: { max: 2000 },
    },
    { name: 'a required text left blank', at: 'noticed', input: (c) => c.send('skip'), reason: 'empty' },
    {
      name: 'a card pressed again for an earlier question',
      at: 'area',
      input: (c) =>
        c.send({ kind: 'card', nodeId: 'childReference', flowVersion: triage.version, values: [], text: 'J.B.' }),
      reason: 'staleCard',
    },
    {
      name: 'a card from an earlier version of the flow',
      at: 'area',
      input: (c) => c.send({ kind: 'card', nodeId: 'area', flowVersion: 0, values: ['wales'] }),
      reason: 'oldVersionCard',
    },
    {
      name: 'a card from an earlier conversation about another child',
      at: 'role',
      input: (c) =>
        c.send({
          kind: 'card',
          nodeId: 'role',
          flowVersion: triage.version,
          runId: '2025-02-01T08:00:00.000Z',
          values: ['teacher'],
        }),
      reason: 'earlierConversation',
    },
    {
      name: 'going back from the first question',
      at: 'immediateDanger',
      input: (c) => c.send({ kind: 'back' }),
      reason: 'atStart',
    },
    {
      name: 'changing an answer never given',
      at: 'area',
      input: (c) => c.send({ kind: 'edit', nodeId: 'role' }),
      reason: 'cannotEdit',
    },
  ];

  it.each(cases)('re-asks after $name', ({ at, input, reason, params }) => {
    const conversation = conversationAt(at);
    const before = conversation.state as FlowState;
    input(conversation);
    const { outputs, events, state } = conversation.last;
    expect(outputs).toHaveLength(2);
    expect(outputs[0]).toEqual({
      kind: 'reask',
      nodeId: at,
      reasonKey: `triage:reask.${reason}`,
      ...(params ? { params } : {}),
    });
    expect(outputs[1]).toMatchObject({ kind: 'question', nodeId: at });
    expect(events).toEqual([]);
    expect(state).toEqual(before);
    for (const locale of ['en-GB', 'cy'] as const) expect(render(outputs, locale)[0].length).toBeGreaterThan(20);
  });

  it('keeps every answer given before a stale card, and takes the next answer normally', () => {
    const conversation = conversationAt('area');
    const answers = { ...conversation.state?.answers };
    conversation.send({
      kind: 'card',
      nodeId: 'childReference',
      flowVersion: triage.version,
      values: [],
      text: 'K.L.',
    });
    expect(conversation.state?.answers).toEqual(answers);
    conversation.card(['wales']);
    expect(conversation.state?.answers).toMatchObject({ ...answers, area: 'wales' });
    expect(conversation.question.nodeId).toBe('duration');
  });

  it('refuses an answer that contradicts itself, naming the clash in English and Welsh (issue 17, item 5)', () => {
    const conversation = conversationAt('education');
    const refused = conversation.card(['none', 'missing-education']);
    expect(conversation.state?.answers.education).toBeUndefined();
    expect(conversation.question.nodeId).toBe('education');
    const reask = refused.outputs.find((output) => output.kind === 'reask');
    if (reask?.kind !== 'reask') throw new Error('no re-ask');
    // The bot's own localizer: the choices' wording is nested into the message.
    const localizer = createLocalizer();
    expect(localizer.t('en-GB')(reask.reasonKey, reask.params)).toBe(
      '“No, they are in school as usual” and “Not in any school or education” cannot both be true. Please choose again: the one that fits, or all the others that do.',
    );
    expect(localizer.t('cy')(reask.reasonKey, reask.params)).toMatch(
      /^Dydy “Nac ydy, mae yn yr ysgol fel arfer” a “Ddim mewn unrhyw ysgol nac addysg” ddim yn gallu bod yn wir/,
    );
    conversation.card(['missing-education']);
    expect(conversation.state?.answers.education).toEqual(['missing-education']);
  });

  it('keeps a disclosure ticked beside "none" on a safety question: never lost to the "none"', () => {
    const conversation = conversationAt('harmDisclosure');
    conversation.card(['none', 'physical']);
    expect(conversation.state?.answers.harmDisclosure).toEqual(['physical']);
  });

  it('restarts, saying why, a conversation stored under an older version of the flow', () => {
    const conversation = conversationAt('selfHarm');
    const old = { ...(conversation.state as FlowState), flowVersion: 0 };
    expect(isCurrentVersion(triage, old)).toBe(false);
    expect(isCurrentVersion(triage, conversation.state as FlowState)).toBe(true);
    const result = step(triage, old, { kind: 'text', text: 'no' }, T0);
    expect(result.outputs[0]).toEqual({ kind: 'message', key: 'triage:messages.flowUpdated' });
    expect(questionsIn(result.outputs)[0]).toMatchObject({ nodeId: 'immediateDanger', progress: { index: 1 } });
    expect(result.state).toMatchObject({
      flowVersion: triage.version,
      nodeId: 'immediateDanger',
      answers: {},
      path: [],
    });
    expect(result.events).toEqual([]);
  });

  it('asks who is involved and what support is in place as one question (issue 20, point 15)', () => {
    const conversation = conversationAt('involved');
    const values = conversation.question.choices.map((choice) => choice.value);
    expect(values).toEqual(expect.arrayContaining(['school-support', 'camhs', 'camhs-waiting']));
    expect(triage.nodeById.has('inPlace')).toBe(false);
    // "Seen by" goes straight on; "waiting for" asks since when, then straight on.
    conversation.card(['school-support', 'camhs']);
    expect(conversation.question.nodeId).toBe('consent');
    const waiting = conversationAt('involved');
    waiting.card(['camhs-waiting']);
    expect(waiting.question.nodeId).toBe('camhsSince');
    waiting.card([], 'March');
    expect(waiting.question.nodeId).toBe('consent');
  });

  it('takes answers stated in an account typed mid-flow: recorded with their risk events, then only what is missing (issue 17, item 1)', () => {
    const conversation = conversationAt('childWords');
    const result = conversation.send({
      kind: 'stated',
      answers: { childWords: 'I just want to stay in my room', deterioration: 'worse', needs: ['sleep'] },
    });
    // The child's words were stated: the next question is the first safety question, still asked.
    expect(questionsIn(result.outputs)[0].nodeId).toBe('selfHarm');
    expect(result.state.answers.childWords).toBe('I just want to stay in my room');
    // Needs was answered already: an account never overwrites an answer given.
    expect(result.state.answers.needs).toEqual(['anxiety-low-mood', 'attendance-ebsa']);
    expect(result.events).toContainEqual(expect.objectContaining({ kind: 'riskAnswer', nodeId: 'deterioration' }));
    const asked: string[] = [];
    for (let guard = 0; guard < 40 && conversation.question.purpose === undefined; guard += 1) {
      const nodeId = conversation.question.nodeId;
      asked.push(nodeId);
      const answer = TYPICAL_CASE.find((item) => item.node === nodeId)?.card;
      if (!answer) throw new Error(`no answer for ${nodeId}`);
      conversation.card(answer.values, answer.text);
    }
    expect(asked).toContain('suicidalThoughts');
    expect(asked).not.toContain('deterioration');
    expect(asked).not.toContain('childWords');
  });

  it('starts again a conversation left at the old "what is in place" question of version 2', () => {
    const conversation = conversationAt('consent');
    const old = { ...(conversation.state as FlowState), flowVersion: 2, nodeId: 'inPlace' };
    expect(triage.version).toBeGreaterThan(2);
    const result = step(triage, old, { kind: 'text', text: 'Key adult check-ins' }, T0);
    expect(result.outputs[0]).toEqual({ kind: 'message', key: 'triage:messages.flowUpdated' });
    expect(result.state).toMatchObject({ flowVersion: triage.version, nodeId: 'immediateDanger', answers: {} });
  });

  it('restarts a state whose question no longer exists in the flow', () => {
    const conversation = conversationAt('role');
    const state = { ...(conversation.state as FlowState), nodeId: 'removedQuestion' };
    expect(isCurrentVersion(triage, state)).toBe(false);
    expect(step(triage, state, { kind: 'text', text: '1' }, T0).state.nodeId).toBe('immediateDanger');
  });

  it('starts from the beginning when there is no state, without taking the first message as an answer', () => {
    const result = step(triage, undefined, { kind: 'text', text: 'yes' }, T0);
    expect(questionsIn(result.outputs)[0].nodeId).toBe('immediateDanger');
    expect(result.events).toEqual([]);
  });

  it('says a finished triage is already logged', () => {
    const conversation = conversationAt('summary');
    conversation.card(['confirm']);
    const after = conversation.send('anything else');
    expect(after.outputs).toEqual([{ kind: 'message', key: 'triage:messages.finished' }]);
    expect(after.events).toEqual([]);
  });
});

describe('going back and changing an answer', () => {
  it('goes back one question, shows the answer given, and moves on from the corrected answer', () => {
    const conversation = conversationAt('organisation');
    const back = conversation.send({ kind: 'back' });
    expect(questionsIn(back.outputs)[0]).toMatchObject({ nodeId: 'role', answer: 'teacher', progress: { index: 19 } });
    conversation.send('youth worker');
    expect(conversation.state?.answers.role).toBe('youth-worker');
    expect(conversation.question.nodeId).toBe('organisation');
  });

  it('goes back past a message to the question before it', () => {
    const conversation = conversationAt('immediateDanger');
    conversation.card(['unsure']);
    expect(conversation.last.outputs[0]).toEqual({ kind: 'message', key: 'triage:info.dangerUnsure' });
    conversation.send({ kind: 'back' });
    expect(conversation.question).toMatchObject({ nodeId: 'immediateDanger', answer: 'unsure' });
  });

  it('from the summary: "change an answer", pick it, change it, and return to the summary without re-asking the rest', () => {
    const conversation = conversationAt('summary');
    const change = conversation.send('change an answer');
    const picker = questionsIn(change.outputs)[0];
    expect(picker).toMatchObject({ nodeId: 'summary.edit', purpose: 'chooseEdit' });
    expect(picker.choices.map((choice) => choice.value)).toEqual(TYPICAL_CASE.map((answer) => answer.node));
    expect(currentQuestionId(conversation.state as FlowState)).toBe('summary.edit');

    conversation.send('age');
    expect(conversation.question).toMatchObject({ nodeId: 'age', answer: 'year-8' });
    const back = conversation.send('13');
    expect(questionsIn(back.outputs)).toEqual([
      expect.objectContaining({ nodeId: 'summary', purpose: 'confirmSummary' }),
    ]);
    expect(back.outputs.filter((output) => output.kind === 'message')).toEqual([]);
    expect(summaryIn(back.outputs)).toMatchObject({ age: 13, ageRange: { min: 13, max: 13 } });
    conversation.card(['confirm']);
    expect(conversation.state?.completed).toBe(true);
  });

  it('asks a question the changed answer newly needs (eating), then returns to the summary', () => {
    const conversation = conversationAt('summary');
    conversation.send({ kind: 'edit', nodeId: 'needs' });
    conversation.card(['anxiety-low-mood', 'attendance-ebsa', 'eating']);
    expect(conversation.question.nodeId).toBe('eating');
    conversation.card(['concern']);
    expect(conversation.question.nodeId).toBe('summary');
    expect(summaryIn(conversation.last.outputs).needs).toEqual(['anxiety-low-mood', 'eating', 'attendance-ebsa']);
  });

  it('raises immediate danger when it is changed to yes, and asks whether to carry on (the 999 guidance comes with the alert, in one message)', () => {
    const conversation = conversationAt('summary');
    conversation.send({ kind: 'edit', nodeId: 'immediateDanger' });
    const changed = conversation.card(['yes']);
    expect(changed.outputs.filter((output) => output.kind === 'message')).toEqual([]);
    expect(riskEvents(changed.events)).toEqual([
      expect.objectContaining({
        nodeId: 'immediateDanger',
        assessment: expect.objectContaining({ level: 'immediate' }),
      }),
    ]);
    expect(conversation.question.nodeId).toBe('continueAfterDanger');
    conversation.card(['continue']);
    expect(summaryIn(conversation.last.outputs)).toMatchObject({ riskLevel: 'immediate', levelOfNeed: { level: 4 } });
  });

  it('treats the summary’s confirm card, pressed while choosing an answer to change, as stale', () => {
    const conversation = conversationAt('summary');
    conversation.card(['change']);
    const stale = conversation.send({
      kind: 'card',
      nodeId: 'summary',
      flowVersion: triage.version,
      values: ['confirm'],
    });
    expect(stale.outputs[0]).toMatchObject({
      kind: 'reask',
      reasonKey: 'triage:reask.staleCard',
      nodeId: 'summary.edit',
    });
    expect(stale.events).toEqual([]);
    conversation.send({ kind: 'back' });
    expect(conversation.question).toMatchObject({ nodeId: 'summary', purpose: 'confirmSummary' });
  });

  it('drops answers left on a branch no longer taken from the summary', () => {
    const conversation = conversationAt('summary', { needs: { values: ['eating'] }, eating: { values: ['concern'] } });
    expect(conversation.state?.answers.eating).toBeDefined();
    conversation.send({ kind: 'edit', nodeId: 'needs' });
    conversation.card(['sleep']);
    const summary = summaryIn(conversation.last.outputs);
    expect(
      Object.values(summary.sections)
        .flat()
        .map((item) => item.nodeId),
    ).not.toContain('eating');
  });
});

describe('acting on the learning: what the behaviour may be communicating', () => {
  const cases: Array<{ name: string; needs: string[]; noticed: string; asked: boolean }> = [
    {
      name: 'neurodevelopmental needs are ticked',
      needs: ['neurodevelopmental'],
      noticed: 'Shouting in class.',
      asked: true,
    },
    {
      name: 'the observation mentions ADHD',
      needs: ['behaviour'],
      noticed: 'Has ADHD and keeps walking out.',
      asked: true,
    },
    {
      name: 'the observation says "diagnosed"',
      needs: ['behaviour'],
      noticed: 'Was diagnosed last year; angry outbursts.',
      asked: true,
    },
    {
      name: 'the observation mentions autism',
      needs: ['anxiety-low-mood'],
      noticed: 'She is autistic and has stopped eating lunch.',
      asked: true,
    },
    {
      name: 'the observation is in Welsh and mentions a diagnosis (mutated)',
      needs: ['behaviour'],
      noticed: 'Mae ganddo ddiagnosis o awtistiaeth.',
      asked: true,
    },
    {
      name: 'the observation mentions a disability',
      needs: ['behaviour'],
      noticed: 'Has a learning disability; bruises on arm.',
      asked: true,
    },
    // Behaviour alone is enough to ask what it may be communicating (issue 20, point 16).
    {
      name: 'behaviour is ticked with no diagnosis',
      needs: ['behaviour'],
      noticed: 'Adds up to a hard week: late, tired, sending messages in class.',
      asked: true,
    },
    {
      name: 'nothing like that is mentioned',
      needs: ['anxiety-low-mood'],
      noticed: 'Adds up to a hard week: late, tired, quiet in class.',
      asked: false,
    },
  ];

  /** Answers the safety questions as in the typical case, up to the reflective question or the context after it. */
  function pastSafetyQuestions(conversation: Conversation): void {
    while (!['communication', 'childReference'].includes(conversation.question.nodeId)) {
      const answer = TYPICAL_CASE.find((item) => item.node === conversation.question.nodeId)?.card ?? {
        values: ['none'],
      };
      conversation.card(answer.values, answer.text);
    }
  }

  it.each(cases)('is asked after the safety questions when $name: $asked', ({ needs, noticed, asked }) => {
    const conversation = conversationAt('noticed', { needs: { values: needs } });
    conversation.send(noticed);
    pastSafetyQuestions(conversation);
    expect(conversation.question.nodeId).toBe(asked ? 'communication' : 'childReference');
  });

  it('asks about abuse and neglect, and a worry raises the level and the next steps', () => {
    const conversation = conversationAt('noticed', { needs: { values: ['neurodevelopmental'] } });
    conversation.send('Hits out when the timetable changes.');
    pastSafetyQuestions(conversation);
    const question = conversation.question;
    expect(question).toMatchObject({
      nodeId: 'communication',
      promptKey: 'triage:q.communication.prompt',
      input: 'choice',
    });
    expect(translators['en-GB'](question.promptKey)).toMatch(/abuse or neglect/);
    expect(translators.cy(question.promptKey)).toMatch(/gam-drin neu esgeulustod/);
    conversation.card(['possible']);
    while (conversation.question.nodeId !== 'summary') {
      const answer = TYPICAL_CASE.find((item) => item.node === conversation.question.nodeId)?.card ?? {
        values: ['none'],
      };
      conversation.card(answer.values, answer.text);
    }
    const summary = summaryIn(conversation.last.outputs);
    expect(summary.sections.opinion.map((item) => item.nodeId)).toContain('communication');
    expect(summary.levelOfNeed.reasons).toContain('possibleAbuseNeglect');
    expect(summary.nextSteps).toContain('discussAbuseNeglect');
    expect(summary.reflectiveQuestions.slice(0, 2)).toEqual(['abuseOrNeglect', 'diagnosticOvershadowing']);
    expect(summary.reflectiveQuestions).toContain('interimSupport');
  });
});

describe('risk answers raise events for the glue to escalate', () => {
  const cases: Array<{
    node: string;
    values: string[];
    level: string;
    indicator?: string;
    overrides?: Record<string, { values: string[] }>;
  }> = [
    { node: 'immediateDanger', values: ['yes'], level: 'immediate', indicator: 'immediate-danger' },
    { node: 'deterioration', values: ['worse'], level: 'concern' },
    { node: 'education', values: ['missing-education'], level: 'concern', indicator: 'missing' },
    { node: 'homeContext', values: ['domestic-abuse'], level: 'urgent', indicator: 'domestic-abuse' },
    { node: 'selfHarm', values: ['recent'], level: 'urgent', indicator: 'self-harm' },
    { node: 'suicidalThoughts', values: ['plan'], level: 'urgent', indicator: 'suicidal-ideation' },
    { node: 'harmDisclosure', values: ['physical'], level: 'urgent', indicator: 'physical-abuse' },
    { node: 'exploitation', values: ['fgm-known'], level: 'urgent', indicator: 'fgm' },
    { node: 'exploitation', values: ['fgm-risk'], level: 'urgent', indicator: 'fgm' },
    // A child missing now is danger now (issue 20, point 7).
    { node: 'missing', values: ['now'], level: 'immediate', indicator: 'missing' },
    { node: 'harmDisclosure', values: ['adult-working-with-children'], level: 'urgent', indicator: 'abuse-disclosure' },
    { node: 'harmDisclosure', values: ['peers'], level: 'urgent', indicator: 'abuse-disclosure' },
    // An attempt with no time given is not recorded as happening now: the next question asks when (issue 20, point 8).
    { node: 'suicidalThoughts', values: ['attempt'], level: 'urgent', indicator: 'suicidal-ideation' },
    {
      node: 'attemptWhen',
      values: ['now'],
      level: 'immediate',
      indicator: 'immediate-danger',
      overrides: { suicidalThoughts: { values: ['attempt'] } },
    },
    {
      node: 'attemptWhen',
      values: ['longer'],
      level: 'concern',
      indicator: 'suicidal-ideation',
      overrides: { suicidalThoughts: { values: ['attempt'] } },
    },
    {
      node: 'eating',
      values: ['physical'],
      level: 'urgent',
      indicator: 'eating-disorder',
      overrides: { needs: { values: ['eating'] } },
    },
  ];

  it.each(cases)(
    '$node = $values → a riskAnswer event at $level, in the same step',
    ({ node, values, level, indicator, overrides }) => {
      const conversation = conversationAt(node, overrides);
      const result = conversation.card(values);
      const events = riskEvents(result.events);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ nodeId: node, rule: node, assessment: { level } });
      if (indicator) expect(events[0].assessment.indicators).toContain(indicator);
      expect(result.events[0]).toEqual({
        kind: 'answered',
        nodeId: node,
        value: triage.nodeById.get(node)?.kind === 'multiChoice' ? values : values[0],
      });
    },
  );

  it('raises a riskAnswer event (level none) for a reassuring answer too, so the glue sees every risk question answered', () => {
    const conversation = conversationAt('selfHarm');
    expect(riskEvents(conversation.card(['none']).events)).toEqual([
      expect.objectContaining({ nodeId: 'selfHarm', assessment: expect.objectContaining({ level: 'none' }) }),
    ]);
  });

  it('on immediate danger raises it at once, with no second message of its own, then lets the rest wait', () => {
    const conversation = conversationAt('immediateDanger');
    const danger = conversation.send('yes');
    // One message, not three: the 999 steps come with the alert from the conversation
    // (test/unit/conversation/alertMessage.test.ts).
    expect(danger.outputs.map((output) => output.kind)).toEqual(['question']);
    expect(riskEvents(danger.events)[0].assessment.level).toBe('immediate');
    expect(questionsIn(danger.outputs)[0].nodeId).toBe('continueAfterDanger');
    const later = conversation.send('later');
    expect(later.outputs).toEqual([{ kind: 'message', key: 'triage:end.pausedForDanger' }]);
    // It no longer claims an alert was sent: the alert message said what happened.
    expect(translators['en-GB']('triage:end.pausedForDanger')).not.toMatch(/alerted/);
    expect(translators.cy('triage:end.pausedForDanger')).not.toMatch(/wedi cael gwybod/);
    expect(conversation.state?.completed).toBe(true);
  });

  it('never takes a risk answer from pre-filled answers: risk questions are always asked', () => {
    const conversation = new Conversation(triage);
    const first = conversation.start({ immediateDanger: 'no', contactNumber: '01632 960000', role: 'teacher' });
    expect(questionsIn(first.outputs)[0].nodeId).toBe('immediateDanger');
    conversation.card(['no']);
    // Safety first: what was noticed comes next; role and the contact number (pre-filled, e.g. from Teams) are passed
    // over at the end.
    expect(conversation.question.nodeId).toBe('needs');
    while (conversation.question.nodeId !== 'organisation') {
      const answer = TYPICAL_CASE.find((item) => item.node === conversation.question.nodeId)?.card ?? {
        values: ['none'],
      };
      conversation.card(answer.values, answer.text);
    }
    expect(conversation.state?.answers).toMatchObject({ contactNumber: '01632 960000', role: 'teacher' });
    conversation.card([]);
    expect(conversation.question.nodeId).toBe('summary');
    expect(conversation.state?.answers).toMatchObject({ contactNumber: '01632 960000', role: 'teacher' });
  });

  it('ignores a pre-filled answer that is not valid for its question', () => {
    const conversation = new Conversation(triage);
    conversation.start({ role: 'astronaut', age: 400 });
    expect(conversation.state?.answers).toEqual({});
  });
});

describe('the signposting flow', () => {
  it('asks needs, age and area, then completes at once with a signposting summary', () => {
    const conversation = new Conversation(signposting);
    conversation.start();
    conversation.send('eating difficulties');
    conversation.send('12');
    const end = conversation.send('Wales');
    const summary = summaryIn(end.outputs);
    expect(summary).toMatchObject({
      purpose: 'signposting',
      needs: ['eating'],
      age: 12,
      wales: true,
      nextSteps: ['signposting'],
      reflectiveQuestions: [],
    });
    expect(end.events.filter((event) => event.kind === 'completed')).toHaveLength(1);
    expect(end.outputs[end.outputs.length - 1]).toEqual({ kind: 'message', key: 'triage:end.signposting' });
    expect(questionsIn(end.outputs)).toEqual([]);
    for (const locale of ['en-GB', 'cy'] as const)
      expect(render(conversation.allOutputs, locale).length).toBeGreaterThan(20);
  });

  it('skips what the glue already read from the request ("eating difficulties for a 12-year-old")', () => {
    const conversation = new Conversation(signposting);
    const first = conversation.start({ needs: ['eating'], age: 12 });
    expect(questionsIn(first.outputs)[0]).toMatchObject({ nodeId: 'area', optional: true });
    const end = conversation.card([]);
    expect(summaryIn(end.outputs)).toMatchObject({ needs: ['eating'], age: 12, wales: false });
    expect(summaryIn(end.outputs).nation).toBeUndefined();
  });
});

describe('a flow the validator would reject', () => {
  it('throws a clear error instead of looping forever through messages', () => {
    const broken: Flow = {
      ...triage,
      nodeById: new Map([
        ['a', { kind: 'info', id: 'a', message: 'info.consentInfo', next: 'b' }],
        ['b', { kind: 'info', id: 'b', message: 'info.consentInfo', next: 'a' }],
      ]),
      start: 'a',
    };
    expect(() => step(broken, undefined, { kind: 'start' }, T0)).toThrow(/loops through "a" without asking anything/);
  });
});

describe('a ticked need is not asked again (issue 20, point 15)', () => {
  it('asks when and how serious, not "has the child hurt themselves?", when self-harm was ticked', () => {
    const conversation = conversationAt('noticed', { needs: { values: ['self-harm'] } });
    conversation.send('Cuts on her forearm seen in PE.');
    conversation.card([]);
    expect(conversation.question).toMatchObject({
      nodeId: 'selfHarmTicked',
      promptKey: 'triage:q.selfHarmTicked.prompt',
    });
    expect(translators['en-GB'](conversation.question.promptKey)).toMatch(/When was the last time, and how serious/);
    expect(translators.cy(conversation.question.promptKey)).toMatch(/Pryd oedd y tro diwethaf/);
    const answered = conversation.card(['recent']);
    expect(riskEvents(answered.events)[0]).toMatchObject({
      nodeId: 'selfHarmTicked',
      rule: 'selfHarm',
      assessment: { level: 'urgent' },
    });
    expect(conversation.question.nodeId).toBe('suicidalThoughts');
    expect(conversation.state?.path).not.toContain('selfHarm');
  });

  it('still asks the direct question when self-harm was not ticked', () => {
    const conversation = conversationAt('childWords');
    conversation.card([]);
    expect(conversation.question.nodeId).toBe('selfHarm');
  });
});
