/**
 * Issue 22 and 21, session 16 (the lead): blood said in the same message to have been treated with first aid or to
 * be an animal's, a harmless gun or ruler named with the weapon, and hide and seek. Each kind is read both ways: the
 * everyday message below immediate (or urgent), the same alarm without the explanation still at its level. Every
 * sentence is synthetic.
 */
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { phraseReading as phrases, readsAtLeast as atLeast } from './phraseLevel';

describe('blood treated with first aid, or said to look worse than it was, is no emergency', () => {
  it.each<[SupportedLocale, string, string]>([
    [
      'en-GB',
      'Baking club: Y6 boy caught his thumb on the grater, blood all over the bowl. Cleaned, plaster on, back to the cakes.',
      'Baking club: Y6 boy caught his thumb on the grater, blood all over the bowl.',
    ],
    [
      'en-GB',
      'Y9 girl took a netball to the nose in PE, lots of blood, looked far worse than it was.',
      'Y9 girl took a netball to the nose in PE, lots of blood.',
    ],
    [
      'cy',
      "Bl 3 'di cwympo ar yr iard, ei phen-glin yn gwaedu lot. Mae hi'n iawn nawr efo sticer a diod.",
      "Bl 3 'di cwympo ar yr iard, ei phen-glin yn gwaedu lot.",
    ],
    [
      'cy',
      "Bl 9 'di torri ei fys yn y gweithdy, gwaedu lot am funud ond dim angen pwytha, plastar mawr.",
      "Bl 9 'di torri ei fys yn y gweithdy, gwaedu lot.",
    ],
  ])('%s: %s', (locale, everyday, alarm) => {
    expect(atLeast(everyday, locale, 'immediate')).toBe(false);
    expect(atLeast(alarm, locale, 'immediate')).toBe(true);
  });

  it.each<[SupportedLocale, string]>([
    ['en-GB', 'Y8 cut his hand on the broken window, blood everywhere. We have no plasters in the first aid box.'],
    ['en-GB', 'Y8 cut his hand on the broken window, blood everywhere. A plaster is no use.'],
    ['cy', 'Bl 8 wedi torri ei law ar y ffenest, gwaedu lot. Dim plastar yn y bocs.'],
  ])('first aid named but not given is no treatment: %s: %s', (locale, text) => {
    expect(phrases(text, locale).level).toBe('immediate');
  });

  it('a wound that will not stop bleeding is real whatever first aid was tried', () => {
    const text = "Y10 boy cut his arm, blood everywhere. We've put a plaster on but it won't stop bleeding.";
    expect(phrases(text, 'en-GB').level).toBe('immediate');
  });
});

describe("an animal's blood, named in its sentence or the two before, is not a child's bleeding", () => {
  it.each<[SupportedLocale, string]>([
    ['en-GB', 'Y3 at the farm park: a ewe had twins in front of them. Lots of blood and squeals but they loved it.'],
    ['en-GB', 'Safari trip: the tigers were fed while we watched. Blood everywhere, the children were thrilled.'],
    ['cy', "Mam G (Bl 10) 'di ffonio, bydd o'n hwyr, maen nhw'n wyna. Gwaed ym mhobman medda hi ond dau oen newydd."],
  ])('%s: %s', (locale, text) => {
    expect(atLeast(text, locale, 'immediate')).toBe(false);
  });

  it("a child's own bleeding beside an animal is still read", () => {
    const text = 'Y3 at the farm park: a ewe kicked her in the face. She is bleeding everywhere and very pale.';
    expect(phrases(text, 'en-GB').level).toBe('immediate');
  });
});

describe('a gun or a knife named with what makes it harmless', () => {
  it.each<[SupportedLocale, string, string]>([
    [
      'en-GB',
      'Y1 boy telling everyone his grandad has a licensed shotgun for the crows. Talked about safety at carpet time.',
      'Y1 boy telling everyone his grandad has a shotgun in the house.',
    ],
    [
      'cy',
      "Galwad bod 'dyn efo gwn ar y cae' – gofalwr efo'r gwn paent yn marcio'r llinellau. Wedi egluro iddi.",
      "Galwad bod 'dyn efo gwn ar y cae' wrth y giât.",
    ],
    [
      'cy',
      "Bl 8 yn gweiddi bod R wedi dod â chyllell i'r wers - pren mesur metel oedd e. Wedi siarad efo'r dosbarth.",
      "Bl 8 yn gweiddi bod R wedi dod â chyllell i'r wers.",
    ],
  ])('%s: %s', (locale, everyday, alarm) => {
    expect(atLeast(everyday, locale, 'immediate')).toBe(false);
    expect(atLeast(alarm, locale, 'immediate')).toBe(true);
  });
});

describe('hiding during hide and seek is a game', () => {
  it('is not read as a child hiding from danger, while hiding alone still is', () => {
    expect(
      atLeast('Found two Y8s hiding in the PE cupboard during hide and seek. Cupboard now locked.', 'en-GB', 'urgent'),
    ).toBe(false);
    expect(atLeast('Found two Y8s hiding in the PE cupboard, shaking. Cupboard now locked.', 'en-GB', 'urgent')).toBe(
      true,
    );
  });
});
