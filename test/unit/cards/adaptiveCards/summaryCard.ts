import {
  plainText,
  type AdaptiveCard,
  type CardElement,
  type Container,
  type FactSet,
  type TextBlock,
} from '../../../../src/channel/cards/adaptiveCard';
import type { CardContext } from '../../../../src/channel/cards/questionCard';
import { buildSummaryCard } from '../../../../src/channel/cards/summaryCard';
import { buildSummary, type TriageSummary } from '../../../../src/flows/summary';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { adaptiveCardErrors } from '../../../support/adaptiveCardSchema';
import { realFlow, T0 } from '../../flows/support/conversation';
import { strictTranslate } from '../../flows/support/translate';

const triage = realFlow('triage');
const context = (surface: CardContext['surface'], locale: SupportedLocale): CardContext => ({
  t: strictTranslate(locale),
  surface,
  locale,
});

const path = [
  'immediateDanger',
  'role',
  'childReference',
  'age',
  'area',
  'needs',
  'noticed',
  'communication',
  'deterioration',
  'education',
  'selfHarm',
  'exploitation',
  'involved',
  'childWords',
  'consent',
];
const answers = {
  immediateDanger: 'no',
  role: 'youth-worker',
  childReference: 'T.R.',
  age: 15,
  area: 'wales',
  needs: ['neurodevelopmental', 'behaviour'],
  noticed: 'Has ADHD; punched a wall. See [this](http://example.invalid) *now*',
  communication: 'possible',
  deterioration: 'worse',
  education: ['exclusion'],
  selfHarm: 'none',
  exploitation: ['none'],
  involved: ['camhs'],
  childWords: 'nobody listens at home',
  consent: 'not-aware',
};
const summary = buildSummary(triage, 'triage', { path, answers, startedAt: T0.toISOString() }, T0);

function allTexts(elements: readonly CardElement[]): string[] {
  return elements.flatMap((element): string[] => {
    if (element.type === 'TextBlock') return [element.text];
    if (element.type === 'Container') return allTexts(element.items);
    if (element.type === 'FactSet') return element.facts.flatMap((fact) => [fact.title, fact.value]);
    return [];
  });
}

describe('the summary card', () => {
  it.each([
    ['teams', 'en-GB'],
    ['teams', 'cy'],
    ['webchat', 'en-GB'],
    ['webchat', 'cy'],
  ] as const)('is a valid Adaptive Card 1.5 (%s, %s), with and without a reference', (surface, locale) => {
    expect(adaptiveCardErrors(buildSummaryCard(summary, context(surface, locale)))).toEqual([]);
    expect(
      adaptiveCardErrors(buildSummaryCard({ ...summary, reference: 'EH-2025-000123' }, context(surface, locale))),
    ).toEqual([]);
  });

  const card: AdaptiveCard = buildSummaryCard({ ...summary, reference: 'EH-2025-000123' }, context('teams', 'en-GB'));
  const texts = allTexts(card.body);

  it('shows the reference the glue assigned, or says one will come', () => {
    expect(texts).toContain(`Reference: ${plainText('EH-2025-000123')}`);
    expect(allTexts(buildSummaryCard(summary, context('teams', 'en-GB')).body)).toContain(
      'You will get a reference number when this is logged.',
    );
  });

  it('shows the route for this concern and why, in a coloured block: no statutory level, no risk line (issue 20, point 12)', () => {
    const route = card.body.find((element): element is Container => element.type === 'Container') as Container;
    expect(route.style).toBe('warning');
    expect(allTexts(route.items)).toEqual([
      'The route for this concern',
      'Tell your DSL today',
      'Why:',
      "• There are several needs and the child's education is disrupted.",
      '• There are several needs and things are getting worse.',
      '• You are worried the behaviour could be a sign of abuse or neglect.',
    ]);
    expect(texts.join('\n')).not.toMatch(/Child in need|Level 3|Risk from your answers/);
  });

  it('lists what to do today, and the reflective questions for this case', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'What to do today',
        '• Tell your DSL (in Wales, your DSP) today. Do not wait until you are certain.',
        'Questions your DSL may ask',
        '• Could this be a sign of abuse or neglect?',
      ]),
    );
    expect(texts.filter((text) => text.startsWith('• With more than one need'))).toEqual([
      expect.stringMatching(/Families First/),
    ]);
  });

  it('keeps observations, the child’s words, opinions and context apart, each labelled, with typed text shown as text', () => {
    const headings = card.body
      .filter(
        (element): element is TextBlock =>
          element.type === 'TextBlock' && element.weight === 'bolder' && element.size === 'medium',
      )
      .map((element) => element.text);
    expect(headings).toEqual([
      'What to do today',
      'About the child',
      'About you',
      'What you saw, heard or know',
      "The child's own words",
      'Your views',
      'Context',
      'Questions your DSL may ask',
    ]);
    const facts = card.body
      .filter((element): element is FactSet => element.type === 'FactSet')
      .flatMap((set) => set.facts);
    expect(facts).toEqual(
      expect.arrayContaining([
        { title: 'Age or year group', value: '15 years old' },
        { title: 'Area', value: 'Wales' },
        { title: "The child's own words", value: '“nobody listens at home”' },
        {
          title: 'What you noticed',
          value: 'Possible ADHD, autism or other neurodivergence, Behaviour that challenges',
        },
        { title: 'What the behaviour may be communicating', value: "It could be, and I'm worried about that" },
      ]),
    );
    const noticed = facts.find((fact) => fact.title === 'What you saw or heard');
    // What the person typed goes through the shared escaping, so it can never become a link or formatting.
    expect(noticed?.value).toBe(plainText(answers.noticed));
    expect(noticed?.value).not.toContain('[this](');
    expect(noticed?.value).not.toContain(' *now*');
    expect(texts).toEqual(expect.arrayContaining(['Your opinion, recorded as opinion.', 'As the child said it.']));
  });

  it('is in Welsh when the person speaks Welsh', () => {
    const welsh = allTexts(buildSummaryCard(summary, context('webchat', 'cy')).body);
    expect(welsh).toEqual(
      expect.arrayContaining(["Crynodeb o'ch pryder", 'Dywedwch wrth eich PDD heddiw', "Geiriau'r plentyn ei hun"]),
    );
    expect(welsh.join('\n')).not.toMatch(/Plentyn mewn angen|Lefel 3/);
  });

  it('shows only what was asked for a signposting request: no level, no next steps', () => {
    const signposting = realFlow('signposting');
    const request: TriageSummary = buildSummary(
      signposting,
      'signposting',
      { path: ['needs', 'age', 'area'], answers: { needs: ['eating'], age: 12 }, startedAt: T0.toISOString() },
      T0,
    );
    const signpostCard = buildSummaryCard(request, context('teams', 'en-GB'));
    expect(adaptiveCardErrors(signpostCard)).toEqual([]);
    const signpostTexts = allTexts(signpostCard.body);
    expect(signpostTexts[0]).toBe('Finding support');
    expect(signpostTexts).toEqual(expect.arrayContaining(['Eating difficulties', '12 years old']));
    expect(signpostTexts.some((text) => text.startsWith('Level'))).toBe(false);
  });
});
