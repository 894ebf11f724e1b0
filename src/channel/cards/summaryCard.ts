/**
 * The triage summary as an Adaptive Card: the reference, the route for this concern and why,
 * what to do today, what was shared (observations, the child's words, opinions and context kept
 * apart and labelled), and reflective questions for this case.
 *
 * Pure JSON: no Bot Framework import. Anything the person typed is escaped, so it shows as text.
 */
import type { Translate } from '../../i18n/translate';
import { qualify, SUMMARY } from '../../flows/keys';
import type { RecordPart } from '../../flows/schema';
import type { Route, SharedItem, TriageSummary } from '../../flows/summary';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement, type Container } from './adaptiveCard';
import { cardLanguage, type CardContext } from './questionCard';

/** The order sections appear in: who and about whom first, then facts before views. */
const SECTION_ORDER: readonly RecordPart[] = ['child', 'reporter', 'observation', 'childWords', 'opinion', 'context'];
const SECTION_NOTES: Partial<Record<RecordPart, string>> = SUMMARY.sectionNotes;

function answerText(item: SharedItem, part: RecordPart, t: Translate): string {
  const { answer } = item;
  if (answer.kind === 'number')
    return item.field === 'age' ? t(qualify(SUMMARY.ageYears), { age: answer.value }) : String(answer.value);
  if (answer.kind === 'choices') return answer.labelKeys.map((key) => t(key)).join(t(qualify(SUMMARY.listSeparator)));
  // The child's words are quoted exactly as typed.
  const text = plainText(answer.text);
  return part === 'childWords' ? `“${text}”` : text;
}

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'bolder', size: 'medium', wrap: true, spacing: 'medium', separator: true };
}

function bullets(texts: readonly string[]): CardElement[] {
  return texts.map((text) => ({ type: 'TextBlock', text: `• ${text}`, wrap: true, spacing: 'small' }));
}

function sharedSections(summary: TriageSummary, t: Translate): CardElement[] {
  const elements: CardElement[] = [];
  for (const part of SECTION_ORDER) {
    const items = summary.sections[part];
    if (items.length === 0) continue;
    elements.push(heading(t(qualify(SUMMARY.sections[part]))));
    const note = SECTION_NOTES[part];
    if (note)
      elements.push({
        type: 'TextBlock',
        text: t(qualify(note)),
        isSubtle: true,
        size: 'small',
        wrap: true,
        spacing: 'none',
      });
    elements.push({
      type: 'FactSet',
      facts: items.map((item) => ({ title: t(item.labelKey), value: answerText(item, part, t) })),
    });
  }
  return elements;
}

const ROUTE_STYLE: Record<Route, Container['style']> = {
  call999: 'attention',
  dslInPerson: 'attention',
  dslToday: 'warning',
  earlyHelp: 'accent',
  everyday: 'good',
};

/** The route, not a statutory level: child in need and child protection are the local authority's decisions. */
function route(summary: TriageSummary, t: Translate): Container {
  return {
    type: 'Container',
    style: ROUTE_STYLE[summary.route],
    spacing: 'medium',
    items: [
      { type: 'TextBlock', text: t(qualify(SUMMARY.routeTitle)), isSubtle: true, size: 'small', wrap: true },
      { type: 'TextBlock', text: t(summary.routeKey), weight: 'bolder', size: 'large', wrap: true, spacing: 'none' },
      { type: 'TextBlock', text: t(qualify(SUMMARY.becauseTitle)), weight: 'bolder', wrap: true, spacing: 'small' },
      ...bullets(summary.levelOfNeed.reasonKeys.map((key) => t(key))),
    ],
  };
}

export function buildSummaryCard(summary: TriageSummary, context: CardContext): AdaptiveCard {
  const { t } = context;
  const triage = summary.purpose === 'triage';
  const title = t(qualify(triage ? SUMMARY.title : SUMMARY.signpostingTitle));
  const reference = summary.reference
    ? t(qualify(SUMMARY.reference), { reference: plainText(summary.reference) })
    : t(qualify(SUMMARY.referencePending));
  const body: CardElement[] = [
    { type: 'TextBlock', text: title, style: 'heading', weight: 'bolder', size: 'large', wrap: true },
  ];
  if (triage) {
    body.push({ type: 'TextBlock', text: reference, isSubtle: !summary.reference, wrap: true, spacing: 'small' });
    body.push(route(summary, t));
    body.push(heading(t(qualify(SUMMARY.nextStepsTitle))), ...bullets(summary.nextStepKeys.map((key) => t(key))));
  }
  body.push(...sharedSections(summary, t));
  if (triage && summary.reflectiveQuestionKeys.length > 0) {
    body.push(
      heading(t(qualify(SUMMARY.reflectiveTitle))),
      ...bullets(summary.reflectiveQuestionKeys.map((key) => t(key))),
    );
  }
  return adaptiveCard(body, { fallbackText: title, lang: cardLanguage(context.locale) });
}
