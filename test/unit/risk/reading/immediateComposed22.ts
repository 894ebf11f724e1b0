/**
 * Issue 22, session 22 (s22-I): immediate danger composed from facts the phrases already read. An abuse disclosure and
 * the child handed over today (`contexts.handover` with `contexts.today`), violence still going on
 * (`contexts.stillHappening`), and the means hidden ready with tonight in the child's own words
 * (`combo.means-hidden-tonight`, `cyfuniad.modd-cudd-heno`). Each beside its everyday twin, which stays below. The
 * phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = (text: string, level: RiskLevel, locale: 'en-GB' | 'cy' = 'en-GB') => !readsAtLeast(text, locale, level);

describe('an abuse disclosure and the child handed over today (contexts.handover, contexts.today)', () => {
  it.each([
    'Reception girl said on her talker that daddy hurt her bottom again at night. Mum says dad is collecting her today at 3.',
    'Y1 girl said her stepdad touches her privates at night. He is coming to get her today after school.',
    'Y2 boy said his dad punched him in the tummy. His dad picks him up in 20 minutes.',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each(['Dywedodd hi bod dad yn cyffwrdd ei phen ôl hi. Mae dad yn ei nôl hi heddiw am 3.'])(
    'reads the Welsh "%s" immediate',
    (text) => {
      expectWelsh(text, 'immediate', 'immediate-danger');
    },
  );

  it.each([
    // A handover on another day, or one denied, is no handover today.
    'Y1 girl said her dad hurts her bottom. Dad collects her on Fridays.',
    'Y4 boy said his dad punched him. His dad is not collecting him today.',
  ])('keeps "%s" urgent', (text) => {
    expectEnglish(text, 'urgent');
  });

  it.each(['Dad is collecting her at 3 for the dentist.', 'Mum is picking him up at 2 today for his hearing test.'])(
    'reads the everyday "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent')).toBe(true);
    },
  );

  it('reads the everyday Welsh handover below urgent', () => {
    expect(below('Mae dad yn ei nôl hi am 3 i fynd at y deintydd.', 'urgent', 'cy')).toBe(true);
  });
});

describe('violence still going on (contexts.stillHappening)', () => {
  it.each([
    'A mother is beating her child in the garden, the child is screaming, it is still going on.',
    'A mother is beating her child in the garden. It has not stopped.',
    'Dad is beating mum in the kitchen, it is happening right now.',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    "Mae dad yn ei tharo hi. Mae o'n dal wrthi.",
    "Mae mam yn curo ei phlentyn yn yr ardd, mae'r plentyn yn sgrechian, mae'n dal i fynd mlan.",
  ])('reads the Welsh "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });

  it('reads a Welsh adult beating a child urgent (cam-drin.corfforol)', () => {
    expectWelsh("Mam yn curo'r plentyn yn yr ardd.", 'urgent', 'physical-abuse');
  });

  it('reads the Welsh game twin below urgent', () => {
    expect(below("Mae mam yn curo'r plentyn mewn gêm o gardiau.", 'urgent', 'cy')).toBe(true);
  });

  it.each([
    // A pattern still going on at home is urgent, not a 999 call.
    'His dad hit him last year, it is still going on at home.',
  ])('keeps "%s" urgent', (text) => {
    expectEnglish(text, 'urgent');
  });

  it.each(['The fire drill is still going on.', 'The noisy lesson is still going on, I can hear it from here.'])(
    'reads the everyday "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent')).toBe(true);
    },
  );

  it.each(["Mae'r ymarfer tân yn dal i fynd mlan.", "Mae'r wers swnllyd yn dal wrthi."])(
    'reads the everyday Welsh "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent', 'cy')).toBe(true);
    },
  );
});

describe('the means hidden ready and tonight, in the child’s own words (combo.means-hidden-tonight)', () => {
  it.each([
    'Tonight when mum is at work I am going to use the pills I hid in my drawer.',
    'I hid the rope in the shed. I will use it tonight.',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it('reads the Welsh plan immediate', () => {
    expectWelsh("Heno dwi'n mynd i ddefnyddio'r tabledi dwi 'di cuddio yn fy nrôr.", 'immediate', 'immediate-danger');
  });

  it.each(['We have a rope for the tug of war tonight.', 'We hid the rope in the shed for the tug of war tonight.'])(
    'reads the everyday "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent')).toBe(true);
    },
  );

  it.each(['Mae gennym ni raff ar gyfer tynnu rhaff heno.', "Dwi 'di cuddio'r rhaff sgipio yn y sied, gêm heno."])(
    'reads the everyday Welsh "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent', 'cy')).toBe(true);
    },
  );
});
