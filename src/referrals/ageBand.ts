/**
 * The child's age as a band, never a date of birth: enough for a DSL to read the record and for a
 * governors' report, too coarse to identify a child. The bands follow school stages: early years,
 * primary, secondary, post-16, and young adults (SEND and care leavers are supported to 25).
 */
export const AGE_BANDS = ['0-4', '5-10', '11-15', '16-18', '19-25'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const BAND_FLOORS: ReadonlyArray<readonly [number, AgeBand]> = [
  [19, '19-25'],
  [16, '16-18'],
  [11, '11-15'],
  [5, '5-10'],
  [0, '0-4'],
];

/** The band of an age in whole years; undefined outside 0–25 or for a non-integer. */
export function ageBandForAge(age: number): AgeBand | undefined {
  if (!Number.isInteger(age) || age < 0 || age > 25) return undefined;
  return BAND_FLOORS.find(([floor]) => age >= floor)?.[1];
}

/**
 * The band of a school year group (0 = reception, 1–13 = Year 1–13). A year group holds children
 * aged N+4 at the start of the school year (England and Wales count age on 31 August), and that
 * age decides the band, so Year 6 stays with primary and Year 7 starts secondary.
 */
export function ageBandForYearGroup(yearGroup: number): AgeBand | undefined {
  if (!Number.isInteger(yearGroup) || yearGroup < 0 || yearGroup > 13) return undefined;
  return ageBandForAge(yearGroup + 4);
}
