/**
 * Issue 21, session 21 (s21-W): everyday Welsh never at urgent or 999 level, and Welsh risk read like English. A wish
 * to die with a trivial cause a few words after it is hyperbole (a concern); a child missing and back, found in school
 * or tracked the whole time is a concern in no danger now; a man who comes into the child's room and does things to
 * her, with tonight or collecting her today, is immediate; a goodbye with finality is urgent. Each beside its twin. The
 * phrase reading alone (the learned reader can only raise). Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const level = (text: string): RiskLevel => phraseReading(text, 'cy').level;
const atLeast = (text: string, wanted: RiskLevel): boolean => readsAtLeast(text, 'cy', wanted);

describe('a wish to die with a trivial cause after it is hyperbole (trivialCause)', () => {
  it.each([
    'Bl 10 yn deud bod nhw "isio marw" ar ôl papur 3 Cymraeg.',
    "Hogyn bl 9 yn deud ei fod o'n 'moyn marw' achos cafodd o 3 allan o 20 yn y prawf sillafu.",
    "Hogan Bl 8 yn deud ei bod hi'n 'moyn marw' pan welodd hi'r gwaith cartref Ffrangeg.",
  ])('keeps "%s" below urgent, on the record as a concern', (text) => {
    expect(level(text)).toBe('concern');
  });

  it.each([
    "Hogan Bl 9 yn deud ei bod hi'n 'moyn marw' achos bod ei llystad yn ei churo hi.",
    'Hogyn Bl 10 yn deud ei fod o isio marw, mae o wedi bod yn isel ers misoedd.',
  ])('still reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('missing and back, found in school or tracked the whole time (returned)', () => {
  it.each([
    "Ras traws gwlad: tri o Bl 9 'ar goll' am hanner awr ar ôl dilyn y llwybr anghywir. Pawb nôl yn saff.",
    "Oedd Miss yn chwilio am S amser chwarae — oedd hi 'di diflannu! Ffeindio hi yn y llyfrgell yn darllen.",
    "Grŵp Dug Caeredin wedi mynd ar goll am awr yn y niwl, staff yn eu tracio nhw drwy'r amser.",
    "Ras traws gwlad – dau o Bl 5 'ar goll' am ugain munud. Nôl nawr, wedi blino.",
  ])('keeps "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it.each([
    "Hogan Bl 8 ar goll ers neithiwr, dim ateb ar ei ffôn, mam wedi ffonio'r heddlu.",
    "Hogyn 14 wedi bod ar goll tridiau, heddlu 'di'i ffendio fo yn Lerpwl efo arian a ffôn arall.",
  ])('still reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a man coming into the child’s room, with tonight or collecting her today (cyfuniad.dod-i-fy-stafell-heno)', () => {
  it.each([
    "Hogan Bl 4: 'Mae cariad Mam yn dod i'n stafell i bob nos Sadwrn ac yn neud pethe i fi o dan y duvet. Mae'n nos Sadwrn heno.'",
    "Croten Bl 5: 'Mae boyfriend Mam yn dod i'n stafell i pan mae Mam yn gweithio ac yn cyffwrdd fi.' Fe sy'n ei chasglu hi heddiw.",
  ])('reads "%s" immediate', (text) => {
    expect(level(text)).toBe('immediate');
  });

  it.each([
    "Mae Taid yn dod i'n stafell i bob nos i ddarllen stori. Mae o'n dod heno eto.",
    "Mae Dad yn dod i fy stafell i heno i beintio'r waliau, medde hi, wedi cyffroi.",
  ])('keeps "%s" below immediate', (text) => {
    expect(atLeast(text, 'immediate')).toBe(false);
  });
});

describe('a goodbye with finality (cyfuniad.ffarwel-terfynol)', () => {
  it.each([
    "E-bost gan hogan Bl 11 i'w thiwtor: 'Diolch am bob dim Miss. Peidiwch poeni am y gwaith cwrs, fydd o'm yn bwysig rŵan. Hwyl fawr.'",
    "Neges gan hogyn Bl 10: 'sori am bopeth, fydd neb yn gweld ishe fi. Hwyl fawr.'",
  ])('reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });

  it.each([
    "E-bost gan hogan Bl 11: 'Diolch am bob dim Miss, dwi'n symud i Gaerdydd dros yr haf. Hwyl fawr!'",
    'Diolch am bob dim i bawb fu’n helpu yn y ffair Nadolig. Hwyl fawr tan y tymor nesa!',
  ])('keeps "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('locked out with the key inside, beaten in a race: explained after the blow (dismissal, identifiedPlay)', () => {
  it.each([
    "Hogan Bl 4 wedi'i chloi allan o'r tŷ ddoe, ei chwaer wedi gadael y goriad tu mewn. Aeth hi at Nain.",
    "'Nath Dad fy nghuro i!' — yn y ras i'r giât 😂",
  ])('keeps "%s" below urgent, a concern on the record', (text) => {
    expect(level(text)).toBe('concern');
  });

  it.each([
    "Hogan Bl 4 wedi'i chloi allan o'r tŷ drwy'r nos gan ei llystad.",
    "'Nath Dad fy nghuro i efo'i felt neithiwr.'",
  ])('still reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a goodbye letter to an animal is no suicide note (idiom)', () => {
  it('keeps a goodbye letter to a lamb sold at the mart below concern', () => {
    expect(level("Hogyn Bl 2 wedi sgwennu llythyr hwyl fawr i'w oen swci cyn iddo fynd i'r mart ddydd Llun.")).toBe(
      'none',
    );
  });

  it('still reads a goodbye letter to her family urgent or higher', () => {
    expect(atLeast("Mae hi wedi sgwennu llythyr ffarwel i'w mam a'i chwaer.", 'urgent')).toBe(true);
  });
});
