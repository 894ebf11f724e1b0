/**
 * In Teams an answered question card is replaced in place (Action.Execute): it keeps its question
 * and shows the answer given, not only "Thank you, got it" (issue 20, point 17). The question card
 * carries its prompt and choice wording keys in its action data for this; nothing else is trusted.
 */
import { z } from 'zod';
import type { Translate } from '../../i18n/translate';
import { CARD, qualify } from '../../flows/keys';
import { adaptiveCard, plainLine, type AdaptiveCard } from './adaptiveCard';

const key = z.string().regex(/^triage:[A-Za-z0-9_.-]{1,120}$/);
const answeredSchema = z.object({
  promptKey: key,
  /** `value=key;value=key`: the choices' wording, so the answer shows as the person saw it. */
  choiceKeys: z.string().max(4000).optional(),
  answerChoice: z.string().max(4000).optional(),
  answerText: z.string().max(10000).optional(),
  answerNumber: z.union([z.number(), z.string().max(100)]).optional(),
});

export function encodeChoiceKeys(choices: ReadonlyArray<{ value: string; labelKey: string }>): string {
  return choices.map((c) => `${c.value}=${c.labelKey}`).join(';');
}

/** The question and the answer given, or undefined when the data is not a question card's. */
export function answeredCard(data: unknown, t: Translate): AdaptiveCard | undefined {
  const parsed = answeredSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  const labels = new Map(
    (d.choiceKeys ?? '')
      .split(';')
      .map((pair) => pair.split('=') as [string, string | undefined])
      .filter((pair): pair is [string, string] => pair[1] !== undefined && key.safeParse(pair[1]).success),
  );
  const chosen = (d.answerChoice ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => (labels.has(v) ? t(labels.get(v) as string) : plainLine(v)));
  const typed = [d.answerText, d.answerNumber === undefined ? undefined : String(d.answerNumber)]
    .filter((v): v is string => v !== undefined && v.trim() !== '')
    .map(plainLine);
  const given = [...chosen, ...typed].join(', ') || t('common:received');
  return adaptiveCard([
    { type: 'TextBlock', text: t(d.promptKey), weight: 'bolder', wrap: true },
    { type: 'TextBlock', text: `${t(qualify(CARD.answerLabel))}: ${given}`, wrap: true },
  ]);
}
