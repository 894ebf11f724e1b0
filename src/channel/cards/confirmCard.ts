/**
 * "Here is what I understood": the answers read from a member of staff's own account on ONE card,
 * every one an editable input, and one Confirm button. Pure JSON; the conversation's card-submit parser reads the
 * same card's submit back (Action.Execute in Teams, Action.Submit in web chat).
 */
import type { QuestionOutput } from '../../flows/interpreter';
import { CARD, qualify, REASK, SAFETY_CARD, STORY_CARD } from '../../flows/keys';
import { confirmInputId } from '../../conversation/cardSubmit';
import { cardAction, VERBS, type Surface } from './actions';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { cardLanguage, type CardContext } from './questionCard';

/** Input ids on the confirm card: one per question, `<nodeId>.choice|text|number`. */
function answerText(value: QuestionOutput['answer']): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

function inputsFor(question: QuestionOutput, context: CardContext, required: boolean): CardElement[] {
  const { t } = context;
  const label = t(question.promptKey);
  const must = required && !question.optional ? { isRequired: true, errorMessage: t(qualify(REASK.empty)) } : {};
  const given = answerText(question.answer);
  const choices = question.choices.map((choice) => ({ title: t(choice.labelKey), value: choice.value }));
  switch (question.input) {
    case 'choice':
    case 'multi':
      return [
        {
          type: 'Input.ChoiceSet',
          id: confirmInputId(question.nodeId, 'choice'),
          label,
          style: question.input === 'multi' || required ? 'expanded' : 'compact',
          choices,
          wrap: true,
          ...(question.input === 'multi' ? { isMultiSelect: true } : {}),
          ...(given !== undefined ? { value: given } : {}),
          ...must,
        },
      ];
    case 'text':
      return [
        {
          type: 'Input.Text',
          id: confirmInputId(question.nodeId, 'text'),
          label,
          ...(question.format ? { style: question.format === 'phone' ? 'tel' : 'text' } : { isMultiline: true }),
          ...(given !== undefined ? { value: given } : {}),
        },
      ];
    case 'number': {
      const elements: CardElement[] = [
        {
          type: 'Input.Number',
          id: confirmInputId(question.nodeId, 'number'),
          label,
          ...(question.min !== undefined ? { min: question.min } : {}),
          ...(question.max !== undefined ? { max: question.max } : {}),
          ...(typeof question.answer === 'number' ? { value: question.answer } : {}),
        },
      ];
      if (choices.length > 0)
        elements.push({
          type: 'Input.ChoiceSet',
          id: confirmInputId(question.nodeId, 'choice'),
          label: t(qualify(CARD.yearGroupLabel)),
          style: 'compact',
          choices,
          ...(typeof question.answer === 'string' ? { value: question.answer } : {}),
        });
      return elements;
    }
  }
}

/**
 * `story`: what the account said, every answer editable, nothing required.
 * `safety`: the safety questions together, each one required: never answered from silence.
 */
export function buildConfirmCard(
  questions: readonly QuestionOutput[],
  context: CardContext & { surface: Surface },
  kind: 'story' | 'safety' = 'story',
): AdaptiveCard {
  const { t } = context;
  const words = kind === 'story' ? STORY_CARD : SAFETY_CARD;
  const body: CardElement[] = [
    { type: 'TextBlock', text: t(qualify(words.title)), weight: 'bolder', style: 'heading', wrap: true },
    { type: 'TextBlock', text: t(qualify(words.hint)), isSubtle: true, wrap: true },
  ];
  for (const question of questions) body.push(...inputsFor(question, context, kind === 'safety'));
  const first = questions[0];
  const data = {
    verb: kind === 'story' ? VERBS.storyConfirm : VERBS.safetyGroup,
    flowVersion: first?.flowVersion ?? 0,
    runId: first?.runId ?? '',
    nodes: questions.map((q) => q.nodeId).join(','),
  };
  const action = cardAction(context.surface, t(qualify(words.confirm)), data, 'positive');
  const fallback = [
    t(qualify(words.title)),
    ...questions.map((q) => `${t(q.promptKey)} ${answerText(q.answer) ?? ''}`),
  ].join('\n');
  return adaptiveCard(body, {
    actions: [action],
    fallbackText: fallback,
    speak: t(qualify(words.title)),
    lang: cardLanguage(context.locale),
  });
}
