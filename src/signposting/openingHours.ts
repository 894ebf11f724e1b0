/**
 * "Is it open now?" in UK time, whatever the server's time zone. Bank holidays are not known
 * here; a contact's note says when it closes on them.
 */
import type { Day, OpeningHours } from './directorySchema';

/** The day and minute of the week in the UK: computed once per query, then compared cheaply per service. */
export interface UkClock {
  day: Day;
  /** Minutes since midnight, 0–1439. */
  minutes: number;
}

const dayByShortName: Record<string, Day> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
const ukFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function ukClock(now: Date): UkClock {
  let weekday = '';
  let hour = 0;
  let minute = 0;
  for (const part of ukFormat.formatToParts(now)) {
    if (part.type === 'weekday') weekday = part.value;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const day = dayByShortName[weekday];
  if (day === undefined) throw new Error(`Unexpected weekday "${weekday}" from Intl`);
  return { day, minutes: hour * 60 + minute };
}

export function toMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Office hours of children's services: Monday to Friday, 09:00–17:00 UK time. Outside them, EDTs and 24/7 lines answer. */
export function isOutOfHours(clock: UkClock): boolean {
  const weekday = clock.day !== 'sat' && clock.day !== 'sun';
  return !(weekday && clock.minutes >= 9 * 60 && clock.minutes < 17 * 60);
}

/** true / false when the hours say; undefined when the hours are not known. */
export function isOpenAt(hours: OpeningHours | undefined, clock: UkClock): boolean | undefined {
  return compileHours(hours)(clock);
}

/** Hours parsed once (at index time), so checking them per query is a few integer comparisons. */
export type CompiledHours = (clock: UkClock) => boolean | undefined;

export function compileHours(hours: OpeningHours | undefined): CompiledHours {
  if (hours === undefined) return () => undefined;
  if (hours.alwaysOpen === true) return () => true;
  const sessions = (hours.sessions ?? []).map((s) => ({
    days: new Set<Day>(s.days),
    opens: toMinutes(s.opens),
    closes: toMinutes(s.closes),
  }));
  if (sessions.length === 0) return () => undefined;
  return (clock) => sessions.some((s) => s.days.has(clock.day) && clock.minutes >= s.opens && clock.minutes < s.closes);
}
