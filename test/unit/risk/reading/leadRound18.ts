/**
 * Issue 22, session 18 (lead): kinds that round 28's writers put in words the phrases did not read, each beside an
 * everyday twin that must stay below urgent. The phrase reading alone (the learned reader is not asked). Every sentence
 * is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { readsAtLeast } from './phraseLevel';

const atLeast = (text: string, locale: 'en-GB' | 'cy', level: RiskLevel) => readsAtLeast(text, locale, level);

describe('letters written for after, or for when she is gone (@suicide.intent)', () => {
  it.each([
    "Y12 girl told the cook she's been writing letters to everyone 'for after', then hugged her.",
    'He has written letters to his family for when he is gone.',
  ])('reads "%s" urgent', (text) => {
    expect(atLeast(text, 'en-GB', 'urgent')).toBe(true);
  });

  it.each([
    'Y6 wrote letters to their future selves for after SATs.',
    'We wrote thank-you cards for after the holidays.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'en-GB', 'urgent')).toBe(false);
  });
});

describe('a bomb named by its kind (@radicalisation.making-bombs)', () => {
  it('reads a question about making a pipe bomb urgent', () => {
    expect(atLeast('He asked me how hard it would be to make a pipe bomb.', 'en-GB', 'urgent')).toBe(true);
  });

  it('reads the Molotov–Ribbentrop pact in history below urgent', () => {
    expect(atLeast('In history we studied the Molotov-Ribbentrop pact.', 'en-GB', 'urgent')).toBe(false);
  });
});

describe('wanting to be with someone who has died, in the sentence or the next (@combo.joining-the-dead)', () => {
  it.each([
    ["Since her nan's funeral she keeps saying she wants to be with her again.", 'en-GB'],
    ['Y9 boy: since his mate died he says he wants to join him.', 'en-GB'],
    ["Ers angladd ei fêt ma E di postio 'gweld ti cyn bo hir mêt' ac yn deud bod o 'isio bod efo fo'.", 'cy'],
  ] as const)('reads "%s" urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(true);
  });

  it('reads a grieving child who wants to be with her mum below urgent', () => {
    expect(atLeast('Since grandad died she wants to be with her mum all the time.', 'en-GB', 'urgent')).toBe(false);
  });
});

describe('an adult blowing smoke into a child’s face (@neglect.smoke-blown-at-child)', () => {
  it.each([
    ["S (Reception) said 'Mummy blows green smoke in my face to make me sleep'.", 'en-GB'],
    ["S (Derbyn) yn deud 'Mam yn chwythu mwg gwyrdd yn fy wyneb i fi gysgu'.", 'cy'],
  ] as const)('reads "%s" urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(true);
  });

  it.each([
    ['The wind blew smoke in my face at the bonfire.', 'en-GB'],
    ['Y ddraig yn chwythu mwg yn ei wyneb yn y stori.', 'cy'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });
});

describe('effort and confusion idioms: lost in a subject, killing themselves in the tackle', () => {
  it.each([
    ["Hogan Bl 8 yn poeni ei bod hi 'ar goll yn llwyr' yn y wers Ffrangeg - dim syniad am y ferf être.", 'cy'],
    ["Mae o ar goll efo'r algebra.", 'cy'],
    ["Colli 24-10 ond y bois 'di lladd eu hunain yn y dacl.", 'cy'],
    ['Lost 24-10 but the boys killed themselves in the tackle.', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });

  it.each([
    ['Mae hi ar goll ers y wers Ffrangeg.', 'cy'],
    ['Mae hi isio lladd ei hun yn y pwll.', 'cy'],
    ['He said he wants to kill himself in the match.', 'en-GB'],
  ] as const)('still reads "%s" urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(true);
  });
});
