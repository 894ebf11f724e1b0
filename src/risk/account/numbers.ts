/**
 * Numbers and periods as staff write them: "9 months", "nine months", "6 wks", "naw mis",
 * "tair wythnos", "dwy flynedd". Read over normalised words, so Welsh mutated numerals are listed.
 */
import type { Token } from '../tokenize';
import { CALENDAR_MONTHS } from './calendarMonths';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  couple: 2,
  un: 1,
  dau: 2,
  ddau: 2,
  dwy: 2,
  ddwy: 2,
  tri: 3,
  dri: 3,
  thri: 3,
  tair: 3,
  dair: 3,
  thair: 3,
  pedwar: 4,
  bedwar: 4,
  pedair: 4,
  bedair: 4,
  pump: 5,
  pum: 5,
  bump: 5,
  bum: 5,
  chwech: 6,
  chwe: 6,
  saith: 7,
  wyth: 8,
  naw: 9,
  deg: 10,
  ddeg: 10,
  deuddeg: 12,
  ddeuddeg: 12,
  deunaw: 18,
  ddeunaw: 18,
};

export type PeriodUnit = 'days' | 'weeks' | 'months' | 'years' | 'terms';

const UNITS: Readonly<Record<string, PeriodUnit>> = {
  day: 'days',
  days: 'days',
  diwrnod: 'days',
  diwrnodau: 'days',
  dydd: 'days',
  dyddiau: 'days',
  ddiwrnod: 'days',
  niwrnod: 'days',
  week: 'weeks',
  weeks: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  wythnos: 'weeks',
  wythnosau: 'weeks',
  month: 'months',
  months: 'months',
  mth: 'months',
  mths: 'months',
  mis: 'months',
  misoedd: 'months',
  fis: 'months',
  fisoedd: 'months',
  year: 'years',
  years: 'years',
  yr: 'years',
  yrs: 'years',
  blwyddyn: 'years',
  flwyddyn: 'years',
  blynedd: 'years',
  flynedd: 'years',
  mlynedd: 'years',
  mlwyddyn: 'years',
  blynyddoedd: 'years',
  flynyddoedd: 'years',
  term: 'terms',
  terms: 'terms',
  tymor: 'terms',
  dymor: 'terms',
  tymhorau: 'terms',
};

const MONTHS_PER: Readonly<Record<PeriodUnit, number>> = {
  days: 12 / 365,
  weeks: 12 / 52,
  months: 1,
  years: 12,
  terms: 4,
};

export interface Period {
  readonly unit: PeriodUnit;
  /** The number given, when one is ("nine", "6"); "a few weeks" has none. */
  readonly count?: number;
  /** "this week", "y tymor hwn": the one going on now, so shorter than a whole one. */
  readonly current?: true;
}

const CURRENT = new Set(['this', 'hwn', 'hon']);
const MONTH_NAMES: ReadonlySet<string> = new Set([...CALENDAR_MONTHS.en, ...CALENDAR_MONTHS.cy]);
const NOW = new Set(['now', 'nawr', 'rwan', 'ago', 'yn']);
const SINGULAR = new Set([
  'day',
  'week',
  'month',
  'year',
  'diwrnod',
  'wythnos',
  'blwyddyn',
  'flwyddyn',
  'term',
  'tymor',
]);
const FOR = new Set(['for', 'over', 'ers', 'am', 'dros']);

/** The first period named in tokens[first..last]: its unit and, when written, its number. */
export function readPeriod(tokens: readonly Token[], first: number, last: number): Period | undefined {
  for (let i = first; i <= last; i += 1) {
    const unit = UNITS[tokens[i].form];
    if (!unit) continue;
    // "ers mis Medi", "since the month of May": a date, not a length.
    const after = tokens[i + 1]?.form;
    if (after !== undefined && ((i < last && !NOW.has(after) && !CURRENT.has(after)) || MONTH_NAMES.has(after)))
      continue;
    const before = i > first ? tokens[i - 1].form : undefined;
    if ((before !== undefined && CURRENT.has(before)) || (i < last && CURRENT.has(tokens[i + 1].form)))
      return { unit, current: true };
    if (before === undefined) return { unit };
    // "for a year", "ers blwyddyn": one, when the unit is singular and follows its preposition.
    if (SINGULAR.has(tokens[i].form) && FOR.has(before)) return { unit, count: 1 };
    const count = /^\d{1,3}$/.test(before) ? Number(before) : NUMBER_WORDS[before];
    // "a year", "a week": one; "few weeks": no number.
    return count === undefined ? { unit } : { unit, count };
  }
  return undefined;
}

/** Months in a period, to one decimal place, when a number was given. */
export function periodMonths(period: Period): number | undefined {
  if (period.count === undefined) return undefined;
  return Math.round(period.count * MONTHS_PER[period.unit] * 10) / 10;
}

/** How long, in the duration question's terms. */
export function howLongOf(period: Period): 'days' | 'weeks' | 'months' | 'year' {
  if (period.current)
    return period.unit === 'years' ? 'months' : period.unit === 'days' || period.unit === 'weeks' ? 'days' : 'weeks';
  const count = period.count ?? 2;
  const months = count * MONTHS_PER[period.unit];
  if (months >= 12) return 'year';
  if (period.unit === 'years') return 'year';
  if (period.unit === 'months' || period.unit === 'terms' || months >= 2) return 'months';
  if (period.unit === 'weeks' || count >= 7) return 'weeks';
  return 'days';
}

export function numberWord(form: string): number | undefined {
  if (/^\d{1,3}$/.test(form)) return Number(form);
  return NUMBER_WORDS[form];
}
