import { VERBS } from '../../../../src/channel/cards/actions';
import type { AdaptiveCard, CardElement, ChoiceSetInput, TextBlock } from '../../../../src/channel/cards/adaptiveCard';
import {
  ANSWER_INPUT_IDS,
  buildQuestionCard,
  parseAnswerSubmit,
  type CardContext,
} from '../../../../src/channel/cards/questionCard';
import { step, type QuestionOutput } from '../../../../src/flows/interpreter';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { adaptiveCardErrors } from '../../../support/adaptiveCardSchema';
import { Conversation, questionsIn, realFlow, T0 } from '../../flows/support/conversation';
import { strictTranslate } from '../../flows/support/translate';
import { TYPICAL_CASE } from '../../flows/support/typicalCase';

const triage = realFlow('triage');

function context(surface: CardContext['surface'], locale: SupportedLocale): CardContext {
  return { t: strictTranslate(locale), surface, locale };
}

/** Every question of a whole conversation, including the reflective one, eating, and the summary's own two. */
function allQuestions(): QuestionOutput[] {
  const conversation = new Conversation(triage);
  conversation.start();
  const overrides: Record<string, string[]> = {
    needs: ['neurodevelopmental', 'eating'],
    communication: ['unsure'],
    eating: ['concern'],
  };
  while (conversation.question.nodeId !== 'summary') {
    const nodeId = conversation.question.nodeId;
    const typical = TYPICAL_CASE.find((answer) => answer.node === nodeId)?.card;
    conversation.card(overrides[nodeId] ?? typical?.values ?? [], typical?.text);
  }
  conversation.card(['change']);
  return questionsIn(conversation.allOutputs);
}

const questions = allQuestions();
const texts = (card: AdaptiveCard): string[] =>
  card.body.filter((element): element is TextBlock => element.type === 'TextBlock').map((element) => element.text);
const inputs = (card: AdaptiveCard): CardElement[] => card.body.filter((element) => element.type.startsWith('Input.'));

describe('question cards', () => {
  it('covers every kind of question in the triage', () => {
    expect(new Set(questions.map((question) => question.input))).toEqual(
      new Set(['choice', 'multi', 'text', 'number']),
    );
    expect(questions.map((question) => question.nodeId)).toEqual(
      expect.arrayContaining(['communication', 'eating', 'summary', 'summary.edit']),
    );
    expect(questions).toHaveLength(25);
  });

  it.each([
    ['teams', 'en-GB'],
    ['teams', 'cy'],
    ['webchat', 'en-GB'],
    ['webchat', 'cy'],
  ] as const)('are valid Adaptive Cards 1.5 for every question (%s, %s)', (surface, locale) => {
    for (const question of questions) {
      const card = buildQuestionCard(question, context(surface, locale), {
        reask: { reasonKey: 'triage:reask.outOfRange', params: { min: 0, max: 25 } },
      });
      expect({ nodeId: question.nodeId, errors: adaptiveCardErrors(card) }).toEqual({
        nodeId: question.nodeId,
        errors: [],
      });
      expect(card.lang).toBe(locale === 'cy' ? 'cy' : 'en');
    }
  });

  it('submits with Action.Execute in Teams and Action.Submit in web chat, carrying the verb, the question id and the flow version', () => {
    const question = questions[0];
    const teams = buildQuestionCard(question, context('teams', 'en-GB'));
    const web = buildQuestionCard(question, context('webchat', 'en-GB'));
    // The prompt and choices' wording keys come back with the press, so Teams can show the answered card (issue 20,
    // point 17).
    const data = {
      verb: VERBS.answer,
      nodeId: 'immediateDanger',
      flowVersion: question.flowVersion,
      runId: question.runId,
      promptKey: 'triage:q.immediateDanger.prompt',
      choiceKeys:
        'no=triage:q.immediateDanger.choices.no;unsure=triage:q.immediateDanger.choices.unsure;yes=triage:q.immediateDanger.choices.yes',
    };
    expect(question.runId).toBe(T0.toISOString());
    expect(teams.actions).toEqual([
      { type: 'Action.Execute', title: 'Next', verb: VERBS.answer, data, style: 'positive' },
    ]);
    expect(web.actions).toEqual([{ type: 'Action.Submit', title: 'Next', data, style: 'positive' }]);
  });

  it('shows the progress line, the question and its hint, and numbered choices as an expanded, required choice set', () => {
    const card = buildQuestionCard(questions[0], context('teams', 'en-GB'));
    expect(texts(card).slice(0, 3)).toEqual([
      'Question 1 of 21',
      'First: is the child in immediate danger right now?',
      expect.stringMatching(/^For example/),
    ]);
    expect(inputs(card)).toEqual([
      expect.objectContaining({
        type: 'Input.ChoiceSet',
        id: ANSWER_INPUT_IDS.choice,
        style: 'expanded',
        isRequired: true,
        choices: [
          { title: '(1) No', value: 'no' },
          { title: "(2) I'm not sure", value: 'unsure' },
          { title: '(3) Yes, in danger now', value: 'yes' },
        ],
      }),
    ]);
    expect(texts(buildQuestionCard(questions[0], context('webchat', 'cy')))[0]).toBe('Cwestiwn 1 o 21');
  });

  it('lets several choices be ticked for a multi-choice question', () => {
    const needs = questions.find((question) => question.nodeId === 'needs') as QuestionOutput;
    const [set] = inputs(buildQuestionCard(needs, context('teams', 'en-GB'))) as ChoiceSetInput[];
    expect(set).toMatchObject({ isMultiSelect: true, style: 'expanded' });
    expect(set.choices).toHaveLength(17);
  });

  it('offers a phone field for the call-back number, says it may be left blank, and can show a number the channel knows', () => {
    const phone = questions.find((question) => question.nodeId === 'contactNumber') as QuestionOutput;
    const card = buildQuestionCard(phone, context('teams', 'en-GB'), { prefill: '01632 960555' });
    expect(inputs(card)).toEqual([
      { type: 'Input.Text', id: ANSWER_INPUT_IDS.text, label: 'Your answer', style: 'tel', value: '01632 960555' },
    ]);
    expect(texts(card)).toContain('You can leave this blank.');
  });

  it('asks the age with a number field and offers year groups', () => {
    const age = questions.find((question) => question.nodeId === 'age') as QuestionOutput;
    const [number, years] = inputs(buildQuestionCard(age, context('webchat', 'cy')));
    expect(number).toMatchObject({ type: 'Input.Number', id: ANSWER_INPUT_IDS.number, min: 0, max: 25 });
    expect(years).toMatchObject({ type: 'Input.ChoiceSet', id: ANSWER_INPUT_IDS.choice, style: 'compact' });
    expect((years as ChoiceSetInput).choices.slice(0, 2)).toEqual([
      { title: 'Derbyn', value: 'reception' },
      { title: 'Blwyddyn 1', value: 'year-1' },
    ]);
  });

  it('shows the answer already given when going back, and the reason when asking again', () => {
    const conversation = new Conversation(triage);
    conversation.start();
    conversation.card(['no']);
    conversation.card(['sleep']);
    conversation.send({ kind: 'back' });
    const card = buildQuestionCard(conversation.question, context('teams', 'en-GB'), {
      reask: { reasonKey: 'triage:reask.choiceExpected' },
    });
    expect((inputs(card)[0] as ChoiceSetInput).value).toBe('sleep');
    expect(card.body[1]).toMatchObject({
      type: 'TextBlock',
      color: 'attention',
      text: expect.stringMatching(/^Sorry, I didn't recognise that/),
    });
  });

  it('leaves the progress line off the summary’s own questions', () => {
    const confirm = questions.find((question) => question.purpose === 'confirmSummary') as QuestionOutput;
    expect(texts(buildQuestionCard(confirm, context('teams', 'en-GB')))[0]).toMatch(
      /^That is everything I need. Shall I log it?/,
    );
  });
});

describe('reading a question card’s submit back', () => {
  it('turns Teams Action.Execute data (with the inputs merged in) into a card answer', () => {
    expect(
      parseAnswerSubmit({
        verb: VERBS.answer,
        nodeId: 'needs',
        flowVersion: 1,
        [ANSWER_INPUT_IDS.choice]: 'sleep,eating',
      }),
    ).toEqual({ kind: 'card', nodeId: 'needs', flowVersion: 1, values: ['sleep', 'eating'] });
    expect(
      parseAnswerSubmit({
        verb: VERBS.answer,
        nodeId: 'noticed',
        flowVersion: '2',
        [ANSWER_INPUT_IDS.text]: 'Crying at lunch.',
      }),
    ).toEqual({ kind: 'card', nodeId: 'noticed', flowVersion: 2, values: [], text: 'Crying at lunch.' });
    expect(
      parseAnswerSubmit({
        verb: VERBS.answer,
        nodeId: 'age',
        flowVersion: 1,
        [ANSWER_INPUT_IDS.number]: 12,
        [ANSWER_INPUT_IDS.choice]: '',
      }),
    ).toEqual({ kind: 'card', nodeId: 'age', flowVersion: 1, values: [], text: '12' });
    expect(
      parseAnswerSubmit({
        verb: VERBS.answer,
        nodeId: 'role',
        flowVersion: 1,
        runId: '2025-03-04T09:30:00.000Z',
        [ANSWER_INPUT_IDS.choice]: 'teacher',
      }),
    ).toEqual({ kind: 'card', nodeId: 'role', flowVersion: 1, runId: '2025-03-04T09:30:00.000Z', values: ['teacher'] });
  });

  it.each([
    ['another verb', { verb: VERBS.claim, nodeId: 'role', flowVersion: 1 }],
    ['no question id', { verb: VERBS.answer, flowVersion: 1 }],
    ['no version', { verb: VERBS.answer, nodeId: 'role' }],
    [
      'a text that is not text',
      { verb: VERBS.answer, nodeId: 'role', flowVersion: 1, [ANSWER_INPUT_IDS.text]: { evil: true } },
    ],
    ['nothing', undefined],
  ])('ignores %s', (_name, value) => expect(parseAnswerSubmit(value)).toBeUndefined());

  it('round-trips: the answer submitted from a card moves the triage on, and the same card from another run is refused', () => {
    const first = step(triage, undefined, { kind: 'start' }, T0);
    const card = buildQuestionCard(questionsIn(first.outputs)[0], context('webchat', 'en-GB'));
    const action = card.actions?.[0];
    if (!action || action.type === 'Action.OpenUrl' || action.type === 'Action.ShowCard')
      throw new Error('no submit action');
    const input = parseAnswerSubmit({ ...action.data, [ANSWER_INPUT_IDS.choice]: 'no' });
    if (!input) throw new Error('submit not understood');
    const next = step(triage, first.state, input, T0);
    // What was noticed comes straight after the danger question (issue 20, point 15).
    expect(questionsIn(next.outputs)[0].nodeId).toBe('needs');
    const secondRun = step(triage, undefined, { kind: 'start' }, new Date(T0.getTime() + 60_000));
    expect(step(triage, secondRun.state, input, T0).outputs[0]).toMatchObject({
      kind: 'reask',
      reasonKey: 'triage:reask.earlierConversation',
    });
  });
});
