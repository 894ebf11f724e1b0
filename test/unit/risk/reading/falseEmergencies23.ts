/**
 * Session 23 (s23-B): scenes that sound like a 999 call and were not, in English and Welsh. A medical emergency first
 * aid ended, with the child well, said after it (`contexts.recovered`, entries tagged `first-aid`); a weapon that is
 * none (a craft knife from a model kit, a "shank" that is a golf shot, a drawing of a dad who is a firearms officer, a
 * butter knife said to be one between the parts of a combination, a story's stabbing, a noose asked about while
 * learning knots); an ambulance or a police car for someone else (`contexts.adultCasualty`); a Welsh child "gone" for
 * a while and home again (`contexts.returned`). Each beside its risk twin, which still reads at its level. The phrase
 * reading alone. Every sentence is synthetic.
 */
import type { SupportedLocale } from '../../../../src/i18n/locale';
import type { RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = (text: string, locale: SupportedLocale, level: RiskLevel) => !readsAtLeast(text, locale, level);

describe('a medical emergency first aid ended, with the child well (contexts.recovered)', () => {
  it.each([
    'Y1 boy choking on a carrot stick at lunch - two back blows and it came out straight away, he was fine and finished his sandwich',
    'Y3 girl choking on a sweet in the yard. She coughed it up herself, totally fine, back playing.',
    "Mum says the baby 'stopped breathing' when he was screaming - breath holding spells, the GP reassured her",
    'Y5 lad bleeding everywhere from his nose after PE, stopped in ten minutes, he is fine now',
    'Y2 had a reaction to peanut at the party, lips swelling, antihistamine given and all settled',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    'Cymerodd T (Bl 1) ormod o fwyd, gwaed ym mhobman o’i drwyn wedyn, stopio mewn 5 munud, popeth yn iawn',
    'Trwyn L yn gwaedu lot ar yr iard – stopio ar ôl deg munud, mae hi’n iawn nawr',
  ])('reads the everyday Welsh "%s" below urgent', (text) => {
    expect(below(text, 'cy', 'urgent')).toBe(true);
  });

  it.each([
    // An ambulance on its way says it is not over, whatever else is said.
    'Y1 boy choking on a carrot stick - back blows did not work, he was fine at first but the ambulance is on its way',
    // Still drowsy is not well.
    'Toddler stopped breathing at nursery, came round straight away but is still drowsy',
    // Coughed it up, but still struggling: the second sign is still now.
    'Y3 girl choking on a sweet, coughed it up but she is still struggling to breathe',
    // Denied: not fine.
    'Y5 lad bleeding everywhere from a cut on his head. He was not fine, very pale.',
    // No recovery said at all.
    'Y2 choking on a grape at lunch, back blows from Mrs K, parents phoned',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    'Gwaed ym mhobman o’i ben ar yr iard, wedi ffonio ambiwlans, mae o’n iawn nawr',
    'Gwaed ym mhobman ar y cae, dal i waedu, popeth arall yn iawn',
  ])('still reads the Welsh risk twin "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });

  it('never clears a weapon, an overdose or a ligature with a recovery said after it', () => {
    expectEnglish('He had a knife in his bag at lunch. He was fine after.', 'immediate', 'immediate-danger');
    expectEnglish(
      'She has taken an overdose of her mum’s tablets, she seems fine now',
      'immediate',
      'immediate-danger',
    );
    expectEnglish('He tied a belt round his neck in the toilets, he is okay now', 'immediate', 'immediate-danger');
  });
});

describe('a weapon that is none, said to be what it is', () => {
  it.each([
    'Y8 pencil case had a craft knife in it - it is from the modelling kit the DT department sent home',
    "Y10 lad said he 'got a shank' at the weekend - a shank is a golf shot, he has been at the driving range with his grandad",
    'Y1 girl has drawn a picture of a lady with a gun. It is her mum. Her mum is a police firearms officer.',
    "Y5 wrote a story where the giant 'stabbed the farmer and blood went everywhere' - myths unit, lovely writing",
    "Scout (10) asked what a 'noose' is while we were practising knots, told him we don't teach it and did a reef knot",
    "The Y7 with the 'weapon' in his bag at break - it's a hockey stick, it goes back to the PE store",
    'Y10 had a blade in her pencil case - a craft knife for her art GCSE, handed in',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    'Gweld bachgen efo cyllell ar y stryd - cyllell fenyn o’i focs bwyd oedd hi, ar ei ffordd adre o’r coleg',
    'Bl 2 - T wedi tynnu llun dyn efo gwn. Ei dad o. Mae dad yn swyddog arfau yn yr heddlu.',
    "Crwt Bl 4 'di dod a 'cyllell' i'r ysgol - agorwr llythyron pren o ddesg ei nain. Ar y silff tan 3.",
  ])('reads the everyday Welsh "%s" below urgent', (text) => {
    expect(below(text, 'cy', 'urgent')).toBe(true);
  });

  it.each([
    // A drawing of a dad who used the gun on mum is a disclosure, whatever his trade two sentences on.
    'Y1 girl has drawn a picture of a man with a gun. He pointed it at mummy last night. He is a police firearms officer.',
    // A child's own words about what the knife is for are a claim, not an identification.
    'Y8 had a craft knife in his pocket, he says it is from the modelling kit',
    // A noose asked about with no knots named, and one tied.
    'Scout (10) asked what a noose is, he said he has made one in his bedroom',
    // A hockey stick said to be one, then used on someone, is a weapon used.
    "The Y7 had a 'weapon' in his bag - it's a hockey stick, and he swung it at a teacher",
    'We were practising knots and he tied a noose round his neck',
    // A real stabbing told after the story is real.
    'Y5 wrote a story about a giant. Then she told me her dad stabbed her mum and there was blood everywhere.',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    'Gweld bachgen efo cyllell ar y stryd, yn ei chwifio hi, ar ei ffordd i’r parc',
    "Crwt Bl 4 'di dod a chyllell i'r ysgol yn ei fag, a bygwth trywanu hogyn efo hi.",
  ])('still reads the Welsh risk twin "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });
});

describe('an ambulance or a police car for someone else (contexts.adultCasualty)', () => {
  it.each([
    'The ambulance in the staff car park is for a Y8 pupil’s grandmother who collapsed at sports day - she is sitting up now',
    'Ambulance outside the front gate is for the house opposite - a lady collapsed, nothing to do with us',
    'The ambulance by the hall is for Mr T from Y5, he collapsed at the staff football, sitting up and talking',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    'The ambulance in the staff car park is for a Y8 boy who collapsed at sports day and is not breathing',
    'Ambulance outside the front gate is for the house opposite - a lady collapsed. Her son, Y4, has been stabbed.',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });
});

describe('an English child gone for a while and home again (contexts.returned)', () => {
  it.each([
    'Y9 boy missing from home for three hours after a row - all fine, home now, mum rang to say',
    "Y4 girl said she 'ran away from home' on Sunday - to the end of the road, she was home for tea",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    'Y9 boy missing from home since last night, he is still not home now',
    'Y9 boy missing from home since Friday, mum thought he was at his cousins',
  ])('still reads the risk twin "%s" urgent or higher', (text) => {
    expect(readsAtLeast(text, 'en-GB', 'urgent')).toBe(true);
  });
});

describe('a Welsh child gone for a while and home again (contexts.returned)', () => {
  it('reads the everyday messages below urgent', () => {
    expect(
      below(
        'Mam yn ffonio bod G (Bl 7) wedi diflannu bore ma - oedd e yn nhŷ mamgu yn cael brecwast. Ma fe ar y gofrestr nawr.',
        'cy',
        'urgent',
      ),
    ).toBe(true);
    expect(
      below(
        'Mam yn deud bod T (Bl 9) wedi diflannu ar ôl ysgol am dair awr - yn nhŷ ei ffrind. Nath hi ddod adre am 7.',
        'cy',
        'urgent',
      ),
    ).toBe(true);
  });

  it('still reads the risk twin urgent or higher', () => {
    expect(
      readsAtLeast(
        'Mam yn deud bod T (Bl 9) wedi diflannu ar ôl ysgol. Dyw hi ddim wedi dod adre eto.',
        'cy',
        'urgent',
      ),
    ).toBe(true);
  });
});
