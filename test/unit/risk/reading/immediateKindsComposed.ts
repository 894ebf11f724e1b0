/**
 * Every immediate danger read as immediate (issue 22, session 16): compositions of who, what, how severe and when
 * for kinds the phrase reading left at urgent or below, in English and in Welsh. Each rule is tested with its risk
 * twin (immediate) and an everyday sentence that shares its words (below urgent, or below immediate where the twin
 * differs only in time). Synthetic sentences, none copied from the labelled data.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectEn = expectPhraseLevelIn('en-GB');
const expectCy = expectPhraseLevelIn('cy');
const expectBelow = (text: string, level: RiskLevel, locale: 'en-GB' | 'cy'): void => {
  const got = phraseReading(text, locale).level;
  expect({ text, below: compareLevels(got, level) < 0 }).toEqual({ text, below: true });
};

describe('immediate kinds composed from who, what, how severe and when', () => {
  it('reads an attack on someone who is now still as immediate, in English and Welsh', () => {
    expectEn("Older lads are stamping on a Y10 boy in the park and he's not moving", 'immediate', 'immediate-danger');
    expectCy('Criw yn stampio ar fachgen Bl 9 ar y cae, dyw e ddim yn symud', 'immediate', 'immediate-danger');
  });

  it('does not read a ball or a bus that is not moving as an attack', () => {
    expectBelow('In PE he kicked the ball into the mud so hard it is not moving', 'urgent', 'en-GB');
    expectBelow("Y bws ddim yn symud yn y traffig ar ôl i'r hogia gicio pêl at y ffenest", 'urgent', 'cy');
  });

  it('reads FGM words of the family arranged for tonight, tomorrow or a day this week as immediate', () => {
    expectEn('Y3 girl says her nana and the lady will cut her on Sunday so she is clean', 'immediate', 'fgm');
    expectCy('Merch Bl 2 yn deud bod nain am ei thorri hi nos Sadwrn i fod yn lân', 'immediate', 'fgm');
  });

  it('keeps FGM told as past at urgent', () => {
    expectEn('Y3 girl says her nana and the lady cut her when she was little so she is clean', 'urgent', 'fgm');
    expectCy('Merch Bl 2 yn deud bod nain wedi ei thorri hi llynedd i fod yn lân', 'urgent', 'fgm');
  });

  it('reads a child’s words for sexual abuse and the same night in someone’s care as immediate', () => {
    expectEn('She says the lodger touches her in her pants. He is babysitting her tonight.', 'immediate');
    expectCy("Hogan 8 oed yn deud bod ffrind mam yn rhwbio hi yn ei nicyrs. Fo sy'n ei gwarchod hi heno.", 'immediate');
  });

  it('reads the Welsh words of an adult, a private part and an act as urgent, and itchy pants as nothing', () => {
    expectCy('Hogan 8 oed yn deud bod ffrind mam yn rhwbio hi yn ei nicyrs', 'urgent', 'sexual-abuse');
    expectBelow('Dad yn deud bod y pants newydd yn cosi hi, angen rhai cotwm', 'urgent', 'cy');
  });

  it('reads a young child at home alone since some time ago, or since yesterday, as immediate', () => {
    expectEn('Y1 boy says his baby sister is at home on her own since breakfast', 'immediate', 'neglect');
    expectCy('Hogan Bl 2 yn deud bod ei brawd bach adre ar ben ei hun, mam wedi mynd ers ddoe', 'immediate');
  });

  it('does not read a young child playing on their own as left at home', () => {
    expectBelow('Y1 girl has been in the reading corner by herself since the story ended', 'immediate', 'en-GB');
    expectBelow('Hogyn Bl 1 wedi chwarae ar ben ei hun ddoe achos bod ei ffrind yn sâl', 'urgent', 'cy');
  });

  it('reads petrol poured indoors or at people as immediate, and petrol for a mower as nothing', () => {
    expectEn('Dad has poured petrol over the hall carpet and locked the front door', 'immediate');
    expectCy("Mae llystad wedi tywallt petrol yn y gegin ac wedi cloi'r drws", 'immediate');
    expectBelow('Grandad poured petrol into the mower in the shed before the visit', 'urgent', 'en-GB');
    expectBelow("Taid yn arllwys petrol i'r peiriant torri gwair yn y sied", 'urgent', 'cy');
  });

  it('reads a weapon out in a Welsh fight, or held by someone waiting for the child, as immediate', () => {
    expectCy("Cwffio ar y cae, ma potel 'da un ohonyn nhw a mae o'n ei chwifio", 'immediate', 'immediate-danger');
    expectCy("Ma dau fachgen yn aros amdana i wrth y giât gefn, ma bwyell 'da un", 'immediate');
    expectBelow("Ffeit dda yn y ddrama heddiw, y gyllell bapur yn gweithio'n dda iawn", 'urgent', 'cy');
  });

  it('reads a Welsh weapon named and then waved as immediate, and flags waved beside a bread knife as nothing', () => {
    expectCy('Hogyn Bl 10 ar y cae efo cyllell yn ei chwifio hi at hogia eraill', 'immediate', 'immediate-danger');
    expectBelow("Cyllell fara ar y bwrdd, y plant yn chwifio baneri i'r tîm", 'urgent', 'cy');
  });

  it('reads someone walking into deep water clothed as immediate, and a beach trip as nothing', () => {
    expectEn("A boy is wading into the river in his clothes and won't come out", 'immediate');
    expectCy("Mae bachgen yn cerdded i'r afon yn ei ddillad, mae'r dŵr at ei ganol", 'immediate');
    expectBelow('Y5 beach day: they ran into the sea in wetsuits with the lifeguards watching', 'urgent', 'en-GB');
    expectBelow(
      "Trip i'r traeth, y plant yn rhedeg i'r môr yn eu siwtiau gwlyb, gwylwyr y traeth yn gwylio",
      'urgent',
      'cy',
    );
  });

  it('reads men trying to get a child into a van or car as immediate, and a sofa into a van as nothing', () => {
    expectCy("Dau ddyn yn trio tynnu merch Bl 6 i mewn i'r car tu allan i'r parc", 'immediate', 'immediate-danger');
    expectBelow("Dad a'r dyn drws nesa yn trio cael y soffa mewn i'r fan bore ma", 'urgent', 'cy');
  });
});
