/**
 * Issue 21 item 1 (session 8, s8-B): ordinary Welsh raises no urgent or immediate alert, by kind — things lost (not
 * children), first-aid courses and scenarios, lessons and set texts, sport and quizzes, hyperbole, injuries plainly
 * explained and an ordinary plan. Every everyday sentence is synthetic, and each kind has the risk version of the same
 * wording beside it, which must still be read.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import type { RiskLevel } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

const phrases = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'cy');
const atLeast = (text: string, level: RiskLevel) => compareLevels(phrases(text).level, level) >= 0;
const belowUrgent = (text: string) => compareLevels(phrases(text).level, 'urgent') < 0;

describe('things lost, not children: "ar goll" is missing-now only about a person', () => {
  it.each([
    'Mae’r gwn dechrau ras ar goll ers y mabolgampau.',
    'Mae tair ffurflen ganiatâd ar goll o hyd, plîs dewch â nhw.',
    'Dau blentyn ar goll o’r rhestr ginio ar SIMS bore ’ma, alli di wirio?',
    'Pwy sy wedi benthyg y glud? Ma fe ’di diflannu o’r cwpwrdd celf.',
    'O’n ni ar goll yn y niwl am sbel ond ffeindion ni’r llwybr eto.',
    'Chwarae cwato yn y neuadd, un bach ar goll am ddau funud tu ôl i’r llenni.',
    'Roedd ofn arna i am eiliad bod y bychan ar goll, ond roedd e tu ôl i’r sied.',
    'Rhedodd i ffwrdd yn sgrechian pan welodd hi’r pry cop.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('still reads a child missing, run away or out of sight by the gate', () => {
    expect(atLeast('Mae plentyn Bl 2 ar goll o’r iard ers deg munud.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi ar goll ers nos Wener a neb yn gwybod ble mae hi.', 'urgent')).toBe(true);
    expect(atLeast('Mae o wedi rhedeg i ffwrdd o’r cartref maeth eto.', 'urgent')).toBe(true);
    expect(atLeast('Ma fe ’di diflannu o’r cartref maeth eto.', 'urgent')).toBe(true);
    expect(atLeast('Mae’r hogyn bach ar goll ers deg munud ac mae’r giât ar agor.', 'urgent')).toBe(true);
    expect(phrases('Mae’r hogyn bach wedi bod ar goll am ddeg munud ac mae’r giât ar agor.').level).toBe('immediate');
  });

  it('never reads "cwato" (hiding) alone as a game: a child hiding from a parent is still read', () => {
    expect(atLeast('Wedodd hi bod hi’n cwato dan y gwely pan ma dadi’n taflu pethe at mami.', 'urgent')).toBe(true);
  });
});

describe('first-aid courses, scenarios and drills', () => {
  it.each([
    'Hyfforddiant HMS ddydd Iau: ffitiau, tagu a gwaedu trwm, gyda’r Groes Goch.',
    'Y senario yw plentyn anymwybodol ar lawr y gampfa.',
    'Cwrs diogelu ddydd Llun: senario ffug am blentyn yn datgelu cam-drin rhywiol.',
    'Senario ffug: plentyn anymwybodol ar lawr y neuadd.',
    'Plant y Meithrin yn gwneud CPR ar y tedi ar ôl i’r parafeddyg ymweld.',
    'Pawb yn cael tro bod yn anymwybodol yn y safle adfer.',
    'Gofynnodd un bach be os oes dyn efo gwn yn dod i’r ysgol.',
    'Daeth cyn-garcharor i siarad â Bl 9 am gario cyllyll.',
    'Cwestiwn da gan Bl 8: pam bod pobl yn cario cyllyll?',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('reads "beth i’w wneud" as "what to do", not as "to do it" with a blade', () => {
    expect(belowUrgent('Dydw i ddim yn siŵr beth i’w wneud efo’r rasel a gafodd ei gadael yn y stafell newid.')).toBe(
      true,
    );
    expect(atLeast('Mae ganddo rasel yn ei stafell ac mae o’n dweud ei fod am ei wneud heno.', 'urgent')).toBe(true);
  });

  it('keeps a real casualty, a weapon and a child carrying a knife immediate', () => {
    expect(phrases('Mae o’n gwaedu’n drwm o’i ben ac yn tagu.').level).toBe('immediate');
    expect(phrases('Mae plentyn anymwybodol ar lawr y gampfa.').level).toBe('immediate');
    expect(atLeast('Dydd Llun anfonodd hi luniau noeth at ddyn.', 'urgent')).toBe(true);
    expect(phrases('Dw i’n gwneud CPR arno fo rŵan.').level).toBe('immediate');
    expect(phrases('Mae dyn efo gwn wrth giât yr ysgol.').level).toBe('immediate');
    expect(phrases('Mae o’n siarad am gario cyllell i’r dre heno.').level).toBe('immediate');
  });
});

describe('lessons, talks and set texts', () => {
  it.each([
    'Sesiwn i staff ar hunan-niweidio ar ôl ysgol, ystafell 4.',
    'Gwers ABCh ar hunan-niweidio a lle i gael help.',
    'Dydy o ddim yn hunan-niweidio, ecsema ydy’r marciau.',
    'Darllen Blodeuwedd gyda Bl 10, lle mae hi’n cael ei churo gan y cigydd.',
    'Yn y nofel mae’r cymeriad yn cario cyllell i’r ysgol.',
    'Bl 7 yn sgwennu straeon arswyd: fampirod a gwaed dros bob man.',
    'Mae’r côr yn dysgu cân am farw milwr ifanc.',
    'Mae Lady Macbeth yn lladd ei hun oddi ar y llwyfan.',
    'Trafodaeth yn y dosbarth am eithafiaeth heddiw.',
    'Gofynnodd un: sut ti’n gwybod os ydi rhywun yn dy grwmio di?',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('still reads the child who self-harms, the disclosure in the lesson and the real knife', () => {
    expect(atLeast('Mae hi wedi bod yn hunan-niweidio eto dros y penwythnos.', 'urgent')).toBe(true);
    expect(atLeast('Mae’n hunan-niweidio bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Wrth ddarllen Blodeuwedd, dywedodd hi fod ei thad yn ei churo hi.', 'urgent')).toBe(true);
    expect(phrases('Mae o’n cario cyllell i’r ysgol bob dydd.').level).toBe('immediate');
    expect(phrases('Mae gwaed dros bob man yn y toiledau.').level).toBe('immediate');
    expect(atLeast('Dywedodd hi ei bod hi am farw.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n dweud ei bod hi’n mynd i ladd ei hun.', 'urgent')).toBe(true);
    expect(atLeast('Mae o’n gwylio fideos eithafol bob nos ar ei ffôn.', 'urgent')).toBe(true);
    expect(atLeast('Mae dyn ar-lein wedi bod yn ei grwmio hi ers misoedd.', 'urgent')).toBe(true);
  });
});

describe('sport, quizzes and games', () => {
  it.each([
    'Ni wedi cael crasfa gan Bontypridd, 45-3.',
    'Ni ’di cael cweir yn y cwis dydd Gwener, hen dro.',
    'Roedd o isio marw ar ôl colli 3-0 yn y ffeinal.',
    'Cafodd o ei gicio yn y gêm derfynol ond chwarae mlaen.',
    'Mae Mam yn fy nghuro i mewn Monopoly bob tro.',
    'Dad ’di bwrw fi efo’r bêl yn y parti.',
    'Cwynodd am gur pen a theimlo’n benysgafn ar ôl tacl yn y gêm.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('still reads a beating, wanting to die and a blow from a parent', () => {
    expect(atLeast('Mae hi wedi cael crasfa gan ei llystad eto.', 'urgent')).toBe(true);
    expect(atLeast('Mae o’n cael cweir gan ei dad bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Mae o isio marw ac mae o wedi bod yn crio bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Cafodd o ei gicio gan ei dad neithiwr.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n fy nghuro i bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Nath o fy mwrw i efo’i felt.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n benysgafn ac wedi llewygu ddwywaith, dydy hi ddim yn bwyta.', 'urgent')).toBe(true);
  });
});

describe('hyperbole', () => {
  it.each([
    'Bron i mi ladd fy hun yn llithro ar y rhew bore ’ma.',
    'Dw i’n mynd i neidio o’r to os oes rhaid i mi farcio un traethawd arall.',
    'Os ydy Bl 8 yn siarad eto fi’n mynd i’w tagu nhw i gyd.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('still reads the same words meant', () => {
    expect(atLeast('Mae o’n dweud ei fod o am ladd ei hun.', 'urgent')).toBe(true);
    expect(phrases('Mae hi’n dweud ei bod hi’n mynd i neidio o’r to heno.').level).toBe('immediate');
    expect(atLeast('Mae ei dad yn ei thagu hi pan mae o wedi meddwi.', 'urgent')).toBe(true);
  });
});

describe('injuries plainly explained, and ordinary jobs for a tool', () => {
  it.each([
    'Cafodd hi ei chicio gan fuwch ar fferm ei thad-cu.',
    'Un wedi llewygu, ofn nodwyddau, iawn ar ôl eistedd.',
    'Dyraniad calon mochyn gyda Bl 9 heddiw, un wedi llewygu.',
    'Cafodd hi ei chloi yn y tŷ bach, y clo wedi jamio, allan mewn munud.',
    'Glanhewch y sgalpels a’u cloi yn y cwpwrdd.',
    'Mae’r oerfel wastad yn ei tharo hi’n ddrwg, mae hi’n defnyddio’i phwmp.',
    'Hogyn Bl 1 wedi tagu ar rawnwin, daeth allan yn syth, mam yn gwybod.',
    'Gwaed dros bob man am funud, ond dant babi oedd e.',
    'Syrthiodd oddi ar y bont fach ar yr iard, lwmpyn bach.',
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it('reads a small knife used to cut twine as no intent', () => {
    expect(belowUrgent('Lluniau o’r gyllell fach maen nhw’n ei defnyddio i dorri cortyn y byrnau.')).toBe(true);
    expect(atLeast('Mae ganddi lafn ac mae hi’n dweud ei bod hi am ei ddefnyddio heno.', 'urgent')).toBe(true);
  });

  it('still reads the same injuries from an adult, an eating concern and a child on a bridge', () => {
    expect(atLeast('Cafodd hi ei chicio gan ei thad neithiwr.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi wedi llewygu eto heddiw ac mae hi’n gwrthod bwyta ers wythnos.', 'urgent')).toBe(true);
    expect(atLeast('Mae ei llysfam yn ei chloi hi yn y cwpwrdd bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Mae ei mam yn ei tharo hi.', 'urgent')).toBe(true);
    expect(atLeast('Mae mam wedi cael ei thagu gan ei phartner neithiwr.', 'urgent')).toBe(true);
    expect(phrases('Mae hi’n sefyll ar y bont dros yr afon ac yn dweud hwyl fawr.').level).toBe('immediate');
  });
});

describe('an ordinary plan', () => {
  it('reads a plan closed at the end of term as a plan, and a plan to end it all as intent', () => {
    expect(phrases('Byddwn ni’n cau’r cynllun presenoldeb ar ddiwedd y tymor.').level).toBe('none');
    expect(atLeast('Mae ganddo gynllun i roi diwedd ar bopeth.', 'urgent')).toBe(true);
  });
});

describe('the everyday kinds stay narrow: the same words about a child in danger are still read', () => {
  it.each([
    // A real casualty has the states, not a syllabus of topics.
    ['Mae o’n anymwybodol, yn gwaedu’n drwm ac yn tagu.', 'immediate'],
    ['Mae’r athro wedi cael trawiad ar y galon, ni’n gwneud CPR ac yn defnyddio’r diffib.', 'immediate'],
    // A what-if names an indefinite man ("os oes dyn"); "y dyn" is someone real.
    ['Gofynnodd hi be os ydi’r dyn yn aros tu allan eto heno.', 'immediate'],
    // "Ysbryd" is also a mood, never a ghost story's blood.
    ['Mae hi’n isel ei hysbryd, ac mae llawer o waed ar y llawr.', 'immediate'],
    // Things lost sit right before "ar goll": keys taken or a letter left are not the thing that is missing.
    ['Mae hi wedi mynd â’r allweddi ac mae hi ar goll ers neithiwr.', 'urgent'],
    ['Gadawodd lythyr ac mae hi ar goll ers neithiwr.', 'urgent'],
    ['Mae hi wedi diflannu o’r swyddfa pan o’n i ar y ffôn.', 'urgent'],
    // Numbers that are not a score; a pupil's exam is not adult workload.
    ['Mae hi eisiau marw, mae hi wedi bod yn crio ers 2-3 diwrnod.', 'urgent'],
    ['Dw i am ladd fy hun os oes rhaid i mi sefyll yr arholiad.', 'urgent'],
    // The little bridge in the park, strangling after lunch, a head knock with vomiting.
    ['Mae hi’n sefyll ar y bont fach yn y parc ac yn dweud hwyl fawr.', 'immediate'],
    ['Mae’n ei thagu hi ar ôl cinio bob dydd.', 'urgent'],
    ['Taro’i phen ar y ddesg wrth godi, nawr yn chwydu ac yn ddryslyd.', 'immediate'],
    ['Llewygodd ar ôl cnoc i’w phen yn y gêm, ac mae hi’n chwydu.', 'immediate'],
  ] as const)('reads "%s" at %s or higher', (text, level) => {
    expect(atLeast(text, level)).toBe(true);
  });
});

/*
 * Session 9 (s9-W): a Welsh act needs its person, as English phrases and combinations do. The bare "ei/fy/eu + act"
 * ("ei churo", "fy mwrw", "eu cyffwrdd") named no one who did it, so flu, an illness, a story, a dress and a
 * handshake read as abuse; a high place ("ar y bont", "ar y to") named no one on it.
 */
describe('a beating needs its doer (s9-W)', () => {
  it.each([
    "Ffliw 'di fy mwrw i'n fflat. Nôl dydd Llun gobeithio.",
    "Paid â'i gwthio os ydi hi'n ddistaw, mae'r teulu'n brysur.",
    "Ma hi 'di cael ei tharo'n wael yn y wers, mam ar ei ffordd.",
    "Mae'r gofalwr wedi'i daro'n wael ac wedi mynd adref.",
    "Dau hogyn yn ffraeo am bêl, sortio fo efo nhw'u dau, ysgwyd llaw, ffrindiau eto.",
    "Dwi'n forwyn briodas ac wedi cael fy stwffio i ffrog binc sy'n fy nhagu.",
    "Ddaru'r diwedd eu hitio nhw'n galed, Mam yn marw a phopeth.",
    "Lol K yn deud bod ei thad hi 'di cael ei guro'n racs yn y sioe gŵn ddydd Sadwrn.",
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it.each([
    'Mae ei llystad yn ei churo hi bob nos.',
    "Mae o'n ei tharo hi pan mae o wedi meddwi.",
    "Mae'n ei thagu hi ar ôl cinio bob dydd.",
    "Nath rhyw fachgen ei ddyrnu fe tu allan i'r siop.",
    'Nath Lee fy ysgwyd i achos o’n i’n swnllyd efo’r babi.',
    "Mae o wedi colli ei ddant ar ôl i'w dad ei daro.",
    "Mae ei brawd mawr 'di gafael yn ei gwddw hi a'i gwthio yn erbyn y ffrij.",
    'Cafodd hi ei gwthio i gar gan hogia hŷn ar ôl parti.',
    "Clywes i ddyn yn gweiddi 'dwi'n mynd i dy fwrw di eto, ti'n clywed?'",
    "Hogyn 16 'di cael ei gicio yn ei ben ar lawr tu allan i'r clwb.",
    'Mae ei dad yn curo hi.',
    'Nath hogyn o Bl11 ei gwthio hi yn erbyn y wal.',
    "Ma rhywun 'di hala fideo: T yn cael ei fwrw mewn fflat yng Nghaerdydd.",
  ])('still reads "%s" as physical abuse', (text) => {
    const assessment = phrases(text);
    expect(atLeast(text, 'urgent')).toBe(true);
    expect(assessment.indicators).toContain('physical-abuse');
  });
});

describe('a touch needs its doer (s9-W): "cyffwrdd" is also to move someone', () => {
  it.each([
    "Rhai o'r plant 'di'u cyffwrdd gan y straeon am y cyrff yn y strydoedd.",
    "Naeth hanner nhw grio. Dim byd i boeni amdano, jest 'di cael eu cyffwrdd.",
  ])('reads "%s" as no alarm', (text) => {
    expect(phrases(text).level).toBe('none');
  });

  it.each([
    'Mae ei hewythr yn ei chyffwrdd hi yn y nos.',
    "Mae hi'n dweud bod ei chefnder yn ei chyffwrdd mewn ffordd sy'n ei gwneud hi'n anghyfforddus.",
    "Mae o'n ei chyffwrdd hi ac yn deud mai cyfrinach ydi o.",
    "Dyn 'di'i thynnu hi i mewn i'w fan ar y stad a 'di'i chyffwrdd hi.",
    "Crwt Bl 4 wedi gorfodi crwt Bl 1 i dynnu'i drowsus lawr yn y tai bach a'i gyffwrdd.",
  ])('still reads "%s" as sexual abuse', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
    expect(phrases(text).indicators).toContain('sexual-abuse');
  });
});

describe('a high place needs someone on it (s9-W), as English danger.high-place does', () => {
  it.each([
    "Rhew du ar y maes parcio, dau 'di llithro'n barod, gofal.",
    'Cesair fel cerrig ar do’r cabanau, Bl 2 yn meddwl bod diwedd y byd ’di dod.',
    "Pawb yn y pebyll erbyn 10 a'r glaw yn curo ar y to.",
    "Stori'r Tri Bwch Gafr heddiw a wedyn ei hactio hi ar y bont bren yn yr ardd.",
    'Larwm mwg yn canu a phawb allan ar y maes parcio am 5 munud yn y glaw.',
    'Dim AG heddi, neuadd dan ddŵr ar ôl y storom — to’n gollwng reit uwchben y mat.',
  ])('reads "%s" as no alarm', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it.each([
    "Mae hi'n sefyll ar y bont dros yr afon ac yn deud hwyl fawr.",
    "Hogyn Bl10 ar do'r bloc gwyddoniaeth yn bygwth neidio.",
    "Snap ganddi: 'sori am bob dim, dwi ar y bont dros y lein wrth y stesion'.",
    "Neges: 'ar ben y maes parcio aml-lawr yn y dre, sai'n gallu neud hyn rhagor'.",
    "Un o'n crots ni'n ishte ar ochr rong y railings ar bont y rheilffordd.",
    "'Fydda i ar y bont erbyn hanner nos.'",
    "Crwt 16 o'r clwb ar do'r ganolfan hamdden yn gweiddi bod e'n mynd i neidio.",
  ])('still reads "%s" as immediate', (text) => {
    expect(phrases(text).level).toBe('immediate');
  });
});

describe('a weapon act takes the weapon itself, and "gan" needs its holder (s9-W)', () => {
  it.each([
    "Gweithdy troseddau cyllyll gan yr heddlu nos Iau, ma' nhw'n dod â bocs o gyllyll sy 'di'u casglu.",
    "Bl5 'di dod â lluniau o gasgliad cyllyll poced Taid i'r sesiwn 'dangos a deud'.",
    'Gwasanaeth Bl 10 gan elusen gwrth-gyllyll: cyn-garcharor yn sôn am golli ei ffrind.',
    "Brechdanau picnic wedi cyrraedd, pwy sy'n cario'r cyllyll menyn?",
    "Gwers Bwyd a Maeth Bl 7 ar ddal cyllell yn saff, y 'bont' a'r 'crafanc'.",
    "Crwt Bl 3 yn cerdded o gwmpas gyda gwn Lego yn 'saethu' pawb amser chwarae.",
  ])('reads "%s" as no alarm', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it.each([
    'Mae gan y bachgen gyllell yn ei fag.',
    'Mae ganddo gyllell fawr yn ei gôt.',
    "Mae o'n cario cyllell i'r ysgol bob dydd.",
    "Nath o ddod â dwy gyllell i'r parti.",
    "Roedd o'n chwifio'r gyllell o gwmpas y maes chwarae.",
  ])('still reads "%s" as immediate', (text) => {
    expect(phrases(text).level).toBe('immediate');
  });
});

describe('domestic abuse named bare is a topic (s9-W), as "hunanladdiad" and "cam-drin" are', () => {
  it('reads a compulsory module or a training day on it as no alarm, even with "i bawb" after it', () => {
    expect(phrases("Mae'r modiwl e-ddysgu ar gam-drin domestig yn orfodol i bawb.").level).toBe('none');
    expect(
      phrases("Hyfforddiant diogelu HMS (yn cynnwys yr e-ddysgu ar gam-drin domestig sy'n orfodol i bawb).").level,
    ).toBe('none');
  });

  it('still reads domestic abuse at home as urgent', () => {
    expect(atLeast('Mae cam-drin domestig yn digwydd gartref, medde hi.', 'urgent')).toBe(true);
    expect(atLeast("Mae hi'n sôn am drais domestig rhwng mam a'i chariad.", 'urgent')).toBe(true);
  });
});
