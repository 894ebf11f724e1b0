/**
 * Issue 21, session 15 (s15-W): mechanisms that raised everyday alarms across rounds 16–21 in both languages. Each
 * kind is read both ways: the everyday message below urgent, the same words with a real risk still at their level.
 * Every sentence is synthetic.
 */
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { phraseReading as phrases, readsAtLeast as atLeast } from './phraseLevel';

describe('a threat or a death wish that its sentence or the next marks as laughter or a shared groan is a concern', () => {
  it.each<[SupportedLocale, string, string]>([
    [
      'cy',
      "Dwi'n mynd i ladd y crwt 'na os eith e â'r allwedd adref eto 😂",
      "Dwi'n mynd i ladd y crwt 'na os eith e â'r allwedd adref eto.",
    ],
    [
      'cy',
      "Croten Bl 7 yn gweud bod ei mam yn mynd i'w lladd hi os bydd hi'n hwyr gatre. Wherthin mawr.",
      "Croten Bl 7 yn gweud bod ei mam yn mynd i'w lladd hi os bydd hi'n hwyr gatre.",
    ],
    [
      'cy',
      "Gwaith cartref Cemeg pedair tudalen – Bl 8 yn griddfan 'dwi isho marw'. Chwerthin mawr gan bawb.",
      "Gwaith cartref Cemeg pedair tudalen – Bl 8 yn griddfan 'dwi isho marw'.",
    ],
    [
      'cy',
      "Ddudodd o bod o 'isho marw' pan gollodd Cymru'r gêm – oedd pawb yn y dosbarth yn teimlo run peth.",
      "Ddudodd o bod o 'isho marw' pan gollodd Cymru'r gêm.",
    ],
    [
      'en-GB',
      "Y5 in the cloakroom: 'I'm gonna kill him if he takes my peg again' 😂 third time this week.",
      "Y5 in the cloakroom: 'I'm gonna kill him if he takes my peg again', third time this week.",
    ],
    [
      'en-GB',
      "Y9 said 'I want to die, two tests tomorrow' - whole class laughing.",
      "Y9 said 'I want to die, two tests tomorrow'.",
    ],
    [
      'en-GB',
      // A team's loss on penalties is itself a trivial cause (s24-F), so the twin names none: the laugh alone lowers.
      'he said he wanted to die, he has had a rotten week. so did the whole staffroom',
      'he said he wanted to die, he has had a rotten week.',
    ],
  ])('%s: reads "%s" below urgent, and the same words without the laugh at urgent', (locale, laughed, earnest) => {
    expect(phrases(laughed, locale).level).toBe('concern');
    expect(atLeast(earnest, locale, 'urgent')).toBe(true);
  });

  it('keeps an adult who laughs while hurting a child, and a threat to keep a secret, urgent', () => {
    expect(
      atLeast("Y6 said 'my dad will batter me when he sees my shoes' and his dad laughed.", 'en-GB', 'urgent'),
    ).toBe(true);
    expect(atLeast('Her stepdad laughed while he hit her with a belt.', 'en-GB', 'urgent')).toBe(true);
    expect(atLeast('Nath ei llystad chwerthin wrth iddo ei tharo hi efo belt.', 'cy', 'urgent')).toBe(true);
    expect(atLeast("Her stepdad said he'll hurt her if she tells anyone, and laughed.", 'en-GB', 'urgent')).toBe(true);
    expect(atLeast("Ma Mam yn mynd i'n lladd i os dwi'n deud wrth rywun, medda hi, a chwerthin.", 'cy', 'urgent')).toBe(
      true,
    );
  });

  it('keeps a death wish said in earnest, laughed off, or with a lone laugh after a full stop, urgent', () => {
    expect(atLeast('Mae hi eisiau marw. Chwerthin wedyn.', 'cy', 'urgent')).toBe(true);
    expect(atLeast("Dywedodd hi 'dwi isho marw' a chwerthin, ond dim jôc oedd o.", 'cy', 'urgent')).toBe(true);
    expect(atLeast("Dywedodd hi 'dwi isho marw'. Roedd hi'n crio, dim chwerthin o gwbl.", 'cy', 'urgent')).toBe(true);
    expect(atLeast("She said 'I want to die' and then laughed it off.", 'en-GB', 'urgent')).toBe(true);
    expect(atLeast("She told me she wants to die. She wasn't laughing.", 'en-GB', 'urgent')).toBe(true);
  });

  it('never lowers a severity signal or a threat happening now', () => {
    expect(phrases("He's banging on the door saying he'll kill us all, laughing 😂", 'en-GB').level).toBe('immediate');
    expect(phrases('He says he will kill her tonight, laughing about it.', 'en-GB').level).toBe('immediate');
  });
});

describe('a child missing for a moment and back in the same message is a concern, in no danger now', () => {
  it.each<[SupportedLocale, string, string]>([
    [
      'cy',
      "Sorted – yr hogyn oedd ar goll o'r trip, oedd o jyst yn y siop efo'i ffrind. Bws yn gadael rŵan.",
      "Yr hogyn oedd ar goll o'r trip. Bws yn gadael rŵan.",
    ],
    [
      'cy',
      "Dwy o Bl 8 wedi 'diflannu' yn y ffair – panig am 5 munud – yn y ciw candi fflos.",
      "Dwy o Bl 8 wedi 'diflannu' yn y ffair.",
    ],
    ['cy', 'Y ddau oedd ar goll ar y traeth. Pawb ar y bws erbyn 3.', 'Y ddau oedd ar goll ar y traeth.'],
    [
      'en-GB',
      "Orienteering: two Y8s 'went missing' for about 10 minutes in the park. Walked back cheerfully.",
      "Orienteering: two Y8s 'went missing' for about 10 minutes in the park.",
    ],
  ])('%s: reads "%s" as a concern, and without the return at urgent', (locale, back, gone) => {
    expect(phrases(back, locale).level).toBe('concern');
    expect(atLeast(gone, locale, 'urgent')).toBe(true);
  });

  it('keeps a child not yet found, or found after a night away, at its level', () => {
    expect(atLeast('Mae hi ar goll ers neithiwr a dydy hi ddim wedi dod yn ôl.', 'cy', 'urgent')).toBe(true);
    expect(atLeast('Mae o ar goll ers amser cinio. Dydy o ddim wedi cyrraedd adref.', 'cy', 'urgent')).toBe(true);
    expect(atLeast("She's been missing since last night and hasn't come back.", 'en-GB', 'urgent')).toBe(true);
    expect(
      atLeast(
        "Bl 9 wedi mynd ar goll o'r cartref nos Iau, ffeindiodd yr heddlu hi bore Sadwrn mewn fflat.",
        'cy',
        'urgent',
      ),
    ).toBe(true);
    expect(phrases("Mae o ar goll o'r trip rŵan, dydy o ddim efo'r grŵp.", 'cy').level).toBe('immediate');
  });
});

describe('Welsh forced marriage: a journey to marry with the place named between, or a child marrying a cousin', () => {
  it('reads a journey to marry, a child sent to marry, and a child marrying a cousin or an older man as urgent', () => {
    expect(atLeast("Mae hi'n mynd i Bacistan dros yr haf i briodi ei chefnder, medde hi.", 'cy', 'urgent')).toBe(true);
    expect(atLeast("Ma nhw'n mynd â hi i Bangladesh i briodi.", 'cy', 'urgent')).toBe(true);
    expect(atLeast('Mae ei theulu yn ei hanfon hi i briodi dyn hŷn.', 'cy', 'urgent')).toBe(true);
    expect(atLeast("Mae hi'n 15 ac yn mynd i briodi ei chefnder yn yr haf.", 'cy', 'urgent')).toBe(true);
    expect(phrases("'Ma nhw'n mynd â fi i'r maes awyr heno i briodi, plis helpa fi.'", 'cy').level).toBe('immediate');
  });
});

describe('a weapon asked about in the south Welsh "os galle fe", and a tool named gun, is no weapon present', () => {
  it('reads a permission asked for, and a speed gun, below urgent', () => {
    const asked = "Crwt Bl 10 'di gofyn os galle fe ddod â'i gyllell bysgota i'r gwersyll - wedi gweud na.";
    expect(atLeast(asked, 'cy', 'urgent')).toBe(false);
    expect(phrases("Mesur cyflymder ceir tu fas gyda'r gwn cyflymder.", 'cy').level).toBe('none');
    expect(phrases('The police brought a speed gun for the Y5 road safety project.', 'en-GB').level).toBe('none');
  });

  it('keeps a knife or a gun a child has immediate, whatever else is asked', () => {
    expect(phrases('Mae ganddo fe gyllell yn ei fag, wedi gofyn os galle fe fynd adre.', 'cy').level).toBe('immediate');
    expect(phrases("Crwt Bl 10 wedi dod â'i gyllell i'r ysgol heddiw.", 'cy').level).toBe('immediate');
    expect(phrases('He brought a gun to the park last night.', 'en-GB').level).toBe('immediate');
  });
});

describe('idioms read as what they name: a head-bump slip, hit by a car, working very hard, well on track', () => {
  it.each<[SupportedLocale, string]>([
    ['cy', "Bl 2 wedi taro'i ben ar y llithren, lwmp bach. Slip taro pen i mam."],
    ['cy', "Ma'r ci wedi marw, cael ei daro gan gar neithiwr."],
    ['cy', "O'dd y merched yn lladd eu hunain ar y cae heddi, gwaith caled."],
    ['en-GB', 'Y11 lad is well on track for his predicted grades.'],
  ])('%s: reads "%s" as no risk', (locale, text) => {
    expect(phrases(text, locale).level).toBe('none');
  });

  it('keeps an adult hitting a child, a wish to kill oneself and a child on a railway track at their level', () => {
    expect(atLeast('Nath ei lystad daro ei ben yn erbyn y wal.', 'cy', 'urgent')).toBe(true);
    expect(atLeast('Cafodd hi ei bwrw gan ei llystad neithiwr.', 'cy', 'urgent')).toBe(true);
    expect(phrases("Mae hi'n dweud ei bod hi am ladd ei hun heno.", 'cy').level).toBe('immediate');
    expect(phrases("He's standing on the track near the station.", 'en-GB').level).toBe('immediate');
  });
});
