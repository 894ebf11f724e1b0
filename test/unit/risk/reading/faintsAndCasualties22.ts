/**
 * Issue 22, session 22 (s22-F): faints, collapses and ambulances explained, and a Welsh casualty down and still. A
 * faint with an everyday cause in its sentence (tripped, winded, nerves, stood up too fast) and an ambulance said to
 * be for an adult or no child (contexts.adultCasualty) read below urgent; a faint with not eating or weight lost, an
 * ambulance for a child and a child unconscious still read at their level. Welsh `cyfuniad.i-lawr-a-llonydd` reads
 * someone on the floor and still ("ar y llawr ddim yn symud"), as the English `combo.down-and-still`; a parent drunk
 * while the child feeds and beds younger children is neglect in both languages. The phrase reading alone. Every
 * sentence is synthetic.
 */
import type { SupportedLocale } from '../../../../src/i18n/locale';
import type { RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = (text: string, locale: SupportedLocale, level: RiskLevel) => !readsAtLeast(text, locale, level);

describe('a faint or a collapse with an everyday cause in its sentence (contexts.ordinaryCause)', () => {
  it.each([
    "Y10 'collapsed' at netball - tripped over her laces, winded, fine",
    'Y9 fainted in the exam, nerves she says, nurse saw her, fine',
    'Y5 boy went dizzy in the hall after he stood up too quickly, fine after a drink',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    // Not eating with the faint is a combination no everyday cause clears.
    'Y9 fainted in the exam, nerves she says, but she has stopped eating',
    'Y6 boy fainted in PE. He has lost weight and skips meals.',
    'Y8 girl collapsed in PE and has lost a lot of weight since Easter',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'eating-disorder');
  });

  it.each([
    'merch Bl9 wedi llewygu ar ôl baglu dros fag yn y coridor, iawn wedyn',
    'merch Bl9 wedi llewygu, nerfau cyn yr arholiad, iawn wedyn',
  ])('reads the Welsh everyday "%s" below urgent', (text) => {
    expect(below(text, 'cy', 'urgent')).toBe(true);
  });

  it('still reads the Welsh faint with weight lost urgent', () => {
    expectWelsh(
      'merch Bl9 wedi llewygu eto, mae hi wedi colli lot o bwysau ac yn gwrthod bwyta',
      'urgent',
      'eating-disorder',
    );
  });
});

describe('an ambulance said to be for an adult or no child (contexts.adultCasualty)', () => {
  it.each([
    "the paramedics in the car park are for a visitor who collapsed at reception, she's fine now, no children involved",
    'the ambulance by the gate is NOT for us, it is for the caretaker who fainted, he is sitting up',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    // A child in danger in the same sentence is still read.
    'the ambulance by the gate is for the caretaker, he fainted, but a Y8 boy is on the floor not breathing',
    'Y9 collapsed in the corridor and is not breathing, ambulance called, no other children involved',
    'Y7 girl fainted in the lunch queue and is not responding, ambulance on its way',
    // "No other children" names a child who is the casualty.
    'a Y4 fainted in the hall and is floppy, the ambulance is here, no other children involved',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it('reads the Welsh everyday ambulance for the referee below urgent', () => {
    expect(
      below("Mae'r ambiwlans tu allan i'r dyfarnwr, mae o wedi llewygu ar y cae, dim plant yn rhan", 'cy', 'urgent'),
    ).toBe(true);
  });

  it('still reads the Welsh child floppy with an ambulance called and no other children immediate', () => {
    expectWelsh('Bl4 wedi llewygu, llipa, ambiwlans wedi ei alw, dim plant eraill yn rhan', 'immediate');
  });

  it('still reads the Welsh child unconscious beside an ambulance for the referee immediate', () => {
    expectWelsh(
      "Mae'r ambiwlans i'r dyfarnwr ond mae hogyn Bl7 wedi llewygu hefyd ac yn anymwybodol",
      'immediate',
      'immediate-danger',
    );
  });
});

describe('Welsh someone on the floor and still (cyfuniad.i-lawr-a-llonydd)', () => {
  it.each([
    "ffeit ar yr iard nawr, ma' bachgen Bl9 ar y llawr ddim yn symud",
    'Mae hi ar lawr y neuadd, dim yn anadlu',
    'bachgen Bl8 ar y llawr ar ôl cwffio, ddim yn ymateb i ni',
  ])('reads "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });

  it.each([
    "Mae o'n chwarae ar y llawr efo'r Lego, yn symud y darnau o gwmpas",
    'Bl3 yn eistedd ar y llawr i wrando ar y stori',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'cy', 'urgent')).toBe(true);
  });
});

describe('a parent drunk and the child feeding and bedding younger children (neglect)', () => {
  it.each([
    'Y6 says dad is drunk every night so she makes their tea and puts them to bed, her two little sisters',
    'Y7 says mum is asleep on the sofa with the bottles most nights and he feeds his baby brother',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    'Y6 says dad works nights so she helps with tea for her little sister, mum is home',
    'Mum showed her how to feed her baby sister with the bottle',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it('reads the Welsh twin urgent', () => {
    expectWelsh("Dad yn feddw bob nos, hi sy'n gwneud swper i'w brawd bach a'i roi yn y gwely", 'urgent', 'neglect');
  });

  it('reads the Welsh everyday twin below urgent', () => {
    expect(below("Mam yn gweithio bob nos, hi sy'n gwneud swper i'w brawd bach", 'cy', 'urgent')).toBe(true);
  });
});
