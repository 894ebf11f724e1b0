/**
 * UK time, whatever the server's time zone: the one formatter for times people read, the one
 * weekday clock, and the one default for working hours. Pure (Intl only).
 */
import type { SupportedLocale } from '../i18n/locale';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The day and minute of the week in the UK: computed once per query, then compared cheaply. */
export interface UkClock {
  day: Weekday;
  /** Minutes since midnight, 0–1439. */
  minutes: number;
}

export interface WorkingHours {
  days: readonly Weekday[];
  /** "HH:MM", UK time; `end` is exclusive. */
  start: string;
  end: string;
}

/**
 * The one default: children's services office hours, Monday to Friday 09:00–17:00 UK time.
 * Outside them the Emergency Duty Team and the 24/7 lines answer, so when in doubt the shorter
 * day is the safer one (it sends people to the EDT rather than to a front door that has closed).
 */
export const DEFAULT_WORKING_HOURS: WorkingHours = Object.freeze({
  days: Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri'] as const),
  start: '09:00',
  end: '17:00',
});

const clockFormat = new Intl.DateTimeFormat('en-GB', {
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
  for (const part of clockFormat.formatToParts(now)) {
    if (part.type === 'weekday') weekday = part.value;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const day = WEEKDAYS.find((d) => d === weekday.toLowerCase().slice(0, 3));
  if (day === undefined) throw new Error(`Unexpected weekday "${weekday}" from Intl`);
  return { day, minutes: hour * 60 + minute };
}

/** "HH:MM" as minutes since midnight ("24:00" is 1440, the end of the day). */
export function toMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function isWithinHours(hours: WorkingHours, clock: UkClock): boolean {
  return (
    hours.days.includes(clock.day) && clock.minutes >= toMinutes(hours.start) && clock.minutes < toMinutes(hours.end)
  );
}

/** How a time is shown: `dayTime` "2 Mar, 10:00"; `date` "2 Mar 2026"; `time` "10:00". */
export type UkTimeStyle = 'dayTime' | 'date' | 'time';

const STYLES: Record<UkTimeStyle, Intl.DateTimeFormatOptions> = {
  dayTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A time as a person in the UK reads it, in their language (Welsh month names in cy). */
export function formatUkTime(at: string | Date, locale: SupportedLocale, style: UkTimeStyle): string {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
      timeZone: 'Europe/London',
      ...STYLES[style],
    });
    formats.set(key, format);
  }
  return format.format(typeof at === 'string' ? new Date(at) : at);
}
