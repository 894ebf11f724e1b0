/**
 * Session 26 (after the freeze, round 49's worst miss): Welsh self-harm told as deep scratches made with a school point
 * on the child's own arm, with a lesson named beside it ("… ar ei fraich, rhai o heddi yn y wers"). The lesson is
 * where it happened, not the topic studied: the phrase reaches the arm and its pronoun, so the child is named and a
 * lesson no longer clears it. A fall over a bike's handlebars is an accident that explains the scratches. The phrase
 * reading alone; every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('cy');

describe('Welsh deep scratches made with a school point, a lesson named beside them (s26-W)', () => {
  it.each([
    'Crafiadau dwfn gyda chompas ar ei fraich, rhai o heddiw yn y wers.',
    "Crafiade dwfn 'da pensil ar 'i braich hi, o'r wers Fathemateg bore 'ma.",
    'Mae ganddi grafiadau dwfn efo siswrn ar ei breichiau yn y wers Gelf.',
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'self-harm');
  });

  it.each([
    'Gwers ABCh am hunan-niweidio heddiw: crafiadau ar y fraich yn arwydd, meddai’r nyrs.',
    "Aeth hi dros y cyrn ar ei beic amser cinio, crafiadau ar ei breichiau, plaster a nôl i'r wers.",
  ])('keeps "%s" below urgent', (text) => {
    expect({ text, below: below(text, 'urgent') }).toEqual({ text, below: true });
  });
});
