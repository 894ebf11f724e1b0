/**
 * Issue 21 (session 12, s12-W): everyday Welsh raises no urgent or immediate alert, by kind, and each explanation
 * reaches only the span it explains. Every sentence is synthetic; each kind has its risky twin beside it, which shares
 * the alarming words and must keep its level.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import type { RiskLevel } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

const phrases = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'cy');
const atLeast = (text: string, level: RiskLevel) => compareLevels(phrases(text).level, level) >= 0;
const belowUrgent = (text: string) => compareLevels(phrases(text).level, 'urgent') < 0;

describe('a thing goes missing, not a child: the subject of "ar goll" or "heb ddod yn ôl" is a thing', () => {
  it.each([
    'Siaced ysgol J (Bl 5) ar goll ers dydd Mawrth, glas tywyll, enw ar y label.',
    'Y morthwyl bach wedi diflannu o’r gweithdy ers yr hanner tymor.',
    'Llyfrau darllen yn ôl yn y bocs, dau heb ddod yn ôl.',
    'Oes rhywun ’di gweld y meic di-wifr? Ma fe ’di diflannu ers y gymanfa.',
    'Os oes rhywun yn gweld siwmper las fach gyda Ll ar y label, ma hi ar goll ers dydd Mawrth.',
  ])('reads "%s" below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads a child named before it, or a child who lost a thing and did not come home', () => {
    expect(atLeast('Mae J (Bl 5) ar goll ers amser cinio.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi wedi colli ei ffôn, a heb ddod adre ers neithiwr.', 'urgent')).toBe(true);
    expect(atLeast('Gadawodd ei fag yn y dosbarth, heb ddod adre ers neithiwr.', 'urgent')).toBe(true);
  });

  it('reads "fe" or "hi" as the thing only after a question about it, never after an initial or a pronoun', () => {
    for (const text of [
      'Ffôn bant. Mae hi ar goll ers neithiwr.',
      'Mae’r cit PE yn y swyddfa. Mae e ar goll ers 3.',
      'Oes rhywun wedi gweld ei ffôn? Mae hi ar goll ers neithiwr.',
      'Cot L ar y bws. Mae hi ar goll ers neithiwr.',
    ]) {
      expect(phrases(text).matches.filter((match) => match.rule === 'cy:ar-goll.nawr')).toHaveLength(2);
    }
  });

  it('reads a short spell lost and found as no alarm, and a young child still lost as 999', () => {
    expect(belowUrgent('Trip i’r traeth: crwt bach ar goll am dri munud, ffeindion ni fe wrth y caffi.')).toBe(true);
    expect(belowUrgent('Grŵp DofE ar goll yn y niwl ger y llyn am hanner awr ond ffeindion nhw’r llwybr.')).toBe(true);
    expect(phrases('Mae crwt bach ar goll ers deg munud ar y traeth ac ni’n dal i chwilio.').level).toBe('immediate');
    expect(phrases('Mae’r grŵp DofE ar goll ger y llyn ers dwy awr a neb yn ateb y ffôn.').level).toBe('immediate');
  });
});

describe('a care plan: a condition ("os", "rhag ofn") with what to do then is a what-if for its own clause', () => {
  it.each([
    'Cynllun gofal T (Bl 2): os yw e’n cael ffit dros 5 munud, rhoi’r midazolam a ffonio 999.',
    'Rhag ofn bod hi’n anymwybodol, ffoniwch ambiwlans a’i rhoi yn y safle adfer.',
  ])('reads "%s" below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads a seizure happening now, a condition with no plan, and a threat after the condition', () => {
    expect(phrases('Mae hi’n cael ffit ers 6 munud, dwi wedi ffonio 999.').level).toBe('immediate');
    expect(phrases('Os yw hi’n dal i gael trawiad dros 5 munud nawr, ffoniwch 999!').level).toBe('immediate');
    expect(phrases('Os oes ffit dros 5 munud ffoniwch 999').level).toBe('immediate');
    expect(phrases('os a i adre heno dw i’n mynd i ladd fy hun').level).toBe('immediate');
    expect(atLeast('Os ti’n deud wrth rywun, fydd o’n dy ladd di.', 'urgent')).toBe(true);
  });
});

describe('a weapon asked about, secured or licensed', () => {
  it.each([
    'Bl 6 yn gofyn os cân nhw ddod â chyllell boced i’r gwersyll. Na.',
    'Mae o wedi dod â chyllell i’r ysgol heddiw. Wedi’i chadw yn y swyddfa, mam yn dod i’w nôl.',
    'Mae gan ei dad e gwn gartre. Mae ganddo drwydded, ffermwr yw e.',
  ])('reads "%s" below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads a knife still carried, a threat with it, or a gun with a threat', () => {
    expect(phrases('Mae o wedi dod â chyllell i’r ysgol heddiw. Mae o’n dal i’w chario hi ar yr iard.').level).toBe(
      'immediate',
    );
    expect(phrases('Mae o wedi dod â chyllell boced i’r ysgol a bygwth trywanu L.').level).toBe('immediate');
    expect(phrases('Mae gan ei dad e gwn gartre. Mae e’n bygwth ei saethu hi heno.').level).toBe('immediate');
  });
});

describe('a height: a report checked and found empty, workers and vehicles where they belong', () => {
  it.each([
    'Cymydog yn deud bod plentyn ar ben y to. Wedi gwirio’r camera: dim plentyn, balŵn oedd e.',
    'Bydd adeiladwyr ar y to dydd Llun, cadwch y plant draw.',
    'Bydd fan yr heddlu ar y maes parcio amser cinio.',
  ])('reads "%s" below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads a child on a roof or a car park', () => {
    expect(phrases('Mae plentyn ar ben y to nawr!').level).toBe('immediate');
    expect(phrases('Mae crwt Bl 10 ar y to ac yn bygwth neidio.').level).toBe('immediate');
    expect(phrases('Mae hi ar ben y maes parcio aml-lawr ac yn bygwth neidio.').level).toBe('immediate');
    expect(phrases('Mae crwt Bl 10 ar y maes parcio nawr gyda chyllell.').level).toBe('immediate');
  });
});

describe('blood and a faint told with what they were', () => {
  it.each([
    'Torrodd ei bys ar y papur, gwaedu lot, steri-strips arno, mae’n iawn.',
    'Gwaed ym mhobman yn y labordy. Dyrannu llygaid buwch gyda Bl 9.',
    'Llewygodd merch Bl 7 yn y cyngerdd ar ôl sefyll rhy hir. Mae hi’n iawn.',
  ])('reads "%s" below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads bleeding that goes on, blood with a wound, and a faint with not eating', () => {
    expect(
      phrases('Torrodd ei braich ar y gwydr, gwaedu lot, steri-strips ddim yn dal, mae hi’n dal i waedu.').level,
    ).toBe('immediate');
    expect(phrases('Gwaed ym mhobman yn y toiledau, mae hi wedi torri ei breichiau.').level).toBe('immediate');
    expect(atLeast('Llewygodd merch Bl 7 eto heddiw, mae hi’n gwrthod bwyta ers wythnosau.', 'urgent')).toBe(true);
  });
});

describe('an animal’s blood is not a child’s bleeding', () => {
  it.each([
    'Bu’n wyna drwy’r nos gyda’i dad, gwaed ym mhobman yn y sied.',
    'Saethodd ei dad y llwynog. Roedd y plant eisiau gwybod os oedd o’n gwaedu lot.',
    'Bu’n wyna efo’i daid, tynnu oen allan efo’i fraich i mewn at y penelin ac oedd ’na waed ym mhobman.',
  ])('reads "%s" below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads an injury, blood on the child, or a child bleeding that will not stop, beside the farm', () => {
    expect(phrases('Bu’n wyna drwy’r nos gyda’i dad. Torrodd ei llaw ar y weiren, gwaed ym mhobman.').level).toBe(
      'immediate',
    );
    expect(phrases('Bu’n helpu gyda’r wyna. Heddiw mae gwaed ym mhobman ar ei dillad.').level).toBe('immediate');
    expect(phrases('Saethodd ei dad y llwynog. Mae’r hogyn yn gwaedu lot o’i ben.').level).toBe('immediate');
    expect(phrases('Mae e’n gwaedu heb stopio ar ôl y wyna.').level).toBe('immediate');
    expect(phrases('Bu’n wyna drwy’r nos. Mae ei law yn gwaedu lot.').level).toBe('immediate');
    expect(phrases('Bu’n wyna drwy’r nos. Dw i’n gwaedu lot.').level).toBe('immediate');
  });
});

describe('beaten in a race or a quiz, and a life without a thing', () => {
  it.each([
    'Ges i fy nghuro mewn ras wy a llwy gan Bl 2.',
    'Tîm yr athrawon yn mynd i gael eu bwrw eto gan dîm Bl 6, maen nhw’n wych ar gwestiynau pop.',
    'Sai moyn byw heb fy ffôn!',
  ])('reads "%s" by its phrases below urgent', (text) => {
    expect(belowUrgent(text)).toBe(true);
  });

  it('still reads an adult at home who beats a child after a race, and a life without a person', () => {
    expect(atLeast('Mae ei dad yn ei guro hi ar ôl y ras.', 'urgent')).toBe(true);
    expect(atLeast('Mae ei llystad yn ei bwrw hi, mae hi’n dda ar gwestiynau pop.', 'urgent')).toBe(true);
    expect(atLeast('Sai moyn byw heb mam.', 'urgent')).toBe(true);
    expect(atLeast('Sai moyn byw rhagor.', 'urgent')).toBe(true);
  });
});

describe('a year long past, and a message passed on from a parent', () => {
  it('reads children missing in a history lesson’s year as the past, and a child missing now as urgent', () => {
    expect(belowUrgent('Wedi darllen llythyrau plant oedd ar goll oddi wrth eu rhieni yn 1940.')).toBe(true);
    expect(atLeast('Mae plentyn Bl 3 ar goll ers 2 o’r gloch.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n 15 oed ac wedi bod ar goll ers neithiwr.', 'urgent')).toBe(true);
  });

  it('reads a parent’s message about inviting a teacher as no alarm, and a teacher messaging a child as urgent', () => {
    expect(belowUrgent('Neges gan fam T: mae T eisiau gwahodd ei hathrawes i’r parti.')).toBe(true);
    expect(atLeast('Neges gan fam T: mae’r athro wedi bod yn anfon negeseuon at ei merch ar snapchat.', 'urgent')).toBe(
      true,
    );
  });
});

describe('"am" after a word of speaking is "about", and a part acted in a sketch', () => {
  it('reads talk about death as no wish to die, and a wish or a thought of dying as urgent', () => {
    expect(belowUrgent('Mae B wedi bod yn siarad am farw drwy’r dydd ers i’r pysgodyn aur farw.')).toBe(true);
    expect(atLeast('Dwi am farw.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n meddwl am farw bob nos.', 'urgent')).toBe(true);
  });

  it('reads a child acting the part of a child who is burnt as pretend, never past a contrast', () => {
    expect(belowUrgent('Sgetsh diogelwch tân: un yn actio’r plentyn sy’n cael ei losgi, efo ffoil oren.')).toBe(true);
    expect(atLeast('Mae e’n actio’r ffŵl ond mae ei llystad yn ei llosgi hi.', 'urgent')).toBe(true);
  });
});
