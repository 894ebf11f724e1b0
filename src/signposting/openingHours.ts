/**
 * "Is it open now?" in UK time, whatever the server's time zone. Bank holidays are not known
 * here; a contact's note says when it closes on them.
 */
import type { OpeningHours } from './directorySchema';
import { DEFAULT_WORKING_HOURS, isWithinHours, toMinutes, ukClock, type UkClock, type Weekday } from '../time/ukTime';

export { toMinutes, ukClock, type UkClock };

/** Office hours of children's services (the one default, src/time). Outside them, EDTs and 24/7 lines answer. */
export function isOutOfHours(clock: UkClock): boolean {
  return !isWithinHours(DEFAULT_WORKING_HOURS, clock);
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
    days: new Set<Weekday>(s.days),
    opens: toMinutes(s.opens),
    closes: toMinutes(s.closes),
  }));
  if (sessions.length === 0) return () => undefined;
  return (clock) => sessions.some((s) => s.days.has(clock.day) && clock.minutes >= s.opens && clock.minutes < s.closes);
}
