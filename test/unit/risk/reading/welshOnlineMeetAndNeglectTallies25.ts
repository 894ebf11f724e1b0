/**
 * Session 25 (s25-B): Welsh misses of round 46. A young person meeting someone known only online (a "ffrind ar-lein",
 * a "boi o Snapchat", someone she has "erioed wedi ei weld go iawn") today or tonight, or being fetched by him (a taxi
 * he sends, his flat): immediate, as in English (cyfuniad.cwrdd-a-chyswllt-ar-lein-heddiw); "fory" is not today. No
 * food at home for days, told by the child, beside another sign of neglect (hunger, lice, no shoes, no lunch): urgent
 * (tally esgeulustod.dim-bwyd-ers-dyddiau-ac-arwydd-arall). Small signs of neglect adding up (lunch, kit, unbrushed
 * hair, forms not signed, "the list grows every week"): a concern for the DSL's chronology, in Welsh and English
 * (tallies esgeulustod.arwyddion-bach-yn-cronni and neglect.small-signs-adding-up). Each everyday sentence beside its
 * risk twin. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectWelsh = expectPhraseLevelIn('cy');
const expectEnglish = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('cy');

describe('meeting someone known only online, today or tonight (cyfuniad.cwrdd-a-chyswllt-ar-lein-heddiw)', () => {
  it.each([
    "Nodiadau mentora Bl10: gwaith cwrs Daearyddiaeth yn iawn. Ddeudodd hi ei bod hi'n cyfarfod 'Dan' heno, boi mae hi'n sgwrsio efo fo ar Insta, erioed 'di'i weld o go iawn. Mae o'n gyrru tacsi i'w nôl hi o'r orsaf am 8.",
    'Mae Bl9 yn mynd i gwrdd â ffrind ar-lein yn y parc ar ôl ysgol.',
    "Crwt Bl8 yn dweud ei fod e'n cwrdd â dyn o TikTok heddi, mae e'n anfon tacsi i fynd ag e i'w fflat.",
  ])('reads "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'online-harm');
  });

  it.each([
    // The same meeting tomorrow: not a 999 call today.
    "Mae hi'n cwrdd â boi o Snapchat fory yn y dre.",
    // A pen-friend's family, a school trip, a streak, an aunt's taxi: nobody known only online.
    'Mae Bl7 yn cwrdd â theulu ei ffrind llythyru o Lydaw heno yn y gwesty.',
    "Trip Bl8 i'r amgueddfa heddiw, y bws yn gadael am 9 a ni'n cwrdd â'r tywysydd yno.",
    "Mae hi'n poeni am golli ei streak Snapchat heno.",
    "Mae ei modryb yn gyrru tacsi i'w nôl hi o'r ysgol heno.",
    // A friend known online, never met, gaming tonight: no meeting.
    "Mae ganddo ffrind ar-lein o Ganada, erioed wedi cwrdd, maen nhw'n chwarae Minecraft heno.",
  ])('reads the everyday "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });
});

describe('no food at home for days beside another sign of neglect (esgeulustod.dim-bwyd-ers-dyddiau-ac-arwydd-arall)', () => {
  it.each([
    "Hogyn 8 yn y clwb gwyliau: llau, dim sgidia call, medda fo 'dim bwyd adra ers dydd Gwener'.",
    "Mae hi'n llwgu bob bore, ac yn dweud bod dim bwyd gartref ers y penwythnos.",
    'Sdim bwyd yn tŷ ers ddoe medde fe. Dim cot heddi chwaith yn y glaw.',
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    // Hunger after PE or before lunch.
    "Mae o'n llwgu ar ôl AG.",
    'Dwi jyst llwgu, pryd mae cinio?',
    // Eating as if he had not eaten for days: a simile, the breakfast club's concern.
    'Bwyta fel bod o heb weld bwyd ers dyddiau yn y clwb brecwast.',
    // No food at home since Friday after a house move, and nothing else wrong.
    "'Dim bwyd yn y tŷ ers dydd Gwener' medde hi, newydd symud tŷ a'r oergell heb gyrraedd, pizza bob nos.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('small signs of neglect adding up (esgeulustod.arwyddion-bach-yn-cronni, neglect.small-signs-adding-up)', () => {
  it.each([
    "Bl8 crwt - heb ginio eto, dim cit AG, gwallt heb ei gribo, dim llofnod ar y daflen drip. Pethau bach ond ma'r rhestr yn tyfu.",
    'Hogan Bl7: anghofio ei bocs bwyd, dim cit chwaraeon eto, ffurflen y trip heb ei harwyddo.',
  ])('reads the Welsh "%s" as a concern', (text) => {
    expectWelsh(text, 'concern', 'neglect');
  });

  it.each([
    'Y8 boy - no packed lunch again, forgot his PE kit, hair not washed, trip form not signed. Little things but they keep adding up.',
    'Y7: no dinner money, no PE kit for the third week, consent form never returned.',
  ])('reads the English "%s" as a concern', (text) => {
    expectEnglish(text, 'concern', 'neglect');
  });

  it.each([
    // One small thing, or a reminder of what to bring.
    'Bl8 - wedi anghofio ei git AG heddiw.',
    'Cofiwch: cit AG, pecyn bwyd a ffurflen wedi ei llofnodi ddydd Gwener.',
  ])('reads the Welsh everyday "%s" as none', (text) => {
    expectWelsh(text, 'none');
  });

  it.each([
    'He forgot his PE kit and his lunch today, mum is dropping them in.',
    'Reminder: Year 5 need PE kit, a packed lunch and the signed form on Friday.',
  ])('reads the English everyday "%s" as none', (text) => {
    expectEnglish(text, 'none');
  });
});
