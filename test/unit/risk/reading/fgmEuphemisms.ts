/**
 * Session 15 (lead): FGM told in the family's own words. The phrases named FGM in 167 of the 393 FGM messages in train
 * and dev; the learned reader read the rest with no span to show the duty worker. Children and parents describe it
 * with a small, stable vocabulary (a cut or a special day, that makes a girl clean or a woman, done by the aunties or
 * "back home"), in both languages; the frame needs all three in one sentence, so ordinary cutting, cleaning, parties
 * and grandmothers stay ordinary. Every sentence is synthetic.
 */
import { assessTextWith } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

const phrases = (text: string, locale: SupportedLocale) => assessTextWith(defaultCompiledLexicons(), text, locale);

describe('FGM in the family’s own words is read by the phrases, with its span', () => {
  it.each([
    ["Y3 girl said: 'the aunties will cut the dirty bit off so I'm clean like my sister.'", 'en-GB'],
    ["Y5 said her nana is going to do the special thing so I'm clean and ready.", 'en-GB'],
    ["Y6 told her friend she had the cutting like a big girl at her aunty's.", 'en-GB'],
    ["Heddiw nath hi ddeud: 'nath y ddynes dorri fi lawr fan'na, mae'n llosgi pan dwi'n pi-pi'.", 'cy'],
    ["Mam yn gofyn os oes rhywun yma sy'n gallu torri hi'n lân fel maen nhw'n neud adre.", 'cy'],
    ["Medde hi: 'fi'n mynd i gael y nhorri fel mam-gu, wedyn fi'n fenyw go iawn'.", 'cy'],
  ] as const)('reads "%s" as urgent FGM, naming the words', (text, locale) => {
    const reading = phrases(text, locale);
    expect(reading.level).toBe('urgent');
    expect(reading.indicators).toContain('fgm');
    expect(reading.matches.some((match) => match.indicator === 'fgm')).toBe(true);
  });
});

describe('ordinary cutting, cleaning, parties and grandmothers stay ordinary', () => {
  it.each([
    ['Nan cut the birthday cake at the party and my sister cleaned up after.', 'en-GB'],
    ["Noson gynta Glan-llyn: un hogan Bl 5 yn torri'i chalon, hiraeth mawr am adra a'r ci.", 'cy'],
    ['Nath y bws dorri lawr ar yr A55 ar y ffordd adra, pawb yn canu Calon Lân.', 'cy'],
    ["Helpu Nain i dorri'r gwair, wedyn torri hi'n fach i'r ddynes drws nesa.", 'cy'],
    ['Nain yn torri gwallt ei chwaer fawr, pawb yn edrych yn lân ar gyfer y parti arbennig.', 'cy'],
  ] as const)('does not read "%s" as FGM', (text, locale) => {
    expect(phrases(text, locale).indicators).not.toContain('fgm');
  });
});
