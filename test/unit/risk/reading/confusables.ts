import { assessText } from '../../../../src/risk';
import { foldConfusables, readingsOf } from '../../../../src/risk/confusables';

describe('foldConfusables', () => {
  it('reads Cyrillic and Greek lookalike letters as the Latin letters they pass for, keeping every offset', () => {
    const disguised = 'she said she will kіll hеrsеlf tοnight'; // Cyrillic і, е and Greek ο
    expect(disguised).not.toBe('she said she will kill herself tonight');
    expect(foldConfusables(disguised)).toBe('she said she will kill herself tonight');
    expect(foldConfusables(disguised)).toHaveLength(disguised.length);
    expect(foldConfusables('ТНЕ РОLІСЕ')).toBe('THE POLICE');
  });

  it('turns invisible separators into spaces, and leaves ordinary English and Welsh alone', () => {
    expect(readingsOf('ki\u200Bll')).toEqual(['ki\u200Bll', 'ki ll']);
    expect(readingsOf('kіll')).toEqual(['kill']);
    expect(foldConfusables('kill\u200Bmyself\u2060now\uFEFFplease\u180Etoday')).toBe('kill myself now please today');
    for (const text of [
      "Mae hi'n dweud ei bod hi eisiau marw. Dw i'n poeni amdani.",
      'Ŵyr, ŷd, côr and naïve café',
      'Year 9 — J.B. said "no"',
    ])
      expect(foldConfusables(text)).toBe(text);
  });
});

describe('the risk reading, through lookalike letters and invisible word breaks', () => {
  const plain = assessText('she said she will kill herself tonight', 'en-GB');

  it('gives lookalike letters the same level and indicators as the plain text, quoting what was typed', () => {
    expect(plain.level).not.toBe('none');
    const disguised = 'she said she will kіll hеrsеlf tonight';
    const read = assessText(disguised, 'en-GB');
    expect(read.level).toBe(plain.level);
    expect(read.indicators).toEqual(plain.indicators);
    expect(read.matches.map((m) => m.text).join(' ')).toContain('kіll');
  });

  it('reads a zero-width space used as the only word break as a space', () => {
    const read = assessText('she said she will kill\u200Bherself\u200Btonight', 'en-GB');
    expect(read.level).toBe(plain.level);
    expect(read.indicators).toEqual(plain.indicators);
  });

  it('reads Welsh through lookalike letters too', () => {
    const welsh = assessText("mae hi'n dweud ei bod hi eisiau lladd ei hun", 'cy');
    expect(welsh.level).not.toBe('none');
    expect(assessText("mае hі'n dwеud ei bod hi eisiau lladd еi hun", 'cy').level).toBe(welsh.level);
  });
});
