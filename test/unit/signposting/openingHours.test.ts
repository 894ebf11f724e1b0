import { isOpenAt, isOutOfHours, ukClock } from '../../../src/signposting/openingHours';

describe('opening hours in UK time', () => {
  it.each([
    ['2026-11-25T10:00:00Z', 'wed', 600, false],
    ['2026-11-25T08:59:00Z', 'wed', 539, true],
    ['2026-11-25T17:00:00Z', 'wed', 1020, true],
    ['2026-11-28T12:00:00Z', 'sat', 720, true],
    // British Summer Time: 08:30 UTC is 09:30 in the UK, inside office hours.
    ['2026-07-01T08:30:00Z', 'wed', 570, false],
    ['2026-07-01T16:30:00Z', 'wed', 1050, true],
  ])('at %s it is %s minute %i in the UK, out of hours: %s', (iso, day, minutes, outOfHours) => {
    const clock = ukClock(new Date(iso));
    expect(clock).toEqual({ day, minutes });
    expect(isOutOfHours(clock)).toBe(outOfHours);
  });

  const edt = {
    sessions: [
      { days: ['mon', 'tue', 'wed', 'thu'] as const, opens: '17:00', closes: '24:00' },
      { days: ['tue', 'wed', 'thu', 'fri'] as const, opens: '00:00', closes: '09:00' },
      { days: ['sat', 'sun'] as const, opens: '00:00', closes: '24:00' },
    ].map((s) => ({ ...s, days: [...s.days] })),
  };

  it.each([
    ['2026-11-25T10:00:00Z', false],
    ['2026-11-25T17:00:00Z', true],
    ['2026-11-25T23:59:00Z', true],
    ['2026-11-26T08:59:00Z', true],
    ['2026-11-26T09:00:00Z', false],
    ['2026-11-28T03:00:00Z', true],
  ])('an overnight service split at midnight is open at %s: %s', (iso, open) => {
    expect(isOpenAt(edt, ukClock(new Date(iso)))).toBe(open);
  });

  it('is always open for alwaysOpen and does not know when there are no sessions', () => {
    const clock = ukClock(new Date('2026-11-25T03:00:00Z'));
    expect(isOpenAt({ alwaysOpen: true }, clock)).toBe(true);
    expect(isOpenAt({ note: { 'en-GB': 'Check the website' } }, clock)).toBeUndefined();
    expect(isOpenAt(undefined, clock)).toBeUndefined();
  });
});
