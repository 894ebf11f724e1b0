/** Welsh law named for a child in Wales, in both languages (issue 21): never "child in need". */
import { createLocalizer } from '../../../src/i18n/i18n';
import { buildSummary, withAdditionalRisk } from '../../../src/flows/summary';
import { levelLabelKeyFor } from '../../../src/flows/walesLaw';
import { NO_RISK } from '../../../src/risk';
import { realFlow, T0 } from './support/conversation';

const triage = realFlow('triage');
const localizer = createLocalizer();
const path = [
  'immediateDanger',
  'role',
  'childReference',
  'age',
  'area',
  'needs',
  'noticed',
  'deterioration',
  'education',
  'selfHarm',
  'exploitation',
  'involved',
  'consent',
];

function summaryIn(area: 'wales' | 'england') {
  const answers = {
    immediateDanger: 'no',
    role: 'pastoral',
    childReference: 'K.L.',
    age: 'year-5',
    area,
    needs: ['sleep'],
    noticed: 'Tired.',
    deterioration: 'same',
    education: ['none'],
    selfHarm: 'past',
    exploitation: ['online'],
    involved: ['none'],
    consent: 'not-aware',
  };
  return buildSummary(triage, 'triage', { path, startedAt: T0.toISOString(), answers }, T0);
}

describe('the level of need for a child in Wales', () => {
  it('is named "child at risk" under Welsh law, in English and in Welsh', () => {
    const summary = summaryIn('wales');
    expect(summary.levelOfNeed.level).toBe(4);
    expect(localizer.t('en-GB')(summary.levelOfNeed.labelKey)).toBe('Child at risk');
    expect(localizer.t('cy')(summary.levelOfNeed.labelKey)).toBe("Plentyn sy'n wynebu risg");
  });

  it('keeps the Welsh-law name when typed text raises the risk afterwards', () => {
    const raised = withAdditionalRisk(summaryIn('wales'), [{ ...NO_RISK, level: 'immediate' }]);
    expect(localizer.t('en-GB')(raised.levelOfNeed.labelKey)).toBe('Child at risk');
  });

  it('names level 3 "care and support needs", never "child in need", in both languages', () => {
    const key = levelLabelKeyFor(3, 'triage:levels.3', true);
    expect(localizer.t('en-GB')(key)).toBe('Care and support needs');
    expect(localizer.t('cy')(key)).toBe('Anghenion gofal a chymorth');
    for (const locale of ['en-GB', 'cy'] as const) expect(localizer.t(locale)(key)).not.toMatch(/in need|mewn angen/i);
  });

  it('leaves levels 1 and 2, and every level for a child in England, as they are', () => {
    expect(levelLabelKeyFor(1, 'triage:levels.1', true)).toBe('triage:levels.1');
    expect(levelLabelKeyFor(2, 'triage:levels.2', true)).toBe('triage:levels.2');
    expect(levelLabelKeyFor(3, 'triage:levels.3', false)).toBe('triage:levels.3');
    expect(summaryIn('england').levelOfNeed.labelKey).toBe('triage:levels.4');
  });
});
