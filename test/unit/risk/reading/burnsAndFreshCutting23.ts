/**
 * Issue 23, session 23 (s23-J): round 43 missed a burn an adult gave, told as an event with a plain verb ("pressed her
 * cigarette onto her", "gwasgu'i sigarét arni", "rhoi'r sigarét arna i", "neud e 'da'i ffag", "did it with his
 * cigarette", "put the hot iron on my arm"): physical abuse, urgent, and immediate through the handover rule when the
 * adult collects the child today ("mae'n 5 munud i 3": a Welsh clock time is a time today). A lighter the child holds
 * on her own arm is self-harm, never an adult's burn, so a lighter needs an adult named or a burn put "on me / him".
 * Fresh Welsh cutting with a razor ("'di bod yn cutio efo rasal", "torri gyda rasel") is self-harm, urgent, and "dwi'm
 * isio marw" after it denies suicidal intent, not the cutting. Each everyday sentence beside its risk twin, which
 * still reads at its level. The phrase reading alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, phraseReading, readsBelowIn } from './phraseLevel';

const expectWelsh = expectPhraseLevelIn('cy');
const expectEnglish = expectPhraseLevelIn('en-GB');
const belowWelsh = readsBelowIn('cy');
const belowEnglish = readsBelowIn('en-GB');

describe('an adult burning a child, told as an event (Welsh)', () => {
  it.each([
    "Hogan Bl 3 efo marc crwn ar ei garddwrn, deud bod Taid 'di gwasgu'i sigarét arni neithiwr am golli'i chôt.",
    "Crwt Bl 2: 'nath Mam roi'r sigarét arna fi achos nes i sarnu'r sudd'.",
    "Hogyn Bl 5 yn deud bod cariad Mam yn rhoi ei smôc arno fo pan mae o'n swnllyd.",
    "Bachan bl 4 'da marc crwn ar ei law, wedodd e 'Wncwl sy'n neud e 'da'i ffag pan fi'n ateb nôl'.",
    "Deud bod Dad 'di rhoi'r haearn smwddio ar ei llaw hi achos bod hi'n hwyr i'r bws.",
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'physical-abuse');
  });

  it.each([
    "Marc llosg ar ei llaw o'r popty gartref, nath hi gyffwrdd y drws yn y wers dechnoleg bwyd.",
    "Mae ei chôt hi'n drewi o sigaréts nain, dim byd arall.",
    "Llosgodd hi ei bys ar ffon wreichion noson tân gwyllt efo mam yno, 'di rhoi dŵr oer arno fo.",
    "Mam yn rhoi'r haearn arno fo i smwddio'r crys ysgol bore 'ma.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(belowWelsh(text, 'urgent')).toBe(true);
  });

  it('reads a lighter she holds on her own arm as no adult burn', () => {
    const reading = phraseReading('Hogan Bl 9 wedi gwneud nhw gyda leitar ar ei braich neithiwr, medde hi.', 'cy');
    expect(reading.indicators).not.toContain('physical-abuse');
  });
});

describe('an adult burn and the adult collecting the child today (Welsh clock times)', () => {
  it.each([
    "Bl 3 hogyn, llosg crwn ffres ar ei wddw, deud bod Nain 'di gwasgu'i sigarét arno fo bore 'ma. Nain sy'n ei nôl o, mae'n 10 munud i 3.",
    "Croten Bl 2, deud bod Dad 'di rhoi ei sigarét arni neithiwr. Dad sy'n ei chasglu hi, chwarter wedi 3.",
  ])('reads "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'physical-abuse');
  });

  it('stays urgent when the adult collects her on another day', () => {
    expectWelsh(
      "Croten Bl 2, deud bod Dad 'di rhoi ei sigarét arni neithiwr. Dad sy'n ei chasglu hi ddydd Gwener.",
      'urgent',
      'physical-abuse',
    );
  });
});

describe('an adult burning a child, told as an event (English)', () => {
  it.each([
    "Y1 boy said 'mummy's friend put his cig on me cos I spilt my juice'. Small round mark on his wrist.",
    "Y3 girl: 'my stepdad pressed the hot iron on my leg because I was slow'.",
    'Y2 said grandad did it with his cigarette when she would not stop crying.',
    "Reception boy said 'daddy did hot hob on my fingers to stop me touching'.",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'physical-abuse');
  });

  it.each([
    'Burnt her hand on the oven door at home making flapjacks, mum put cold water on it straight away.',
    'Her cardigan smells of nan’s cigarettes, nothing else to note.',
    'She burnt her hand on a sparkler on bonfire night with mum right there.',
    'Mum put the iron on the board and did my school shirt this morning.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(belowEnglish(text, 'urgent')).toBe(true);
  });

  it('reads a lighter the child holds on her own arm as no adult burn', () => {
    const reading = phraseReading('She admitted she holds a lighter against her arm when it gets too loud.', 'en-GB');
    expect(reading.indicators).not.toContain('physical-abuse');
  });
});

describe('fresh cutting with a razor or a blade (Welsh)', () => {
  it.each([
    "Hogyn o'r clwb 'di dangos ei goesa, 'di bod yn cutio efo rasal ers wsnos dwytha, rhai'n dal yn ffres, ond deud 'dwi'm isio marw'.",
    "Bl 10 yn torri gyda rasel ers pythefnos, ar ei breichia, 'bob nos bron'.",
    "Croten bl 7 wedi cutio 'da'r llafn o'r miniwr neithiwr, marcie coch ar ei garddwrn.",
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'self-harm');
  });

  it.each([
    "Roedd hi'n arfer torri efo rasel ond mae hi 'di stopio ers misoedd.",
    "Torri'r cardfwrdd efo cyllell grefft yn y wers dechnoleg, pawb yn gwisgo menig.",
  ])('reads "%s" below urgent', (text) => {
    expect(belowWelsh(text, 'urgent')).toBe(true);
  });
});
