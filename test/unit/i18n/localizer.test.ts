import { createLocalizer } from '../../../src/i18n/i18n';

const resources = {
  'en-GB': { common: { hello: 'Hello', greet: 'Hello {{name}}', nested: { label: 'Label' } } },
  cy: { common: { hello: 'Helo', greet: 'Helo {{name}}', nested: { label: 'Label CY' } } },
};

describe('localizer', () => {
  const localizer = createLocalizer(resources);

  it('translates fixed wording in each language, the same on every call', () => {
    const en = localizer.t('en-GB');
    const cy = localizer.t('cy');
    expect([en('common:hello'), en('common:hello'), cy('common:hello'), cy('common:hello')]).toEqual([
      'Hello',
      'Hello',
      'Helo',
      'Helo',
    ]);
    expect(en('common:nested.label')).toBe('Label');
    expect(cy('nested.label')).toBe('Label CY');
  });

  it('fills values afresh on every call, never reusing an earlier person’s values', () => {
    const en = localizer.t('en-GB');
    expect(en('common:greet', { name: 'A.B.' })).toBe('Hello A.B.');
    expect(en('common:greet', { name: 'C.D.' })).toBe('Hello C.D.');
    expect(localizer.t('cy')('common:greet', { name: 'E.F.' })).toBe('Helo E.F.');
  });

  it('answers a missing key with the key, so a gap shows instead of an empty message', () => {
    expect(localizer.t('en-GB')('common:missing.key')).toBe('missing.key');
  });
});
