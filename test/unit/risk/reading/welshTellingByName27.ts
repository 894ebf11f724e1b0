/**
 * Session 27 (after the freeze, round 51's worst miss): a Welsh child's quoted words, told with the child named by an
 * initial and an age ("'nath Y (9) ddeud …") in the middle of an activity's notes. The telling stands between the
 * activity and the words, so the activity is where it was said, not what the words are about; only a pronoun
 * ("nath hi ddeud") counted before. The phrase reading alone; every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('cy');

describe('a Welsh telling with the child named, between an activity and the child’s words (s27-W)', () => {
  it.each([
    "Yn ystod y sesiwn crefft nath G (8) ddeud 'dad 'di taflu'r teledu at mam neithiwr'. Wedyn aeth hi nôl i liwio.",
    "Yn y wers gelf wnaeth B ddeud yn dawel 'dad 'di taflu'r gadair at mam ddoe'.",
    "Amser chwarae rôl, ddaru'r hogyn bach ddeud 'dad 'di taflu'r plât at mam bore 'ma'.",
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'domestic-abuse');
  });

  it.each([
    "Yn ystod y sesiwn crefft nath G (8) ddeud 'ni 'di taflu'r bêl i'r ci yn y parc'.",
    'Yn y wers ddrama nath y plant actio golygfa lle mae tad yn taflu pethau.',
  ])('keeps "%s" below urgent', (text) => {
    expect({ text, below: below(text, 'urgent') }).toEqual({ text, below: true });
  });
});
