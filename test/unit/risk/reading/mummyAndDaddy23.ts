/**
 * Session 23 (lead): a young child's "mummy" and "daddy" are the parents of the English `mumdad` class, so "daddy hit
 * mummy" is the domestic abuse that "dad hit mum" already was. Before, the phrases read such disclosures nothing and
 * only the learned reader caught them (62 of them in train and dev). Each risk sentence beside an everyday twin that
 * stays below urgent. The phrase reading alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');

describe("a young child's mummy and daddy are a parent to the domestic-abuse phrases", () => {
  it.each([
    "Rec, at the sand tray: 'daddy pushed mummy into the cupboard and she was crying'",
    'Y1 boy said daddy kicked mummy on the stairs at the weekend',
    "Y2: 'mummy's boyfriend hits mummy when he's cross'",
  ])('reads "%s" urgent domestic abuse', (text) => {
    expectEnglish(text, 'urgent', 'domestic-abuse');
  });

  it.each([
    'Y1 said daddy fell off the ladder and mummy laughed',
    'Rec drew mummy and daddy at the seaside with a big ice cream',
  ])('leaves "%s" below urgent', (text) => {
    expect(readsAtLeast(text, 'en-GB', 'urgent')).toBe(false);
  });
});
