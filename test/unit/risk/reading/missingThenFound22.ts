/**
 * Issue 22, session 22 (s22-M): a child or a thing said to be "missing" / "ar goll" and found in the same message
 * (contexts.returned, isFoundAfter; a denial inside a phrase that runs across a comma). Each everyday message beside
 * its risk twin — a child still not found, or found somewhere dangerous or with someone — which still reads at its
 * level. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const below = (text: string, locale: SupportedLocale, level: RiskLevel) => !readsAtLeast(text, locale, level);
const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');

describe('a short absence with the child found hiding nearby (en contexts.returned)', () => {
  it.each([
    "forest school: J 'went missing' for about 2 mins - crouched behind the log pile to scare his friends",
    "party at the soft play: Y2 'went missing' for about a minute - hiding under the table giggling",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    // A duration alone is no return (laughedAndFound.ts); still not found is a missing phrase of its own.
    "Orienteering: two Y9s 'went missing' for about 10 minutes in the woods.",
    'Y6 boy went missing for about 3 mins at the park and has still not been found.',
    'Y8 girl went missing for ten minutes on the trip and she has not been found yet.',
    // Hours and days are no short absence.
    'Y10 went missing for 5 hours last night and is still not back.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'missing');
  });
});

describe('a thing reported missing and found, or a child moved to another team (en contexts.returned)', () => {
  it.each([
    'the big veg knife went missing from the cookery room after the bake sale, found it in the sink, all sorted',
    "The Y11 coursework folder we reported 'missing' turned up in the staffroom pigeonhole, nothing lost.",
    "T has been 'missing' from netball for a month - she's joined the hockey squad instead, same evening.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    // Found somewhere dangerous or with someone is read by its own phrases.
    'Y9 girl missing since Friday night, turned up in a flat with older men.',
    'Y8 went missing for two days, found her at a house in town with older men.',
    // Still missing.
    'Y7 went missing from home on Sunday and has still not been found.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectEnglish(text, 'urgent');
  });
});

describe('Welsh: found in an everyday place or doing an everyday thing (cy contexts.returned)', () => {
  it.each([
    "siswrn celf 'di'u cyfri, un ar goll am sbel ond o'dd hi yn y drôr dan y papur. 15/15",
    'Crwt Bl8 ar goll ar ôl y wers nofio, pawb yn chwilio... yn y llyfrgell yn darllen comic, 5 munud',
    "Hogan 12 'di mynd ar goll yn y sioe am chwarter awr — oedd hi'n ciwio am candi fflos efo'i ffrindiau. Iawn.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'cy', 'urgent')).toBe(true);
  });

  it.each([
    // Found with older men or somewhere dangerous, or after nights away.
    'Hogan 13 ar goll ers neithiwr, oedd hi yn y fflat efo dynion hŷn',
    'Crwt Bl9 ar goll am ddwy noson — oedd e yn y car efo dyn hŷn',
    "Hogyn bl9 ar goll ers dwy noson, oedd o'n cysgu mewn fflat yn y dre",
    // Still not found.
    'Hogan Bl8 dal ar goll, heb ei ffeindio, dim byd gan yr heddlu',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'missing');
  });
});

describe('Welsh: "dim byd ar goll" inside a phrase opened before a comma (negatedInsideLastClause)', () => {
  it('reads the everyday message below concern', () => {
    expect(
      below(
        "Stordy celf 'di'i adael ar agor amser cinio - fi 'di'i gloi e, dim byd ar goll, popeth yna",
        'cy',
        'concern',
      ),
    ).toBe(true);
  });

  it.each(["Stordy celf 'di'i adael ar agor - fi 'di'i gloi e, a hogan Bl7 dal ar goll ers amser cinio"])(
    'still reads the risk twin "%s" urgent',
    (text) => {
      expectWelsh(text, 'urgent', 'missing');
    },
  );
});
