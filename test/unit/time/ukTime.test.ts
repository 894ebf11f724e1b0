import { DEFAULT_WORKING_HOURS, formatUkTime, isWithinHours, toMinutes, ukClock } from '../../../src/time/ukTime';

describe('UK time, whatever the server time zone', () => {
  it.each([
    // Greenwich Mean Time in winter, British Summer Time in summer.
    ['2026-03-02T10:05:00Z', 'en-GB', 'dayTime', '2 Mar, 10:05'],
    ['2026-07-01T08:30:00Z', 'en-GB', 'dayTime', '1 Jul, 09:30'],
    ['2026-07-01T08:30:00Z', 'en-GB', 'time', '09:30'],
    ['2026-12-31T23:30:00Z', 'en-GB', 'date', '31 Dec 2026'],
    ['2026-07-31T23:30:00Z', 'en-GB', 'date', '1 Aug 2026'],
  ] as const)('shows %s (%s, %s) as "%s"', (iso, locale, style, expected) => {
    expect(formatUkTime(iso, locale, style)).toBe(expected);
  });

  it('names the month in Welsh for cy', () => {
    expect(formatUkTime('2026-03-02T10:05:00Z', 'cy', 'date')).toMatch(/Maw/);
    expect(formatUkTime(new Date('2026-03-02T10:05:00Z'), 'cy', 'time')).toBe('10:05');
  });

  it('reads the weekday and minute in the UK', () => {
    expect(ukClock(new Date('2026-07-01T23:30:00Z'))).toEqual({ day: 'thu', minutes: 30 });
    expect(ukClock(new Date('2026-11-28T12:00:00Z'))).toEqual({ day: 'sat', minutes: 720 });
    expect(toMinutes('24:00')).toBe(1440);
  });

  it('has one documented default: Monday to Friday, 09:00 up to 17:00', () => {
    const at = (iso: string) => isWithinHours(DEFAULT_WORKING_HOURS, ukClock(new Date(iso)));
    expect(at('2026-11-25T08:59:00Z')).toBe(false);
    expect(at('2026-11-25T09:00:00Z')).toBe(true);
    expect(at('2026-11-25T16:59:00Z')).toBe(true);
    expect(at('2026-11-25T17:00:00Z')).toBe(false);
    expect(at('2026-11-28T12:00:00Z')).toBe(false);
    expect(
      isWithinHours({ days: ['sat'], start: '08:00', end: '18:00' }, ukClock(new Date('2026-11-28T08:00:00Z'))),
    ).toBe(true);
  });
});
