/**
 * Issue 21, session 10 (s10-W): everyday Welsh whose alarming word has its everyday cause named beside it — a faint at
 * a needle or at the sight of blood. Every sentence is synthetic, and each kind has its risk version beside it, which
 * must still be read at its level.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import type { RiskLevel } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

const phrases = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'cy');
const atLeast = (text: string, level: RiskLevel) => compareLevels(phrases(text).level, level) >= 0;

describe('a faint with its cause named (@achos-llewygu: a jab, a needle, blood, a dissection) is no eating sign', () => {
  it.each([
    'Nath hi lewygu yn y ciw pigiadau HPV bore ’ma, iawn ar ôl bisged.',
    'Mae hi’n benysgafn bob tro mae hi’n gweld gwaed, felly mam efo hi fory.',
    'Llewygodd un yn ystod y dyraniad calon dafad.',
    'Ar ôl y brechiad ffliw roedd un hogyn yn benysgafn am funud.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads a faint with no cause, or beside weight loss, as an eating sign at urgent', () => {
    expect(atLeast('Mae hi wedi colli lot o bwysau ac mae hi’n llewygu yn y gwersi.', 'urgent')).toBe(true);
    expect(atLeast('Dydy hi ddim yn bwyta ac fe lewygodd hi yn y gwres ddoe.', 'urgent')).toBe(true);
    expect(atLeast('Llewygodd hi eto yn y wers AG heddiw.', 'urgent')).toBe(true);
  });

  it('never clears what the faint goes on to: not responding or not breathing stays immediate', () => {
    expect(phrases('Nath hi lewygu ar ôl y pigiad a dydy hi ddim yn ymateb o gwbl.').level).toBe('immediate');
    expect(phrases('Llewygodd wrth weld y nodwydd a dydy hi ddim yn anadlu.').level).toBe('immediate');
  });
});

describe('a faint in the heat, after standing too long or with no breakfast is ordinary; with an eating sign it is not (s11-W2)', () => {
  it.each([
    'Hogan Bl 10 di llewygu yn y gwres ar ddiwrnod mabolgampau, cysgod a dŵr, iawn mewn 10 munud.',
    'Roedd y neuadd yn boeth iawn a llewygodd un o gôr Bl 4 ar y llwyfan.',
    'Llewygodd hi ar ôl sefyll yn rhy hir yn yr ymarfer carolau.',
    'Un o Bl 9 wedi llewygu, heb gael brecwast, iawn ar ôl bisged.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('reads not eating, weight loss or being sick after meals with a faint as an eating sign, whatever the weather', () => {
    expect(atLeast('Dydy hi ddim yn bwyta ac fe lewygodd hi yn y gwres ddoe.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi wedi colli lot o bwysau. Llewygodd hi yn y neuadd boeth heddiw.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n chwydu ar ôl bwyta ac wedi llewygu ar ôl y pigiad.', 'urgent')).toBe(true);
  });

  it('keeps a faint with no cause, or one on standing up too quickly, urgent', () => {
    expect(atLeast('Llewygodd hi yn y coridor amser egwyl.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n llewygu os ydi hi’n sefyll yn rhy sydyn.', 'urgent')).toBe(true);
  });

  it('never clears what the faint goes on to: a faint in the sun and not breathing stays immediate', () => {
    expect(phrases('Llewygodd hi yn yr haul a dydy hi ddim yn anadlu.').level).toBe('immediate');
  });
});

describe('talk of dying said laughing (😂, "chwerthin") is joking, as English "lol" and 😂 are: a concern, not urgent', () => {
  it.each([
    '‘Dwi isho marw, ma ffracsiynau’n lladd fi’ ac wedyn chwerthin a gofyn am help.',
    'Bl 8 yn deud ‘fi moyn marw’ pan welodd e’r gwaith cartref 😂',
    'Nath o ddeud ‘dwi’n lladd fy hun os dwi’n cael D eto’ gan chwerthin efo’i fêts.',
  ])('reads "%s" as a concern on the record', (text) => {
    expect(phrases(text).level).toBe('concern');
  });

  it('still reads wanting to die as urgent when the laughing is in another sentence', () => {
    expect(atLeast('Mae hi eisiau marw. Roedd y lleill yn chwerthin ar ei phen hi.', 'urgent')).toBe(true);
  });

  it('lowers only talk of suicide: an adult hitting a child while laughing stays urgent', () => {
    expect(atLeast('Mae ei llystad yn ei tharo hi ac yn chwerthin 😂 am y peth.', 'urgent')).toBe(true);
  });
});

describe('"ar goll" needs a person, and "neb (i)" right before a phrase negates it (s10-W)', () => {
  it.each([
    'Cwpwl o bethau ar goll: hwdi glas ac un esgid maint 5.',
    'Bochdew Bl 1 AR GOLL ers bore, sbïwch dan y rheiddiaduron!',
    'Pawb yn iach, neb ar goll, bws am 7 fory.',
    'Gynnau a chetris yn cael eu darparu — NEB i ddod â gwn o adra!',
    'Aeth grŵp 2 ar goll am tua awr yn y niwl ond ffeindion nhw’r llwybr.',
    'Roedd un grŵp o bedwar o Bl 10 ar goll am tua awr ar y Carneddau.',
    'Drama’r Urdd eleni: stori am fachgen sy’n rhedeg i ffwrdd efo’r syrcas.',
    'Cyn y trip i’r ffair: be i’w wneud os ydyn nhw’n mynd ar goll (aros yn llonydd, chwilio am rywun efo bathodyn).',
    'Mae’r maes yn enfawr. Os ydy plentyn yn mynd ar goll, mae’n gwybod i fynd at y babell.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it.each([
    'Mae o ar goll ers neithiwr.',
    'Ma bachan bach o’r Derbyn ar goll, gât ochr ar agor, ffonia’r heddlu!!',
    'Mae hi wedi rhedeg i ffwrdd o’r cartref maeth eto.',
    'Aeth hi ar goll am awr neithiwr a neb yn gwybod ble oedd hi.',
    'Mae grŵp o blant Bl 7 ar goll ers awr ar y mynydd.',
    'Does neb wedi ei weld ers dydd Sul.',
    'Neb yn gwybod ble mae hi ers nos Wener.',
    'Mae o’n dod â gwn i’r ysgol fory, does neb i’w stopio fo.',
    'Os ydy hi’n mynd ar goll eto bydd rhaid ffonio’r heddlu, mae hi ar goll ers neithiwr.',
    'Pan mae o’n mynd ar goll mae o’n cysgu yn y parc.',
  ])('still reads "%s" as a child missing', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('everyday wording by kind (s10-W idioms): a soldier’s farewell, blood from a wall, a score, a medicine cupboard', () => {
  it.each([
    'Bl 7 — R wedi sgwennu ‘llythyr ffarwel’ (milwr yn y ffosydd, 1916) mor emosiynol nes i mi grio.',
    'Cerdyn ffarwel i Mrs J cyn ei hymddeoliad, pawb wedi arwyddo.',
    'Stori ysbryd Bl 4: “Roedd y gwaed yn diferu o’r nenfwd…” ac yn gorffen efo pitsa.',
    'Profiad gwaith yn y siop gigydd: straeon am ‘waed yn diferu o’r bachau’.',
    'Cael crasfa 6-0 gan Friars, hogia ’di digalonni braidd.',
    'Tabledi H wedi cyrraedd, wedi’u cloi yn y cwpwrdd meddyginiaeth a’r ffurflen wedi’i llofnodi.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('still reads a goodbye letter to a parent, bleeding from a child and a beating at home', () => {
    expect(atLeast('Mae hi wedi gadael llythyr ffarwel i’w mam ar y gwely.', 'urgent')).toBe(true);
    expect(phrases('Mae gwaed yn diferu o’i braich a dydy o ddim yn stopio.').level).toBe('immediate');
    expect(phrases('Mae gwaed yn llifo o’i ben ac mae o’n anymwybodol.').level).toBe('immediate');
    expect(atLeast('Mae o’n cael crasfa gan ei dad bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Mae ei llysfam yn ei chloi hi yn y cwpwrdd dan grisiau.', 'urgent')).toBe(true);
  });
});

describe('"gweir" (hay, and "cweir", a beating, soft-mutated) after "cafodd e / gafodd hi" (s10-W)', () => {
  it.each(['Cafodd e gweir.', 'Gafodd o gweir gan ei dad neithiwr am golli ei got.'])(
    'reads "%s" as a beating',
    (text) => {
      expect(atLeast(text, 'urgent')).toBe(true);
    },
  );

  it.each([
    'Gafon ni gweir gan Bangor, 48-0.',
    'Mae gweir ar lawr y sied i’r ceffyl.',
    'Cafodd hi gweir ffres i’r gwningen.',
  ])('reads "%s" (a team thrashed, hay) as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });
});

describe('FGM read as "cael ei thorri" (her), not "ei dorri" (his, its) nor a tree or a sheep cut (s10-W)', () => {
  it.each([
    'Ambell ddafad wedi cael ei thorri bach wrth gneifio, medde nhw.',
    'Mae’r goeden wedi cael ei thorri i lawr.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('still reads a girl to be cut, and one who was', () => {
    expect(atLeast('Ma’r teulu ar y ffordd i Heathrow nawr, i fynd â hi i gael ei thorri.', 'urgent')).toBe(true);
    expect(atLeast('Mae disgybl Bl 8 wedi datgelu iddi gael ei ‘thorri’ pan oedd hi’n fach.', 'urgent')).toBe(true);
  });
});

describe('an "overdose" of sweets or chocolate is hyperbole (s10-W)', () => {
  it('reads "overdosio ar siocled" as no alarm, and an overdose of tablets as immediate', () => {
    expect(phrases('‘Dwi di overdosio ar siocled’ 🍫🤢').level).toBe('none');
    expect(phrases('Mae hi wedi gorddosio ar ei thabledi.').level).toBe('immediate');
    expect(phrases('Mae o wedi overdosio ar paracetamol.').level).toBe('immediate');
  });
});

describe('an animal groomed for a show is animal care, as English "grooming the pony" is (s11-W)', () => {
  it.each([
    'Mae criw y CFfI yn groomio’r gwartheg ar gyfer y sioe fory.',
    'Profiad gwaith: mae hi’n grwmio cŵn mewn salon yn y dre.',
    'Mae’r ferlen yn cael ei groomio drwy’r bore cyn y sioe.',
  ])('reads "%s" as no alarm', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads a child groomed by an adult as urgent', () => {
    expect(atLeast('Mae hi’n cael ei groomio gan ddyn ar Snapchat.', 'urgent')).toBe(true);
    expect(atLeast('Mae dyn hŷn yn groomio’r hogan ar-lein.', 'urgent')).toBe(true);
  });
});

describe('"curo … bob tro" with nothing after it is losing a game, and "penderfynol o’i guro" a contest (s11-W)', () => {
  it.each([
    '‘Ma Dad yn fy nghuro i bob tro!’',
    'Mae o’n chwarae pŵl efo fi ac yn cael ei guro bob tro.',
    'Mae hi’n benderfynol o’i guro fo erbyn dydd Sul.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads a beating told with when it happens, or told at all, as urgent', () => {
    expect(atLeast('Mae Dad yn fy nghuro i bob tro mae o’n yfed.', 'urgent')).toBe(true);
    expect(atLeast('Mae ei llystad yn ei churo hi bob nos.', 'urgent')).toBe(true);
  });
});

describe('blue lips with shivering or the cold named in the clause are cold, not a collapse (s11-W)', () => {
  it.each([
    'Daeth hi allan o’r môr efo’i gwefusau’n las a’i dannedd yn clecian.',
    'Gwefusau pawb yn las ar ôl y slwsh mafon glas.',
    'Nath o ddod allan efo gwefusau’n las a crynu fel deilen.',
  ])('reads "%s" as no alarm', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads blue lips beside a collapse or no response as immediate', () => {
    expect(phrases('Hogyn wedi disgyn ar y cae, gwefusau’n las, ddim yn ymateb.').level).toBe('immediate');
    expect(phrases('Mae ei gwefusau’n las ac mae hi’n methu anadlu.').level).toBe('immediate');
    expect(phrases('Gwefusau glas ar ôl cymryd rhywbeth yn y parc.').level).toBe('immediate');
  });
});

describe('out of sight for "about" a few minutes is brief (s11-W)', () => {
  it('reads "ar goll am tua 5 munud" below urgent', () => {
    expect(atLeast('Trip Bl 5: G ar goll am tua 5 munud yn y siop anrhegion.', 'urgent')).toBe(false);
  });

  it('still reads a child missing for longer, or since a time, as missing', () => {
    expect(atLeast('Mae hi ar goll am tua 40 munud a neb yn gwybod ble.', 'urgent')).toBe(true);
    expect(atLeast('Mae o ar goll ers neithiwr.', 'urgent')).toBe(true);
  });
});

describe('learning how to help "rhywun" (someone) is a what-if, as English "how to respond if someone" is (s11-W)', () => {
  it.each([
    'Cwrs achubwr bywyd: dysgu sut i dynnu rhywun anymwybodol o’r dŵr.',
    'Cwrs i hyfforddwyr: beth i neud os yw rhywun yn anymwybodol ar y cae.',
  ])('reads "%s" as no alarm', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads a real child unconscious, or a real someone, as immediate', () => {
    expect(phrases('Dwi ddim yn gwybod sut i helpu, mae o’n anymwybodol ar y llawr.').level).toBe('immediate');
    expect(phrases('Mae rhywun anymwybodol yn y toiledau, dewch rŵan.').level).toBe('immediate');
  });
});

describe('in a Welsh message a lower-case "i" is the preposition "to", never English "I", for an English phrase (s11-W)', () => {
  it.each([
    'Sesiwn gan heddwas yr ysgol i Bl 8 heddiw - sextortion, lluniau, Snapchat.',
    'Hyfforddiant county lines i’r gweithwyr ieuenctid dydd Iau nesa.',
  ])('reads the English topic in "%s" as a lesson', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads an English "I" and English words about a child in a Welsh message', () => {
    expect(atLeast('Mae hi’n deud bod rhywun yn ei sextortio hi ar Snapchat.', 'urgent')).toBe(true);
    expect(
      atLeast('Sesiwn county lines heddiw ond wedyn I told her I’m being made to run county lines.', 'urgent'),
    ).toBe(true);
  });

  it('reads the same words as English "I" in an English message', () => {
    const english = assessTextWith(
      defaultCompiledLexicons(),
      'After the session i said i am doing county lines.',
      'en-GB',
    );
    expect(compareLevels(english.level, 'urgent')).toBeGreaterThanOrEqual(0);
  });
});

describe('dizziness told as a possibility or a condition ("efallai", "os ydyn nhw’n teimlo’n benysgafn") is advice (s11-W)', () => {
  it.each([
    'Mae rhai yn ymprydio. Efallai byddan nhw’n edrych yn flinedig neu’n benysgafn yn y prynhawn.',
    'Ma’r teulu’n gweud os ydyn nhw’n teimlo’n benysgafn ma nhw i fod i yfed.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('reads "going to faint" (a fear or a feeling, not a faint) below urgent', () => {
    expect(atLeast('Cyn yr arholiad llafar: ‘dwi’n mynd i lewygu, ewch â fi adra!’', 'urgent')).toBe(false);
  });

  it('still reads dizziness or a faint that happened, or a faint on a condition, as an eating sign', () => {
    expect(atLeast('Roedd hi’n benysgafn ddwywaith yn AG wythnos diwetha.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n llewygu os ydi hi’n sefyll yn rhy sydyn.', 'urgent')).toBe(true);
  });
});

describe('hide and seek in the south ("chware cuddio", "whare cwato") is a game, as "chwarae cuddio" is (s11-W)', () => {
  it('reads hiding in the cupboard during the game as no alarm', () => {
    expect(atLeast('Chware cuddio yn y dosbarth a R yn cuddio yn y cwpwrdd cotie am 4 munud.', 'urgent')).toBe(false);
  });

  it('still reads a child hiding in the cupboard from an adult at home as urgent', () => {
    expect(atLeast('Mae hi’n cuddio yn y cwpwrdd achos bod Dad yn gweiddi ac yn taflu pethau.', 'urgent')).toBe(true);
  });
});

describe('the blood of a lost tooth named before it, and a sketch (sgets) as a play (s11-W)', () => {
  it.each([
    'Amser cinio ma E wedi colli dant yn ei afal ac roedd gwaed ym mhobman, ond ma hi’n iawn.',
    'Mae’r hogia’n ymarfer sgets lle mae dyn yn ei guro fo efo ffon.',
  ])('reads "%s" as no alarm', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('still reads a beating that cost a tooth as urgent, and heavy bleeding with no tooth as immediate', () => {
    expect(atLeast('Nath ei lystad ei ddyrnu, colli dant a gwaed ym mhobman.', 'urgent')).toBe(true);
    expect(phrases('Mae o’n gwaedu’n drwm o’i ben a gwaed ym mhobman.').level).toBe('immediate');
  });
});

describe('a weapon or blood said after what it was (cy identifiedHarmless, identifiedMinor), as English (s11-W2)', () => {
  it.each([
    'Bl 10 D yn cerdded lawr y coridor gyda cyllell yn ei law! Cyllell fenyn blastig o’r ffreutur oedd hi.',
    'Hogyn Bl 10 efo cyllell yn ei fag - twca plastig o’r set ddrama ar gyfer Macbeth.',
    'Gwaed dros bob man yn y neuadd heddiw. Trwyn gwaedlyd ar ôl pêl-rwyd, wedi stopio.',
    'Gwaed ym mhobman yn DT, J wedi torri ei fys - briw bach, steri-strips.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a weapon or blood with no harmless thing named, or named before it, immediate', () => {
    expect(phrases('Bl 10 D yn cerdded lawr y coridor gyda cyllell yn ei law!').level).toBe('immediate');
    expect(phrases('Gwaed dros bob man yn y neuadd heddiw, dydi o ddim yn stopio.').level).toBe('immediate');
    expect(phrases('Mae ganddo fe gyllell yn ei fag. Dwi’n meddwl ei fod o’n mynd i’w defnyddio hi.').level).toBe(
      'immediate',
    );
  });
});

describe('a faint with an everyday cause in its sentence or the next (contexts.ordinaryCause, tag ordinary-cause) (s11-W2)', () => {
  it.each([
    'Clinig brechu HPV Bl 8 dydd Iau. Dau wedi llewygu tro dwetha, felly dewch â nhw i mewn yn eistedd.',
    'Llewygodd hogan Bl 9 yn ymarfer côr yr Eisteddfod. Neuadd boeth iawn, wedi sefyll am awr heb ddiod.',
    'Yn Gwyddoniaeth heddiw roedden ni’n dyrannu calon dafad. Crwt Bl 9 wedi llewygu – lawr yn ara bach.',
    'Mae sawl disgybl yn ymprydio ar gyfer Ramadan. Efallai byddan nhw’n benysgafn yn y prynhawn.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a faint urgent when the heat is what she wears, or the cause is two sentences away', () => {
    expect(atLeast('Mae hi’n gwisgo dwy hwdi yn y gwres. Mae hi wedi llewygu ddwywaith yn AG.', 'urgent')).toBe(true);
    expect(atLeast('Pigiadau HPV ddoe. Roedd pawb yn iawn. Llewygodd hi eto heddiw yn y coridor.', 'urgent')).toBe(
      true,
    );
  });

  it('keeps the faint an eating sign beside not eating, whatever the cause next to it', () => {
    expect(atLeast('Pigiadau HPV heddiw. Llewygodd hi, a dydy hi ddim yn bwyta ers wythnos.', 'urgent')).toBe(true);
  });
});
