/**
 * "Here is what I understood": the answers read from a member of staff's own account on ONE card,
 * every one an editable input, and one Confirm button. Pure JSON; `parseConfirmSubmit` reads the
 * same card's submit back (Action.Execute in Teams, Action.Submit in web chat).
 */
import { z } from 'zod';
import type { QuestionOutput } from '../../flows/interpreter';
import { CARD, qualify, REASK, SAFETY_CARD, STORY_CARD } from '../../flows/keys';
import { cardAction, VERBS, type Surface } from './actions';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { cardLanguage, type CardContext } from './questionCard';

/** Input ids on the confirm card: one per question, `<nodeId>.choice|text|number`. */
export function confirmInputId(nodeId: string, part: 'choice' | 'text' | 'number'): string {
  return `${nodeId}.${part}`;
}

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

const submitSchema = z
  .object({ verb: z.enum([VERBS.storyConfirm, VERBS.safetyGroup]), nodes: z.string().max(1000) })
  .catchall(z.unknown());

/** The raw answers on a confirm card's submit, per question (only the questions the card showed). */
export function parseConfirmSubmit(value: unknown): Map<string, { values: string[]; text?: string }> | undefined {
  const parsed = submitSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data as Record<string, unknown>;
  const read = (id: string): string | undefined => {
    const raw = data[id];
    if (typeof raw === 'number') return String(raw);
    return typeof raw === 'string' && raw.length <= 10000 ? raw : undefined;
  };
  const answers = new Map<string, { values: string[]; text?: string }>();
  for (const nodeId of parsed.data.nodes.split(',').filter(Boolean)) {
    const values = (read(confirmInputId(nodeId, 'choice')) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const text = read(confirmInputId(nodeId, 'text')) ?? read(confirmInputId(nodeId, 'number'));
    answers.set(nodeId, { values, ...(text !== undefined && text.trim() !== '' ? { text } : {}) });
  }
  return answers;
}
