/**
 * One triage question as an Adaptive Card: the progress line, the question, the choices (numbered,
 * so a typed "2" is obvious), and a Next button carrying the question id and flow version, so a
 * card pressed late or twice is recognised as stale instead of answering the wrong question.
 *
 * Pure JSON: no Bot Framework import. `parseAnswerSubmit` reads the same card's submit back.
 */
import type { SupportedLocale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import { CARD, qualify, REASK } from '../../flows/keys';
import type { QuestionOutput } from '../../flows/interpreter';
import { ANSWER_INPUT_IDS, parseCardSubmit, type CardAnswer } from '../../conversation/cardSubmit';
import { cardAction, VERBS, type Surface } from './actions';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { encodeChoiceKeys } from './answeredCard';

export interface CardContext {
  t: Translate;
  surface: Surface;
  locale: SupportedLocale;
}

/** The card's input ids: the conversation's answer schema reads exactly these. */
export { ANSWER_INPUT_IDS };

export interface QuestionCardOptions {
  /** Why the question is asked again (a `reask` output's key and params), shown above it. */
  reask?: { reasonKey: string; params?: Record<string, string | number> };
  /** A value the channel already knows (e.g. a phone number from the Teams profile), shown pre-filled. */
  prefill?: string;
}

/** Adaptive Cards take a two-letter language code. */
export function cardLanguage(locale: SupportedLocale): string {
  return locale === 'cy' ? 'cy' : 'en';
}

function answerText(value: QuestionOutput['answer']): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

function inputsFor(question: QuestionOutput, t: Translate, prefill: string | undefined): CardElement[] {
  const given = answerText(question.answer) ?? prefill;
  const required = !question.optional;
  const errorMessage = t(qualify(REASK.empty));
  // "(1) No", not "1. No": clients render choice titles as markdown, where "1." starts a list.
  const choices = question.choices.map((choice, index) => ({
    title: `(${index + 1}) ${t(choice.labelKey)}`,
    value: choice.value,
  }));
  switch (question.input) {
    case 'choice':
    case 'multi':
      return [
        {
          type: 'Input.ChoiceSet',
          id: ANSWER_INPUT_IDS.choice,
          label: t(qualify(CARD.answerLabel)),
          style: 'expanded',
          choices,
          wrap: true,
          ...(question.input === 'multi' ? { isMultiSelect: true } : {}),
          ...(given !== undefined && question.choices.length > 0 ? { value: given } : {}),
          ...(required ? { isRequired: true, errorMessage } : {}),
        },
      ];
    case 'text':
      return [
        {
          type: 'Input.Text',
          id: ANSWER_INPUT_IDS.text,
          label: t(qualify(CARD.textLabel)),
          ...(question.format ? { style: question.format === 'phone' ? 'tel' : 'text' } : { isMultiline: true }),
          ...(question.maxLength ? { maxLength: question.maxLength } : {}),
          ...(given !== undefined ? { value: given } : {}),
          ...(required ? { isRequired: true, errorMessage } : {}),
        },
      ];
    case 'number': {
      const number =
        typeof question.answer === 'number'
          ? question.answer
          : prefill !== undefined && /^\d+$/.test(prefill)
            ? Number(prefill)
            : undefined;
      const alternative = typeof question.answer === 'string' ? question.answer : undefined;
      const elements: CardElement[] = [
        {
          type: 'Input.Number',
          id: ANSWER_INPUT_IDS.number,
          label: t(qualify(CARD.numberLabel)),
          ...(question.min !== undefined ? { min: question.min } : {}),
          ...(question.max !== undefined ? { max: question.max } : {}),
          ...(number !== undefined ? { value: number } : {}),
        },
      ];
      if (question.choices.length > 0) {
        elements.push({
          type: 'Input.ChoiceSet',
          id: ANSWER_INPUT_IDS.choice,
          label: t(qualify(CARD.yearGroupLabel)),
          style: 'compact',
          choices: question.choices.map((choice) => ({ title: t(choice.labelKey), value: choice.value })),
          ...(alternative !== undefined ? { value: alternative } : {}),
        });
      }
      return elements;
    }
  }
}

export function buildQuestionCard(
  question: QuestionOutput,
  context: CardContext,
  options: QuestionCardOptions = {},
): AdaptiveCard {
  const { t } = context;
  const prompt = t(question.promptKey);
  const body: CardElement[] = [];
  if (!question.purpose) {
    body.push({
      type: 'TextBlock',
      text: t(qualify(CARD.progress), { index: question.progress.index, total: question.progress.total }),
      isSubtle: true,
      size: 'small',
      wrap: true,
    });
  }
  if (options.reask)
    body.push({
      type: 'TextBlock',
      text: t(options.reask.reasonKey, options.reask.params),
      color: 'attention',
      wrap: true,
    });
  body.push({ type: 'TextBlock', text: prompt, weight: 'bolder', style: 'heading', wrap: true });
  if (question.hintKey) body.push({ type: 'TextBlock', text: t(question.hintKey), isSubtle: true, wrap: true });
  body.push(...inputsFor(question, t, options.prefill));
  if (question.optional)
    body.push({ type: 'TextBlock', text: t(qualify(CARD.optional)), isSubtle: true, size: 'small', wrap: true });
  if (question.input === 'choice' || question.input === 'multi')
    body.push({ type: 'TextBlock', text: t(qualify(CARD.typeHint)), isSubtle: true, size: 'small', wrap: true });
  // The prompt and choices' wording keys come back with the press: Teams shows the answered card with its answer.
  const action = cardAction(
    context.surface,
    t(qualify(CARD.next)),
    {
      verb: VERBS.answer,
      nodeId: question.nodeId,
      flowVersion: question.flowVersion,
      runId: question.runId,
      promptKey: question.promptKey,
      ...(question.choices.length > 0 ? { choiceKeys: encodeChoiceKeys(question.choices) } : {}),
    },
    'positive',
  );
  // Clients that cannot show the card still show the question and its numbered options, which can be typed.
  const fallbackLines = [prompt, ...question.choices.map((choice, index) => `(${index + 1}) ${t(choice.labelKey)}`)];
  return adaptiveCard(body, {
    actions: [action],
    fallbackText: fallbackLines.join('\n'),
    speak: prompt,
    lang: cardLanguage(context.locale),
  });
}

/**
 * The flow input a question card's submit means (Action.Execute data in Teams, or the `value` of an
 * Action.Submit message in web chat), or undefined when it is not a triage answer.
 */
export function parseAnswerSubmit(value: unknown): CardAnswer | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  if (data.verb !== VERBS.answer) return undefined;
  const submit = parseCardSubmit(VERBS.answer, data);
  return submit.verb === VERBS.answer ? submit.answer : undefined;
}
