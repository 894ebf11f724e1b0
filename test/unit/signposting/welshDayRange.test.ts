/** "dydd Llun i ddydd Iau": the last day of a range is mutated after "i" in Welsh (issue 21). */
import { createLocalizer } from '../../../src/i18n/i18n';
import { hoursText, inSignpostingNamespace } from '../../../src/signposting/describe';

const localizer = createLocalizer();
const hours = { sessions: [{ days: ['mon', 'tue', 'wed', 'thu'] as const, opens: '09:00', closes: '17:00' }] };

describe('a run of opening days', () => {
  it('reads "dydd Llun i ddydd Iau" in Welsh', () => {
    const text = hoursText(
      { sessions: hours.sessions.map((s) => ({ ...s, days: [...s.days] })) },
      { t: inSignpostingNamespace(localizer.t('cy')), locale: 'cy' },
    );
    expect(text).toContain('dydd Llun i ddydd Iau');
  });

  it('reads "Monday to Thursday" in English', () => {
    const text = hoursText(
      { sessions: hours.sessions.map((s) => ({ ...s, days: [...s.days] })) },
      { t: inSignpostingNamespace(localizer.t('en-GB')), locale: 'en-GB' },
    );
    expect(text).toContain('Monday to Thursday');
  });
});
