/**
 * Session 24 (s24-J): serious neglect where a child is in pain. The neglect tallies (`neglect.signs-together`,
 * Welsh `esgeulustod.arwyddion-gyda-i-gilydd`) count a child in pain or with an infection now (`in-pain`, Welsh
 * `poen`: crying with the pain, cannot chew, toothache, an infected sore) as its own kind of sign, apart from health
 * needs unmet (missed appointments, rotten teeth); shoes with a hole, sleeping in clothes and no light are counted in
 * both languages and both Welsh registers. Four kinds are still needed: toothache with missed dental appointments
 * alone is a concern (as the labelled writers read it), and one sign alone adds nothing. Each everyday sentence beside
 * its risk twin. The phrase reading alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const belowEnglish = readsBelowIn('en-GB');
const belowWelsh = readsBelowIn('cy');

describe('a child in pain is its own kind of sign in the neglect tally (s24-J)', () => {
  it.each([
    "Crwt Bl 4 heb got yn y glaw eto, sgidie 'da twll yn y gwaelod, mae e'n llefen 'da'r boen yn ei ddannedd bob amser cinio. Mae'n gweud bod dim golau yn y tŷ ers wythnos a'i fod e'n cysgu yn ei ddillad. Mam wedi colli dau apwyntiad deintydd.",
    "Hogan Bl 2 heb gôt yn y glaw, esgidia efo twll, dim gola yn y tŷ ers dyddia. Mae hi'n crio efo'r boen yn ei dannedd a mam 'di methu dau apwyntiad deintydd.",
  ])('reads the Welsh "%s" urgent neglect', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it('reads the English twin urgent neglect', () => {
    expectEnglish(
      'Y3 girl with no coat in the rain again and shoes with a hole in the sole. She says there has been no light in the house for days and she sleeps in her school clothes. Crying with the pain from her teeth at lunch; mum has missed two dentist appointments.',
      'urgent',
      'neglect',
    );
  });

  it.each([
    // Toothache with care booked is not neglect; toothache with missed appointments alone is a concern at most.
    'He has toothache today and mum has booked the dentist for 4pm.',
    'Toothache on and off for weeks and mum has missed three dental appointments, letter sent home.',
    // Three kinds (pain, shoes, a missed appointment) stay below the tally's four.
    'Toothache for weeks, holes in both shoes, and mum has missed the dentist twice.',
    // One sign alone.
    'He forgot his coat today and got wet at break.',
    'She slept in her clothes on the residential trip.',
    'His new shoes already have a hole in them from football.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(belowEnglish(text, 'urgent')).toBe(true);
  });

  it.each([
    "Mae ganddi'r ddannodd heddiw ac mae mam wedi trefnu'r deintydd am 4.",
    'Anghofiodd ei got heddiw a gwlychodd yn y glaw.',
    'Cysgodd yn ei ddillad ar y trip ysgol neithiwr.',
    'Dannodd ers wythnos, mam wedi colli un apwyntiad deintydd ond wedi trefnu un arall.',
  ])('reads the Welsh everyday "%s" below urgent', (text) => {
    expect(belowWelsh(text, 'urgent')).toBe(true);
  });

  it('reads Welsh rotten teeth with an abscess (crawniad) urgent neglect', () => {
    expectWelsh("Bl 5, dannedd wedi pydru a chrawniad ar ei ên, mae'n cwyno ers dyddiau.", 'urgent', 'neglect');
  });
});
