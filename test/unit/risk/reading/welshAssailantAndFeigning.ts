/**
 * s8-D: the Welsh words for the s8-C contexts (issue 21, Welsh parity). A sport explains violence in play, never a
 * named person's assault on the child ("bechgyn hŷn", "yr hogia", "y bois", "rhyw fachgen", "gan fechgyn hŷn"); a burn
 * they gave is never explained; a child's real pretending ("actio fel bod popeth yn iawn", "esgus cysgu") is not a
 * part in a play; a screening question answered no ("gofynnais iddi'n uniongyrchol am…", "dywedodd hi na i'r ddau") is
 * a concern on the record. Each test has the risk version of the same wording, which must still be read. Synthetic
 * sentences, none copied from the labelled data.
 */
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const assess = (text: string) => phraseReading(text, 'cy');
const expectLevel = expectPhraseLevelIn('cy');

describe('assailant: a peer assault with someone named is not explained by a sport (Welsh)', () => {
  it('reads older boys, lads or some boy hitting him after a game as a concern, north and south', () => {
    expectLevel('Mi wnaeth bechgyn hŷn ei guro fe ar ôl y gêm rygbi ddydd Sadwrn', 'concern', 'physical-abuse');
    expectLevel("Ddaru'r hogia hŷn ei ddyrnu o ar ôl ymarfer pêl-droed", 'concern', 'physical-abuse');
    expectLevel('Nath rhyw fachgen ei ddyrnu fe ar ôl y gêm rygbi', 'concern', 'physical-abuse');
    expectLevel('Mae criw o fechgyn wedi ei guro fe ar ôl y gêm rygbi', 'concern', 'physical-abuse');
    expectLevel('Mae rhywun wedi ei daro fe ar ôl y gêm bêl-droed', 'concern', 'physical-abuse');
  });

  it('reads the one who did it named after a passive ("cael ei ddyrnu gan…") as a concern', () => {
    expectLevel('Cafodd e ei ddyrnu gan fechgyn hŷn ar ôl ymarfer rygbi', 'concern', 'physical-abuse');
  });

  it('says why, in Welsh: a game named, but someone named did it', () => {
    const reasons = assess('Mi wnaeth bechgyn hŷn ei guro fe ar ôl y gêm rygbi').reasons.join(' ');
    expect(reasons).toContain("gêm neu chwaraeon wedi'u henwi, ond rhywun penodol wnaeth hyn");
  });

  it('does not take children named as the ones beaten for the ones who did it: a lesson stays a lesson', () => {
    expectLevel("Yn y wers ABCh buon ni'n trafod bechgyn yn cael eu curo", 'none');
  });

  it('still reads a beating in the game itself, with no one named, as play', () => {
    expectLevel('Cafodd e gweir yn y gêm rygbi, colli 40 7', 'none');
  });

  it('still reads a stepfather who hit him after the game as urgent', () => {
    expectLevel('Mi wnaeth ei lystad ei ddyrnu ar ôl y gêm rygbi', 'urgent', 'physical-abuse');
  });
});

describe('inflicted: a burn someone gave is never cleared by a sport or a place (Welsh)', () => {
  it('reads boys burning him with a cigarette or a lighter as urgent', () => {
    expectLevel('Wnaeth rhai bechgyn ei losgi fe gyda sigarét ar ôl pêl-droed', 'urgent', 'physical-abuse');
    expectLevel('Nath y bois hŷn ei losgi fe efo leitar ar ôl y gêm rygbi', 'urgent', 'physical-abuse');
  });

  it('still reads a game with no burn and no one named as play', () => {
    expectLevel('Cafodd ei gicio yn ei ffêr yn y gêm rygbi, dim byd mawr', 'none');
  });
});

describe("feigning: a child's real pretending is not a part in a play (Welsh)", () => {
  it('reads acting as if all is well while an adult at home hits her as what the adult did', () => {
    expectLevel(
      "Mae hi'n actio fel bod popeth yn iawn ond mae ei llystad yn ei tharo hi bob nos",
      'urgent',
      'physical-abuse',
    );
    expectLevel("Mae e'n actio'n hapus yn yr ysgol ond mae ei dad yn ei guro fe", 'urgent', 'physical-abuse');
  });

  it('still reads a scene acted in drama as fiction', () => {
    expectLevel("Yn y ddrama roedden nhw'n actio'r olygfa lle mae'r llystad yn ei tharo hi", 'none');
  });
});

describe('screening: a question asked directly, north and south (Welsh)', () => {
  it('lowers what was asked about to a concern when the child said no', () => {
    expectLevel(
      "Gofynnais iddi'n uniongyrchol am hunan-niweidio a meddyliau hunanladdol a dywedodd hi na i'r ddau.",
      'concern',
    );
    expectLevel("Nes i holi o am hunan-niweidio, mae o'n gwadu'r ddau. Siaradus am ei bêl-droed.", 'concern');
  });

  it('still reads what the child told or showed after the question', () => {
    expectLevel(
      'Gofynnais iddi am hunan-niweidio a dywedodd hi wrtha i ei bod hi wedi torri ei breichiau neithiwr',
      'urgent',
      'self-harm',
    );
    expectLevel('Gofynnais iddo am hunan-niweidio a dangosodd e doriadau ffres ar ei fraich', 'urgent', 'self-harm');
  });
});

describe('denial: the answer was no, in the sentence or the next (Welsh)', () => {
  it('closes the question with an answer of no in the next sentence ("na i\'r cwbl", "dim byd o gwbl")', () => {
    expectLevel("Holais hi am hunan-niweidio heddiw. Atebodd hi na i'r cwbl.", 'concern');
    expectLevel('Holais hi am hunan-niweidio heddiw. Dim byd o gwbl, meddai hi.', 'concern');
  });

  it('still reads a question with no answer of no as urgent', () => {
    expectLevel('Holais hi am hunan-niweidio heddiw. Mae hi wedi bod yn brifo ei hun.', 'urgent', 'self-harm');
  });
});

describe('s9-D: verb-first Welsh names the doer after the verb', () => {
  it('reads older boys who beat him, verb first, as the ones who did it: a concern after a game, urgent otherwise', () => {
    expectLevel('Curodd bechgyn hŷn e ar ôl y gêm rygbi', 'concern', 'physical-abuse');
    expectLevel('Dyrnodd rhyw fachgen e ar ôl ymarfer pêl-droed', 'concern', 'physical-abuse');
    expectLevel('Curodd bechgyn hŷn e gyda ffon ar ôl y gêm rygbi', 'concern', 'physical-abuse');
    expectLevel('Curodd bechgyn hŷn e neithiwr', 'urgent', 'physical-abuse');
  });

  it('reads a stepfather who hit her, verb first, as urgent, after a game too', () => {
    expectLevel('Tarodd ei lystad hi neithiwr', 'urgent', 'physical-abuse');
    expectLevel('Tarodd ei lystad hi ar ôl y gêm bêl-droed', 'urgent', 'physical-abuse');
  });

  it('does not take a team, or boys beaten in a race, for a doer', () => {
    expectLevel('Curodd Caerdydd nhw 40-7 yn y gêm rygbi', 'none');
    expectLevel("Curodd e'r bechgyn hŷn yn y ras", 'none');
  });
});
