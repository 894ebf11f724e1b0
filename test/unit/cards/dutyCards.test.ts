/**
 * The indicative level of need stays on the duty worker's card only, named as the deploying
 * authority's threshold document names it (issue 20, point 12; THRESHOLD_DOCUMENT_NAME).
 */
import { referralDetailCard } from '../../../src/channel/cards/dutyCards';
import { loadConfig } from '../../../src/config';
import type { QueueItem } from '../../../src/conversation/model';
import { createLocalizer } from '../../../src/i18n/i18n';

const ITEM: QueueItem = {
  reference: 'EH-AB12-CD',
  organisationId: 'default',
  status: 'open',
  level: 'concern',
  indicators: ['neglect'],
  needs: ['family-support'],
  levelOfNeed: 3,
  createdAt: '2026-11-30T10:00:00.000Z',
};

describe('the indicative level on the duty worker’s card', () => {
  it.each([
    [
      'en-GB',
      'Exampleshire Continuum of Need',
      'Indicative level (Exampleshire Continuum of Need)',
      '3: Child in need',
    ],
    [
      'cy',
      'Dogfen Trothwyon Sir Enghraifft',
      'Lefel ddangosol (Dogfen Trothwyon Sir Enghraifft)',
      '3: Anghenion gofal a chymorth',
    ],
  ] as const)('is named after the configured threshold document (%s)', (locale, document, title, value) => {
    const localizer = createLocalizer();
    const card = referralDetailCard(ITEM, [], {
      t: localizer.t(locale),
      locale,
      surface: 'teams',
      thresholdDocumentName: document,
    });
    expect(JSON.stringify(card)).toContain(JSON.stringify({ title, value }).slice(1, -1));
  });

  it('falls back to "the local threshold document", and says nothing when no level was recorded', () => {
    const localizer = createLocalizer();
    const t = localizer.t('en-GB');
    expect(JSON.stringify(referralDetailCard(ITEM, [], { t, locale: 'en-GB', surface: 'teams' }))).toContain(
      'Indicative level (the local threshold document)',
    );
    const { levelOfNeed: _dropped, ...withoutLevel } = ITEM;
    expect(
      JSON.stringify(referralDetailCard(withoutLevel, [], { t, locale: 'en-GB', surface: 'teams' })),
    ).not.toContain('Indicative level');
  });

  it('reads THRESHOLD_DOCUMENT_NAME from the environment, optional', () => {
    expect(loadConfig({ THRESHOLD_DOCUMENT_NAME: 'Exampleshire Continuum of Need' }).thresholdDocumentName).toBe(
      'Exampleshire Continuum of Need',
    );
    expect(loadConfig({}).thresholdDocumentName).toBeUndefined();
  });

  it('uses the threshold document’s own level names when the operator gives them, per language', () => {
    const config = loadConfig({
      THRESHOLD_LEVEL_NAMES: 'Universal | Additional | Intensive | Specialist',
      THRESHOLD_LEVEL_NAMES_CY: 'Cyffredinol|Ychwanegol|Dwys|Arbenigol',
    });
    const localizer = createLocalizer();
    const english = referralDetailCard(ITEM, [], {
      t: localizer.t('en-GB'),
      locale: 'en-GB',
      surface: 'teams',
      ...(config.thresholdLevelNames?.['en-GB'] ? { thresholdLevelNames: config.thresholdLevelNames['en-GB'] } : {}),
    });
    const welsh = referralDetailCard(ITEM, [], {
      t: localizer.t('cy'),
      locale: 'cy',
      surface: 'teams',
      ...(config.thresholdLevelNames?.cy ? { thresholdLevelNames: config.thresholdLevelNames.cy } : {}),
    });
    expect(JSON.stringify(english)).toContain('"value":"3: Intensive"');
    expect(JSON.stringify(english)).not.toContain('Child in need');
    expect(JSON.stringify(welsh)).toContain('"value":"3: Dwys"');
  });

  it('gives Welsh users the English names when only those are configured, and refuses a list that is not four names', () => {
    expect(loadConfig({ THRESHOLD_LEVEL_NAMES: 'A|B|C|D' }).thresholdLevelNames).toEqual({
      'en-GB': ['A', 'B', 'C', 'D'],
      cy: ['A', 'B', 'C', 'D'],
    });
    expect(loadConfig({}).thresholdLevelNames).toEqual({});
    expect(() => loadConfig({ THRESHOLD_LEVEL_NAMES: 'Universal|Early help|Targeted' })).toThrow(
      /THRESHOLD_LEVEL_NAMES must be four names/,
    );
    expect(() => loadConfig({ THRESHOLD_LEVEL_NAMES_CY: 'A||C|D' })).toThrow(/THRESHOLD_LEVEL_NAMES_CY must be four/);
  });
});
