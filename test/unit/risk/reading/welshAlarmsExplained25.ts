/**
 * Session 25 (s25-E), round 46: a Welsh (or mixed Welsh-English) alarm word explained at once as something harmless.
 * Knives brought to a cooking session are a cook's tools (`cooking`, `kitchenTool`, `wielded` in Welsh); a "stab" that
 * is a new piercing is an idiom; a quoted or scare-quoted alarm glossed straight after by a dash or an ellipsis with
 * what it was (a paper cut, a friend's hair) shares the English quote-gloss reading, and the apostrophe of an elided
 * Welsh word ("'di", "'i", "'da") opens no quotation; a gift shop ("siop anrhegion") is no gift from an adult. Each
 * beside its risk twin, which still reads at its level. The phrase reading alone. Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectCy = expectPhraseLevelIn('cy');
const expectEn = expectPhraseLevelIn('en-GB');
const below = (text: string, level: RiskLevel, locale: SupportedLocale = 'cy') =>
  compareLevels(phraseReading(text, locale).level, level) < 0;

describe('Welsh knives brought to a cooking session are cooking tools (cooking, kitchenTool, wielded)', () => {
  it.each([
    "Bois Bl7 yn holi os gân nhw ddod â'u cyllyll eu hunain i'r clwb coginio dydd Iau. Na, mae gan y clwb rai",
    'Hogia Bl8 isio dod â cyllyll o adra i sesiwn coginio nos Lun - dim angen, mae digon yn y gegin',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Brought to hurt someone.
    "Bois Bl7 eisiau dod â cyllyll i'r clwb coginio i frifo Osian",
    // Hidden in a bag in the lesson.
    'Hogyn Bl8 efo cyllell yn ei fag yn y wers goginio',
    // No cooking named.
    "Bois Bl7 yn sôn am ddod â cyllyll i'r ysgol dydd Iau",
  ])('still reads the risk "%s" immediate', (text) => {
    expectCy(text, 'immediate', 'immediate-danger');
  });
});

describe('a stab that is a new piercing is an idiom (cy and en)', () => {
  it('reads a Welsh piercing called a stab below urgent', () => {
    expect(
      below(
        "Merch Bl8 yn dangos lle mae hi 'di cael ei 'thrywanu' - piercing newydd yn ei thrwyn, Dad efo hi",
        'urgent',
      ),
    ).toBe(true);
  });

  it('reads an English piercing called a stab below urgent', () => {
    expect(
      below("Y9 lad showing everyone where he got 'stabbed' - new ear piercing, his dad took him", 'urgent', 'en-GB'),
    ).toBe(true);
  });

  it.each([
    'Merch Bl8 wedi cael ei thrywanu yn ei chlust gan fachgen hŷn yn y parc',
    "Merch Bl8 'di cael ei thrywanu - twll yn ei hochr, gwaed ym mhobman",
  ])('still reads the Welsh stab "%s" immediate', (text) => {
    expectCy(text, 'immediate');
  });

  it('still reads an English stab immediate', () => {
    expectEn('Y9 lad got stabbed at the weekend, he has a wound in his side', 'immediate');
  });
});

describe('a Welsh alarm glossed at once by a dash or an ellipsis with what it was (quote gloss in Welsh)', () => {
  it.each([
    // One word in scare quotes, the gloss after the phrase.
    "Mae D yn dweud ei fod e 'di 'cutio' ei hunan - cerdyn, toriad bach ar ei fawd yn y wers gelf",
    // "'di" and "'i" are elided words, not quotes; the ellipsis glosses the phrase before it.
    "crwtyn Bl8 'di bod yn cutio... gwallt 'i frawd bach, gyda siswrn y gegin",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // No gloss.
    "Mae D yn dweud ei fod e 'di 'cutio' ei hunan",
    "crwtyn Bl8 'di bod yn cutio",
    // The gloss tells where, not what.
    "crwtyn Bl8 'di bod yn cutio... ar ei freichiau eto",
    // The gloss names his dad.
    "Mae D yn dweud ei fod e 'di 'cutio' ei hunan - ei dad yn gwybod",
    // The gloss names its own risk.
    "Mae D yn dweud ei fod e 'di 'cutio' ei hunan - toriadau ffres ar ei garddwrn",
  ])('still reads the risk "%s" urgent', (text) => {
    expectCy(text, 'urgent', 'self-harm');
  });
});

describe('a quoted alarm glossed as a small cut, an escape room or a haircut (identifiedMinor, Welsh glossCause)', () => {
  it.each([
    "Hogan Bl4 yn gweiddi 'dwi 'di cutio fy hun!' – efo siswrn wrth dorri papur, crafiad bach ar ei bawd",
    "Bl6 hogan 'Mam yn cloi ni yn y stafell!' – ystafell ddianc yng Nghaerdydd i'w phen-blwydd",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // The gloss tells where on the body, not what it was.
    ["Hogan Bl4 yn gweiddi 'dwi 'di cutio fy hun!' – ar ei garddwrn eto neithiwr", 'self-harm'],
    // The gloss tells what else happened.
    ["Bl6 hogan 'Mam yn cloi ni yn y stafell!' – heb fwyd tan y bore", 'physical-abuse'],
    // The gloss names someone at home.
    ["Bl6 hogan 'Mam yn cloi ni yn y stafell!' – ei llystad yn gwneud hefyd", 'physical-abuse'],
  ] as const)('still reads the risk "%s" urgent', (text, indicator) => {
    expectCy(text, 'urgent', indicator);
  });
});

describe('a gift shop is no gift from an adult who works with children (combo.oedolyn-rol-cyswllt)', () => {
  it('reads a child found in the gift shop with a teacher below urgent', () => {
    expect(
      below(
        'Colli golwg ar J. Bl4 am 5 munud yn yr amgueddfa – roedd o yn y siop anrhegion efo athro dosbarth arall. Pawb ar y bws',
        'urgent',
      ),
    ).toBe(true);
  });

  it.each([
    "Yr hyfforddwr wedi bod yn rhoi anrhegion i J Bl9 ac yn anfon negeseuon ati'n hwyr",
    'Athro Bl8 yn prynu anrhegion drud iddi hi',
  ])('still reads the gifts "%s" urgent', (text) => {
    expectCy(text, 'urgent', 'abuse-disclosure');
  });

  it('still reads a child missing and not found urgent', () => {
    expectCy('Mae hi ar goll yn yr amgueddfa ers hanner awr, dim sôn amdani', 'urgent', 'missing');
  });
});
