/**
 * Issue 21, session 14 (s14-W): mechanisms that raised everyday Welsh in more than one round (w101–w124), each beside
 * its risk version, which must still be read at its level. Where English shares the mechanism it is tested here too.
 * Every sentence is synthetic.
 */
import { assessText, assessTextWith, compareLevels } from '../../../../src/risk';
import type { RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

const phrases = (text: string, locale: SupportedLocale = 'cy') =>
  assessTextWith(defaultCompiledLexicons(), text, locale);
const atLeast = (text: string, level: RiskLevel, locale: SupportedLocale = 'cy') =>
  compareLevels(phrases(text, locale).level, level) >= 0;

describe('an accident told just after a dash or a colon explains a hurt (both languages)', () => {
  it.each([
    ['Tad T wedi galw i ddeud bod T wedi brifo’i hun dros y penwythnos – syrthio oddi ar ei feic, pwythau.', 'cy'],
    ['Mae hi wedi brifo’i hun amser chwarae: baglu ar y grisiau, rhew arno fo.', 'cy'],
    ['He hurt himself at the weekend – fell off his bike, stitches in his chin.', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('bounds the learned reader in that sentence too: the whole reading stays below urgent', () => {
    const text = 'Tad T wedi galw i ddeud bod T wedi brifo’i hun dros y penwythnos – syrthio oddi ar ei feic, pwythau.';
    expect(compareLevels(assessText(text, 'cy').level, 'urgent')).toBeLessThan(0);
  });

  it('keeps a hurt done on purpose, or with no accident after the dash, urgent', () => {
    expect(atLeast('Mae hi wedi brifo’i hun yn fwriadol neithiwr.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi wedi brifo’i hun eto – mae’r toriadau’n syth ac yn ffres.', 'urgent')).toBe(true);
    expect(atLeast('He hurt himself again – fresh cuts on his arm.', 'urgent', 'en-GB')).toBe(true);
  });

  it('never takes the child’s own account after the dash as the explanation', () => {
    expect(atLeast('Mae hi wedi brifo’i hun eto – medde hi syrthio, ond mae’r toriadau’n syth.', 'urgent')).toBe(true);
    expect(atLeast('She has cuts on her arms – she says she fell in the brambles.', 'urgent', 'en-GB')).toBe(true);
  });

  it('never explains physical abuse this way: a bruise "– says he fell down the stairs" is for the DSL to weigh', () => {
    expect(phrases('His dad punched him last night – says he fell down the stairs.', 'en-GB').indicators).toContain(
      'physical-abuse',
    );
  });
});

describe('a risk assessment names hazards about no child in particular (both languages)', () => {
  it.each([
    ['Alli di helpu fi sgwennu risk assessment ar gyfer trip Bl 10? Tywydd, anafiadau, disgybl yn mynd ar goll.', 'cy'],
    ['Asesiad risg y trip: traffig, disgybl yn mynd ar goll yn y dorf, alergeddau.', 'cy'],
    [
      'Can you help me write a risk assessment for the trip? Weather, injuries, pupils going missing from the group.',
      'en-GB',
    ],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps a named child missing urgent beside a risk assessment, and a child missing by water immediate', () => {
    expect(atLeast('Gwnes i asesiad risg i J achos mae hi wedi mynd ar goll ers nos Wener.', 'urgent')).toBe(true);
    expect(phrases('Asesiad risg y trip: mae hogyn Bl 5 ar goll ger y llyn rŵan.').level).toBe('immediate');
    expect(atLeast('Risk assessment done. He has been missing since last night.', 'urgent', 'en-GB')).toBe(true);
  });
});

describe('paperwork that has not come back is a thing, not a child (@pethau-coll)', () => {
  it.each([
    'Llythyrau nofio heb ddod yn ôl gan 6 o Bl 4.',
    'Taflenni caniatâd y trip heb ddod yn ôl eto gan hanner Bl 2.',
    'Holiaduron y rhieni heb ddod yn ôl, plis atgoffwch nhw.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps children who have not come back, from swimming or from the river, immediate', () => {
    expect(phrases('Plant Bl 4 heb ddod yn ôl o’r nofio.').level).toBe('immediate');
    expect(phrases('Hogyn Bl 4 heb ddod yn ôl o’r afon, mae’r llythyrau yn y swyddfa.').level).toBe('immediate');
  });
});
