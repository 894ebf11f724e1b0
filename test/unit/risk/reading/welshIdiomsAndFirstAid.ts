/**
 * Issue 21, session 11 (s11-W3): everyday Welsh kinds found in rounds 16 and 17 (w101–w110). Every sentence is
 * synthetic, and each kind has its risk version beside it, which must still be read at its level.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import type { RiskLevel } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

const phrases = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'cy');
const atLeast = (text: string, level: RiskLevel) => compareLevels(phrases(text).level, level) >= 0;

describe('idioms: running off to play, and killing oneself in the mud or a race (effort), are not signs', () => {
  it.each([
    'Wedyn rhedodd hi i ffwrdd i chwarae pêl-rwyd efo’i ffrindia.',
    'Mae’r plant bach yn rhedeg i ffwrdd i chware cyn i mi orffen y stori.',
    'Bois dan 12 wedi lladd eu hunain yn y mwd, balch iawn ohonyn nhw.',
    'Roedd hi wedi lladd ei hun yn y ras traws gwlad, ail yn y sir.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads running away from home and talk of killing oneself at urgent', () => {
    expect(atLeast('Mae M (Bl 8) wedi rhedeg i ffwrdd o’r cartref neithiwr.', 'urgent')).toBe(true);
    expect(atLeast('Rhedodd o i ffwrdd ddoe a does neb yn gwybod ble mae o.', 'urgent')).toBe(true);
    expect(atLeast('Dywedodd R ei fod o am ladd ei hun yn y glaw ar y bont.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n dweud ei bod hi eisiau lladd ei hun.', 'urgent')).toBe(true);
  });
});

describe('first aid: "call 999 if…" is an instruction, and a first-aid qualification is training', () => {
  it.each([
    'Byddwn ni’n dysgu sut i gadw’r plentyn yn llonydd a ffonio 999 os yw e’n anymwybodol.',
    'Cofiwch ffonio 999 os ydy hi ddim yn anadlu ar ôl y sioc.',
    'Bl 12 yn gwneud eu cymhwyster cymorth cyntaf – un ohonyn nhw’n anymwybodol ar y llawr, actio da.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads someone unconscious or not breathing now as immediate, whoever was called', () => {
    expect(phrases('Nes i ffonio 999 achos mae hi’n anymwybodol ar lawr y toiledau.').level).toBe('immediate');
    expect(phrases('Dwi wedi ffonio 999 os gwelwch yn dda dewch, dydy hi ddim yn anadlu.').level).toBe('immediate');
    expect(phrases('Ffoniwch 999 nawr, mae o’n anymwybodol ar y cae.').level).toBe('immediate');
  });
});

describe('idioms: living through that again, and a thorn that stabs, are not signs', () => {
  it.each([
    'Ar ôl yr arholiad: ‘Dwi’m isio byw drwy hwnna eto’ medda un o Bl 11.',
    'Bl 6 wedi cael ei drywanu gan ddraenen wrth nôl y bêl o’r clawdd, plaster.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads not wanting to live and a stabbing by a person at their level', () => {
    expect(atLeast('Dwi ddim isio byw drwy hyn, dwi wedi cael digon.', 'urgent')).toBe(true);
    expect(atLeast('Dwi ddim eisiau byw dim mwy.', 'urgent')).toBe(true);
    expect(phrases('Mae o wedi cael ei drywanu gan ei lysdad neithiwr.').level).toBe('immediate');
  });
});

describe('posters (posteri) about a topic are curriculum, as a poster is', () => {
  it('reads posters about self-harm and where to get help below urgent', () => {
    expect(atLeast('Mae Bl 9 wedi gwneud posteri am hunan-niweidio a ble i gael help.', 'urgent')).toBe(false);
  });

  it('still reads self-harm now at urgent when posters are named beside it', () => {
    expect(atLeast('Mae hi’n hunan-niweidio eto, welais i’r posteri yn ei bag.', 'urgent')).toBe(true);
  });
});
