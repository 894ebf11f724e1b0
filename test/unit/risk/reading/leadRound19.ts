/**
 * Issue 22, session 19 (lead): three emergencies the phrase reading had no words for (the learned reader alone read
 * them, or missed them in Welsh), each beside an everyday twin that must stay below urgent or below immediate. The
 * phrase reading alone. Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { readsAtLeast } from './phraseLevel';

const atLeast = (text: string, locale: 'en-GB' | 'cy', level: RiskLevel) => readsAtLeast(text, locale, level);

describe('carbon monoxide or gas, and people with its symptoms (@combo.gas-poisoning, @cyfuniad.gwenwyn-nwy)', () => {
  it.each([
    ['Two girls in the hall with headaches and being sick, and the carbon monoxide alarm is going off.', 'en-GB'],
    ['Smell of gas in the kitchen. The dinner lady has collapsed.', 'en-GB'],
    ["Dau blentyn efo cur pen a'r larwm carbon monocsid yn canu yn y coridor.", 'cy'],
    ["Ogla nwy yn y neuadd a dau blentyn yn teimlo'n benysgafn.", 'cy'],
  ] as const)('reads "%s" immediate', (text, locale) => {
    expect(atLeast(text, locale, 'immediate')).toBe(true);
  });

  it.each([
    ['In science we learned that carbon monoxide causes headaches and dizziness.', 'en-GB'],
    ['The CO alarm in the kitchen was tested this morning, all fine.', 'en-GB'],
    ['Gwers wyddoniaeth: carbon monoxide yn achosi cur pen.', 'cy'],
  ] as const)('reads "%s" below immediate', (text, locale) => {
    expect(atLeast(text, locale, 'immediate')).toBe(false);
  });
});

describe('an adult photographing or filming children undressed (@combo.adult-photographing-children)', () => {
  it.each([
    ['A man in the changing room has been taking photos of the children getting changed on his phone.', 'en-GB'],
    ["Ma 'na ddyn yn y stafell newid sy 'di bod yn tynnu lluniau o'r plant yn newid ar ei ffôn.", 'cy'],
  ] as const)('reads "%s" urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(true);
  });

  it('reads it immediate when he is still here', () => {
    const text =
      "A man has been taking photos of the girls getting changed after swimming. He's still here by the lockers.";
    expect(atLeast(text, 'en-GB', 'immediate')).toBe(true);
  });

  it.each([
    ['Mum took photos of the children changing into their costumes for the nativity.', 'en-GB'],
    ['Parents are asked not to take photos in the changing rooms.', 'en-GB'],
    ["Mam wedi tynnu lluniau o'r plant yn eu gwisgoedd cyn y sioe.", 'cy'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });
});

describe('young children alone overnight after the carer went away (@combo.young-alone-overnight)', () => {
  it('reads a Year 2 child who slept alone with a sibling since mum went yesterday immediate', () => {
    const text = "Y2 boy: 'Mummy went yesterday morning with her boyfriend. Me and my sister slept by ourselves.'";
    expect(atLeast(text, 'en-GB', 'immediate')).toBe(true);
  });

  it("reads a Year 2 child who slept at nan's while mum went away below urgent", () => {
    const text = "Y2 boy: mummy went on holiday yesterday so he slept at his nan's with his sister.";
    expect(atLeast(text, 'en-GB', 'urgent')).toBe(false);
  });
});

describe('tooth decay with swelling or an abscess (@combo.dental-neglect, @cyfuniad.esgeulustod-dannedd)', () => {
  it.each([
    ['Y1 boy crying again, swelling on his jaw. His teeth are black and mum has missed the dentist twice.', 'en-GB'],
    ["Hogyn Bl 2 efo dannedd wedi pydru'n ddu. Mae ei wyneb o 'di chwyddo heddiw.", 'cy'],
  ] as const)('reads "%s" urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(true);
  });

  it.each([
    ['Dentist letter for Y2 about tooth decay and brushing twice a day.', 'en-GB'],
    ['Colli dant heddiw, dim ffys. Pen-glin wedi chwyddo ar ôl rygbi.', 'cy'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });
});

describe('going to heaven with someone who died (@combo.joining-the-dead)', () => {
  it('reads a child who signs "go heaven with nanna" after nanna died urgent', () => {
    const text = "Today she signed and said 'go heaven with nanna'. Nanna died in October.";
    expect(atLeast(text, 'en-GB', 'urgent')).toBe(true);
  });

  it('reads a child saying nanna went to heaven below urgent', () => {
    expect(atLeast('Nanna died in October and he says she has gone to heaven.', 'en-GB', 'urgent')).toBe(false);
  });
});

describe('marks of a belt or strap on the body, and being fed up of living (en, cy)', () => {
  it.each([
    ["Y8 boy with strap marks on his legs, says 'nothing, leave me'.", 'en-GB'],
    ['Welts from a belt across her back, she flinched when I asked.', 'en-GB'],
    ["Crwt Bl 8 efo ôl strap ar ei goesau, 'dim byd, gadewch fi'.", 'cy'],
    ["She said she's fed up of living.", 'en-GB'],
    ["'Fi 'di cael llond bol ar fyw' medde fe, llefen drwy'r wers.", 'cy'],
  ] as const)('reads "%s" urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(true);
  });

  it.each([
    ['Red mark on his neck from his helmet strap after cycling.', 'en-GB'],
    ['Wedi cael llond bol ar y glaw, dim chwarae tu allan eto.', 'cy'],
    ['Ôl strap ei helm ar ei wddw ar ôl y daith feics.', 'cy'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });
});

describe('a resolution denied is no resolution (isHistory)', () => {
  it('reads a child missing since three and not found within ten minutes urgent', () => {
    const text = "Mae T ar goll ers 3. Dydy o ddim wedi'i ffeindio o fewn deg munud.";
    expect(atLeast(text, 'cy', 'urgent')).toBe(true);
  });

  it('reads a child found within ten minutes below urgent', () => {
    expect(atLeast('Aeth T ar goll yn y parc. Ffeindiwyd o o fewn deg munud.', 'cy', 'urgent')).toBe(false);
  });
});

describe('a weapon used on someone is never explained by a trade (usedOnSomeone, @combo.weapon-used-on-someone)', () => {
  it.each([
    "Dad has a gun, he's a gamekeeper, and he pointed it at mum last night.",
    'Dad pointed his shotgun at mum last night.',
    'He held a knife to her throat.',
  ])('reads "%s" immediate', (text) => {
    expect(atLeast(text, 'en-GB', 'immediate')).toBe(true);
  });

  it.each([
    "Grandpa has a gun, he's a gamekeeper.",
    'In drama we practised pointing a prop gun at him in the stage fight.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'en-GB', 'urgent')).toBe(false);
  });
});
