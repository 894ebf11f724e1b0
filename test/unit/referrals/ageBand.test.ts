import { ageBandForAge, ageBandForYearGroup } from '../../../src/referrals/ageBand';

describe('age bands', () => {
  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [5, '5-10'],
    [10, '5-10'],
    [11, '11-15'],
    [15, '11-15'],
    [16, '16-18'],
    [18, '16-18'],
    [19, '19-25'],
    [25, '19-25'],
  ])('puts age %i in band %s', (age, band) => {
    expect(ageBandForAge(age)).toBe(band);
  });

  it('keeps Year 6 with primary and starts secondary at Year 7 (age at the start of the school year)', () => {
    expect(ageBandForYearGroup(0)).toBe('0-4');
    expect(ageBandForYearGroup(1)).toBe('5-10');
    expect(ageBandForYearGroup(6)).toBe('5-10');
    expect(ageBandForYearGroup(7)).toBe('11-15');
    expect(ageBandForYearGroup(11)).toBe('11-15');
    expect(ageBandForYearGroup(12)).toBe('16-18');
    expect(ageBandForYearGroup(13)).toBe('16-18');
  });

  it('gives no band for impossible values', () => {
    expect(ageBandForAge(-1)).toBeUndefined();
    expect(ageBandForAge(26)).toBeUndefined();
    expect(ageBandForAge(7.5)).toBeUndefined();
    expect(ageBandForYearGroup(14)).toBeUndefined();
  });
});
