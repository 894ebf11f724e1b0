/**
 * Issue 21 items 1-2: ordinary Welsh raises no false alarm, and Welsh as it is written is read:
 * mutation collisions, negation into "bod" clauses, combinations about the same people and act,
 * contractions, colloquial negatives and spellings, and Welsh mixed with English.
 */
import { assessText, assessTextWith, compareLevels } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { WELSH_MUTATION_COLLISIONS, WELSH_PHRASE_COLLISIONS } from '../../../../src/risk/welshCollisions';
import { welshMutations } from '../../../../src/risk/welshMutation';
import { northernPlural, southernPlural } from '../../../../src/risk/compile';
import { defaultFrames } from '../../../../src/risk/learnedReaderFile';
import { tokenize } from '../../../../src/risk/tokenize';

const words = (text: string) =>
  tokenize(text, defaultCompiledLexicons().tokenizeOptions)
    .map((token) => token.form)
    .join(' ');

const phrases = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'cy');

describe('Welsh as it is written', () => {
  describe('the mutation collision list', () => {
    it.each(WELSH_MUTATION_COLLISIONS.map((entry) => [entry.form, entry.from]))(
      'never reads "%s" as a mutated %s',
      (form) => {
        const surfaces = defaultCompiledLexicons().surfaces;
        expect(surfaces.has(form)).toBe(false);
      },
    );

    it('lists real collisions: each form is what mutation would make of its risk word, or its accent-folded form', () => {
      expect(welshMutations('gwn')).toContain('wn');
      expect(welshMutations('dad')).toContain('nad');
      expect('hŷn'.normalize('NFKD').replace(/\p{M}/gu, '')).toBe('hyn');
    });

    // "nad" is itself a frame word (a negation), so it is checked below instead.
    it.each(WELSH_MUTATION_COLLISIONS.filter((entry) => entry.form !== 'nad').map((entry) => [entry.form, entry.from]))(
      'never gives "%s" (not %s) a frame of the learned reader',
      (form) => {
        expect(defaultFrames().lookup(form)).toBeUndefined();
      },
    );

    it('reads "i gyd" (all) as an overdose only with what was taken: it is everyday Welsh', () => {
      const frames = defaultFrames();
      const overdose = frames.names.indexOf('severity-overdose');
      expect(frames.phraseLookup('i gyd') ?? []).not.toContain(overdose);
      expect(frames.phraseLookup('tabledi i gyd')).toContain(overdose);
    });

    it('reads "lladd ei hun yn chwerthin" (killing himself laughing) as an idiom', () => {
      expect(phrases("Mae o'n lladd ei hun yn chwerthin").level).toBe('none');
      expect(phrases('Mae o isio lladd ei hun').level).toBe('urgent');
    });

    it('reads a folded radical only in its phrases: "y môr" is a place, "mor" is "so"', () => {
      const frames = defaultFrames();
      const place = frames.names.indexOf('severity-place');
      expect(frames.phraseLookup('y mor')).toContain(place);
      expect(frames.lookup('mor')).toBeUndefined();
      // "nad" is a collision as a mutated "dad", but as itself it is still a negation word.
      expect(frames.lookup('nad')).toContain(frames.names.indexOf('context-negation'));
    });

    it('reads "to" (roof) only as "ar y to": alone it is English "to" in nearly every message', () => {
      const frames = defaultFrames();
      const place = frames.names.indexOf('severity-place');
      expect(frames.lookup('to') ?? []).not.toContain(place);
      expect(frames.phraseLookup('ar y to')).toContain(place);
    });

    it('still reads the radical risk words themselves', () => {
      expect(phrases('Mae ganddo gwn yn ei fag').level).toBe('immediate');
      expect(
        compareLevels(phrases("Mae hi'n mynd gyda dyn llawer hŷn mewn car").level, 'urgent'),
      ).toBeGreaterThanOrEqual(0);
    });
  });

  // Everyday Welsh from issue 21, and more of the same kind: none is urgent or immediate.
  it.each([
    'Wn i ddim pam ond mae ei mam yn aros tu allan',
    'Roedd seremoni arbennig yn y capel ddydd Sul',
    "Mae hi'n bwrw glaw ac mae ei mam yn curo ar y drws",
    "Roedd y plant yn curo dwylo i'w mam yn y cyngerdd",
    "Dywedodd nad yw hi eisiau mynd i'r clwb",
    "Mae hyn yn bwysig i'r dosbarth i gyd",
    "Mae'r dyn hyn yn dod i drwsio'r boeler",
    "Mae hi'n siarad am farw ei dad-cu",
    "Does dim arwydd ei bod hi'n hunan-niweidio",
    "Wn i ddim os ydi o'n dod heddiw",
    "Does dim byd o'r fath wedi digwydd yn y clwb",
    "Mae'r plant bach yn chwarae yn y gweir ar ôl torri'r cae",
    'Roedd hi mor falch o ennill y ras',
    "Mae ei thad yn aros ger y drws i'w nôl hi",
    "Pa fath o lyfr mae o isio i'r wers?",
  ])('raises no alarm for everyday Welsh: "%s"', (text) => {
    expect(phrases(text).level).toBe('none');
    expect(compareLevels(assessText(text, 'cy').level, 'urgent')).toBeLessThan(0);
  });

  it('reads the southern spoken plural (-e for -au, -ie for -iau), but not in short words', () => {
    expect(southernPlural('toriadau')).toBe('toriade');
    expect(southernPlural('breichiau')).toBe('breichie');
    expect(southernPlural('iau')).toBeUndefined();
    expect(phrases('Toriade newydd ar ei choese hi').level).toBe('urgent');
    expect(phrases('Mae hi wedi cael dydd Iau hir').level).toBe('none');
  });

  it('reads the northern spoken plural (-a for -au, -ia for -iau), but not in short words', () => {
    expect(northernPlural('cleisiau')).toBe('cleisia');
    expect(northernPlural('coesau')).toBe('coesa');
    expect(northernPlural('iau')).toBeUndefined();
    expect(phrases('Cleisia mawr ar ei gefn o').level).toBe('concern');
  });

  it('needs the act for an implement: "with a belt" or "and a spoon" alone is not a beating', () => {
    expect(phrases('Roedd y ras wy a llwy yn llwyddiant mawr').level).toBe('none');
    expect(phrases('Mae ganddo drowsus newydd gyda belt').level).toBe('none');
    expect(phrases("Mae o'n chwarae efo'i ffôn drwy'r amser").level).toBe('none');
    expect(phrases("Dad gurodd fi efo'r llwy bren").level).toBe('urgent');
  });

  it('reads something tied round the neck, in the northern "gwddw" too', () => {
    expect(phrases('Hogyn yn y toilets efo belt rownd ei wddw').level).toBe('immediate');
  });

  it('reads a lesson named before a disclosure about the child as the time, not the topic', () => {
    expect(phrases('Gwers nofio - toriade ffres ar ei breichie').level).toBe('urgent');
    expect(
      assessTextWith(defaultCompiledLexicons(), 'Romeo and Juliet both kill themselves at the end of the play', 'en-GB')
        .level,
    ).toBe('none');
  });

  it('carries a negation into a "bod" clause, and only there', () => {
    expect(phrases("Does dim arwydd ei bod hi'n hunan-niweidio").level).toBe('none');
    expect(phrases("Does dim arwydd o hynny ond mae hi'n hunan-niweidio").level).toBe('urgent');
    expect(phrases("Nid yw'n ymddangos ei fod yn cael ei gam-drin").level).toBe('none');
    expect(phrases("Does dim byd yn awgrymu ei bod hi'n cael ei cham-drin").level).toBe('none');
  });

  it('reads "nad oes ganddi unrhyw feddyliau am …" as a negation, like "no thoughts of …"', () => {
    expect(phrases("Dywedodd hi'n glir nad oes ganddi unrhyw feddyliau am niweidio'i hun").level).toBe('none');
    expect(phrases('Nid oes unrhyw dystiolaeth ei fod wedi gorddosio').level).toBe('none');
    expect(phrases("Dywedodd hi'n glir fod ganddi feddyliau am niweidio'i hun").level).toBe('urgent');
  });

  it('never lets a negated verb of telling or knowing clear what the "bod" clause reports', () => {
    expect(phrases("Wnaeth hi ddim dweud wrth neb bod hi'n torri ei hun").level).toBe('urgent');
    expect(phrases("Dydy ei mam ddim yn gwybod ei bod hi'n hunan-niweidio").level).toBe('urgent');
  });

  it('reads "not safe at home" when the "not" stands before the "bod" clause', () => {
    expect(phrases("Sai'n credu bod hi'n saff adre").level).toBe('urgent');
    expect(phrases("Dw i ddim yn teimlo fod o'n saff adra").level).toBe('urgent');
    expect(phrases("Dw i'n credu bod hi'n saff adre nawr").level).toBe('none');
  });

  it('needs the hitting to be done to someone, not to a door', () => {
    expect(phrases('Mae ei thad yn curo ar y drws bob bore').level).toBe('none');
    expect(phrases('Mae ei thad yn ei churo hi').level).toBe('urgent');
  });

  describe('normalisation before the reading', () => {
    it.each([
      ["Bl 4 'di torri'i ben-glin", 'bl 4 wedi torri ei ben glin'],
      ["Tocynnau 'di'u bwcio", 'tocynnau wedi eu bwcio'],
      ["Mae o efo'i dad", 'mae o gyda ei dad'],
      ['Wedodd e bod hi tu fas', 'dywedodd e bod hi tu allan'],
      ['Ddudodd o, medda hi', 'dywedodd o meddai hi'],
      ['Tydi hi ddim yn gwbod', 'dydy hi ddim yn gwybod'],
      ['Ma fe’n becso, ma gen i ofan', 'ma fe yn poeni ma gen i ofn'],
      ['Mynd sha thre heno', 'mynd sha adref heno'],
      ["Mae gynno fo gyllell, hefo'i ffrind", 'mae ganddo fo gyllell gyda ei ffrind'],
      ['Hi wedi cwmpo, ffaelu ishte, odi hi', 'hi wedi cwympo methu eistedd ydy hi'],
      ['Tair gwaith wsnos yma, ffili stopo', 'tair gwaith wythnos yma methu stopio'],
      ['Dou blentyn ar ben eu hunen, mam ddim yn dihuno', 'dau blentyn ar ben eu hunain mam ddim yn deffro'],
      ['Newydd weud wrtha i, ddeud o', 'newydd dweud wrtha i dweud o'],
    ])('reads colloquial Welsh "%s" as the written form', (text, expected) => {
      expect(words(text)).toBe(expected);
    });

    it.each([
      ['Mae o wedi bangio ei ben', 'bwrw'],
      ['Nath o fy mhwnsio i', 'dyrnu'],
      ['Mae hi wedi pwshio fi', 'gwthio'],
      ['Nath e ei chokio hi', 'tagu'],
      ['Mae e wedi harmio ei hun', 'hunan niweidio'],
      ['Roedd o wedi twtsio hi', 'cyffwrdd'],
      ['Mae o wedi ei fangio fo', 'bwrw'],
    ])('reads Welsh made from an English verb ("%s") as the Welsh verb', (text, verb) => {
      expect(words(text)).toContain(verb);
    });

    it('reads "\'na" (there) as "yna", so it negates nothing after it: "Mae \'na gleisiau siâp llaw" is urgent', () => {
      expect(phrases("Mae 'na gleisiau siâp llaw ar ei fraich hi").level).toBe('urgent');
      expect(phrases("Does 'na ddim cleisiau arni hi o gwbl, mae hi'n iawn").level).toBe('none');
    });

    it('mutates only long spellings: "dadi" is "dad", but "nadi" is not made from it', () => {
      expect(words('Dadi')).toBe('dad');
      expect(words('nadi')).toBe('nadi');
    });

    it.each([
      ['Mae gynno fo gyllell yn ei fag', 'immediate'],
      ['Ni ar ben ein hunen dros y penwythnos', 'urgent'],
      ['Nath ei dad ei chokio hi neithiwr', 'urgent'],
      ['Mae ei llystad yn ei phwnsio hi', 'urgent'],
      ["Mae e 'di harmio'i hun eto", 'urgent'],
      ["Ma hi'n becso mynd adre", 'urgent'],
      ['Mae gen i ofan mynd adra', 'urgent'],
    ])('reads "%s" as %s with the phrases alone', (text, level) => {
      expect(phrases(text).level).toBe(level);
    });
  });

  // The English lexicon's kinds of risk, in Welsh words (issue 21: Welsh had nothing for a plan,
  // emotional abuse, young carers or gambling).
  it.each([
    ['Bydd dad yn fy lladd i go iawn', 'immediate'],
    ["Mae o'n deud bydd o'n fy lladd i os dwi'n deud wrth rywun", 'urgent'],
    ['Dydyn nhw ddim yn gadael iddi adael y tŷ', 'immediate'],
    ['Mae gorchymyn llys yn erbyn ei thad', 'urgent'],
    ['Mae gen i gynllun i orddosio', 'urgent'],
    ["Mae hi'n gofalu am ei mam sy'n sâl bob nos", 'concern'],
    ["Mae e'n gamblo ar lein ac mae ganddo ddyled", 'concern'],
    ['Mae ei llystad yn gweiddi arni bob dydd', 'concern'],
    ["Mae hi'n teimlo'n isel iawn ers wythnosau", 'concern'],
    ["Mae'r teulu wedi cael rhybudd troi allan", 'concern'],
    ["Mae'r dyn yn anfon negeseuon ati yn dweud ei bod hi'n sbesial", 'urgent'],
    ['Ar y bont, hwyl fawr i bawb', 'immediate'],
    ['Gwaed ym mhobman yn y toiledau', 'immediate'],
    ['Dydi o ddim isio mynd adra achos bod ei dad yn feddw', 'urgent'],
  ])('reads "%s" as %s, like its English counterpart', (text, level) => {
    expect(phrases(text).level).toBe(level);
  });

  describe('the explaining contexts, in Welsh as in English', () => {
    it('reads slipping and tripping as an accident', () => {
      expect(phrases('Mae ganddo glais ar ei goes ar ôl llithro ar y grisiau').level).toBe('none');
      expect(phrases('Mae ganddo glais ar ei goes').level).toBe('concern');
      expect(phrases('Mae hi wedi cwmpo ar yr iard a chael clais').level).toBe('none');
    });

    it('reads "ar fin" (about to) as now', () => {
      expect(phrases("Mae o'n deud bod o am ladd ei hun").level).toBe('urgent');
      expect(phrases('Mae o ar fin lladd ei hun').level).toBe('immediate');
    });

    it('reads a roof or bridge with the article run on ("ar do\'r") as a high place', () => {
      expect(phrases("Mae o ar do'r ysgol").level).toBe('immediate');
    });

    // Welsh negation has two parts ("does … dim", "dydy … ddim"): the first part alone negates
    // nothing, or "nobody has seen him" would read as nothing.
    it.each([
      ['Does neb wedi ei weld ers dydd Sul', 'urgent'],
      ["Dydi'r ferch ddim 'di bod adra ers nos Wener", 'urgent'],
    ])('keeps "%s" %s', (text, level) => {
      expect(phrases(text).level).toBe(level);
    });
  });

  it.each([
    "Bydd Mam yn fy lladd i, dwi 'di anghofio 'nghit ymarfer corff eto",
    'Mae hi wrth ei bodd yn gofalu am y ci',
    'Aethon ni dros y bont i weld y castell',
    'Ymarfer ymladd llwyfan, gwaed ffug ym mhobman yn y neuadd',
    "Dydi hi ddim isio mynd adra achos ma'r parti'n hwyl",
  ])('keeps the everyday counterpart "%s" below urgent', (text) => {
    expect(compareLevels(phrases(text).level, 'urgent')).toBeLessThan(0);
  });

  it.each([
    ["Mae hi wedi bod yn brifo'i hun", 'urgent'],
    ["Mae e wedi bod yn torri'i hun", 'urgent'],
    ["Mae e'n curo'i fam", 'urgent'],
    ["Dwi'm isho byw", 'urgent'],
    ["Mae o isho gwneud amdano'i hun", 'urgent'],
    ['Mae e wedi overdosio', 'immediate'],
    ["Bydd e'n fy lladd i os af i adre heno", 'immediate'],
    ['Mae hi wedi cael cweir gan ei llystad', 'urgent'],
  ])('reads "%s" as %s', (text, level) => {
    expect(phrases(text).level).toBe(level);
  });
});

describe('an explanation after the event lowers what it explains, never a severity signal', () => {
  it('lowers a faint explained away to a concern the DSL still sees, in English and Welsh', () => {
    expect(
      assessTextWith(
        defaultCompiledLexicons(),
        'Y9 girl fainted at sports day. Came round straight away and mum is with her.',
        'en-GB',
      ).level,
    ).toBe('concern');
    expect(phrases('Mae hi wedi llewygu yn y wers AG. Dod ati ei hun yn syth, dim pryder.').level).toBe('concern');
  });

  it('keeps the same words urgent without the explanation', () => {
    expect(assessTextWith(defaultCompiledLexicons(), 'Y9 girl fainted at sports day.', 'en-GB').level).toBe('urgent');
  });

  it('keeps immediate danger immediate whatever follows', () => {
    expect(
      assessTextWith(
        defaultCompiledLexicons(),
        'He is unconscious and not breathing. Mum explained he has epilepsy, she is fine with it.',
        'en-GB',
      ).level,
    ).toBe('immediate');
  });
});

describe('an innocent word in the message never cancels a severity signal', () => {
  it('keeps a deep cut that will not stop bleeding immediate when the room and the stationery are named', () => {
    expect(phrases('She cut herself deeply with a compass in the art room and it will not stop bleeding').level).toBe(
      'immediate',
    );
    expect(
      assessText('She cut herself deeply with a compass in the art room and it will not stop bleeding', 'en-GB').level,
    ).toBe('immediate');
  });
});

describe('session 6: ordinary Welsh that named risk words about someone or something else', () => {
  it('reads what follows a scenario, a character or "a novel about" as invented, whatever "ei" points at', () => {
    expect(phrases('Senario ar gyfer yr hyfforddiant: mae bachgen 12 oed yn dweud bod ei dad yn ei guro').level).toBe(
      'none',
    );
    expect(phrases("Yn y ddrama mae'r cymeriad yn cael ei chicio gan ei brawd").level).toBe('none');
    expect(phrases("Rydyn ni'n darllen nofel am ferch sy'n cael ei churo gan ei llystad").level).toBe('none');
    // The same words with no invented person named are about the child.
    expect(phrases('Mae bachgen 12 oed yn dweud bod ei dad yn ei guro').level).toBe('urgent');
  });

  it('never lets a scenario clear what comes before it, or a severity signal', () => {
    expect(phrases("Mae ei llystad yn ei tharo hi. Roedden ni'n gwneud senario yn y wers.").level).toBe('urgent');
    expect(phrases('Senario cymorth cyntaf: mae hi wedi llewygu a dydy hi ddim yn anadlu').level).toBe('immediate');
  });

  it('reads a knife used "with" in a lesson as a weak signal, a knife held or carried as a weapon', () => {
    expect(phrases("Roedd Bl 8 yn torri llysiau gyda'r cyllyll mawr").level).toBe('concern');
    expect(phrases('Mae ganddo gyllell yn ei boced').level).toBe('immediate');
    expect(phrases('Roedd hi efo gwn').level).toBe('immediate');
  });

  it('reads a knife that stays in a drawer as no one waiting, a man with a knife waiting for her as danger', () => {
    expect(phrases("Mae'r gyllell fara yn aros yn y drôr").level).toBe('concern');
    expect(phrases('Mae dyn efo cyllell yn aros amdani tu allan').level).toBe('immediate');
  });

  it('reads a head injury with vomiting or drowsiness, and a young child missing now, as immediate', () => {
    expect(phrases("Ar ôl disgyn oddi ar y ffrâm ddringo mae lwmp ar ochr ei phen hi ac mae hi'n gysglyd").level).toBe(
      'immediate',
    );
    expect(phrases('Plentyn meithrin wedi diflannu o’r ardd, pawb yn chwilio nawr').level).toBe('immediate');
    expect(phrases('Roedd o ar ei ben ei hun yn y toiled yn chwydu ar ôl cinio').level).not.toBe('immediate');
  });

  it('reads someone waiting or running about with a knife, and a stabbed boy, as a weapon now', () => {
    expect(phrases('Mae hogyn yn rhedeg o gwmpas y cae gyda rasel').level).toBe('immediate');
    expect(phrases('Mae o wedi trywanu bachgen tu ôl i’r siop').level).toBe('immediate');
    expect(phrases('Roedd y cogydd yn sefyll wrth y bwrdd yn dangos sut i dorri nionyn').level).toBe('none');
  });

  it('reads a smell as neglect only on a child or their clothes: a bus or a kit bag can smell', () => {
    expect(phrases("Mae'r bws mini yn drewi ar ôl y trip").level).toBe('none');
    expect(phrases("Mae ei ddillad o'n drewi bob dydd").level).toBe('concern');
  });

  it('reads a lost thing as no one missing, a child as missing', () => {
    expect(phrases("Mae'r gliniadur ar goll ers amser cinio").level).toBe('none');
    expect(phrases('Mae hi ar goll ers amser cinio').level).toBe('urgent');
  });

  it('reads a child missing by water as immediate, a lost towel or a past absence as no emergency', () => {
    expect(phrases("Hogyn 11 heb ddod yn ôl i'r lan ar ôl caiacio ar y llyn").level).toBe('immediate');
    expect(phrases('Mae ei gogls nofio ar goll').level).toBe('none');
    expect(phrases('Roedd hi ar goll am awr ddoe, ond roedd hi yn nhŷ ffrind; aethon ni i nofio wedyn').level).not.toBe(
      'immediate',
    );
  });

  it('reads an animal as the cause of a kick or a bruise as an accident, a person as abuse', () => {
    expect(phrases('Cafodd ei chicio gan geffyl yn yr ysgol farchogaeth').level).toBe('none');
    expect(phrases('Cafodd ei chicio gan ei llystad').level).toBe('urgent');
  });
});

describe('session 6: Welsh risk at its level', () => {
  it.each([
    ['Mae hi wedi syrthio a dydy hi ddim yn ymateb o gwbl', 'immediate'],
    ["Mae o'n anadlu'n rhyfedd ar lawr y toiledau", 'immediate'],
    ["Mae ei gwefusau hi'n las", 'immediate'],
    ['Sai moyn dihuno fory', 'urgent'],
    ["Mae o'n bwrw ei ben yn erbyn y drws nes ei fod yn gwaedu", 'urgent'],
    ["Ma'r rhaff yn y garej yn aros amdana i", 'urgent'],
    ["Ma'r rhaff yn y garej yn aros amdana i heno", 'immediate'],
    ["Mae o'n cael crasfa pan eith o adra", 'immediate'],
    ['Mae hi wedi bod yn cutio eto', 'urgent'],
    ["Mae o wedi llyncu batri botwm o'r teclyn", 'immediate'],
    ["Mae'r toriad yn dal i waedu drwy'r tywel", 'immediate'],
    ['Mae hi’n dal i ffitio ar lawr y neuadd', 'immediate'],
    ["Mae o wedi sgwennu neges 'sori am bopeth' ar Snapchat", 'urgent'],
    ["Mae o'n cario shank yn ei fag", 'immediate'],
    ["Mae hi'n deud bod ei llystad yn mynd i ladd mam os eith hi o 'na", 'urgent'],
    ["'Dydw i ddim yn cael swper os dw i'n anghofio fy ngwaith cartref'", 'urgent'],
    ['Mae ei dad yn cymryd ei bwyd hi fel cosb', 'urgent'],
    ["Mae o'n bygwth ei brawd efo cyllell", 'immediate'],
    ["Os eith hi adre heno, mae ei llystad yn deud neith o'n ei brifo hi", 'immediate'],
    ["Mae o'n stabio pobl", 'immediate'],
  ])('reads "%s" as %s', (text, level) => {
    expect(phrases(text).level).toBe(level);
  });

  it('keeps everyday Welsh near the new emergency, threat and food words below them', () => {
    expect(phrases("Roedd hi'n methu anadlu ar ôl rhedeg y ras").level).toBe('none');
    expect(phrases("Mae ei drwyn o'n dal i waedu ar ôl y gêm").level).toBe('none');
    expect(phrases('Dydy hi ddim yn cael bwyd yn yr ysgol os nad yw hi wedi talu').level).toBe('none');
    expect(phrases('Bydd Mam yn fy lladd i am golli’r llyfr').level).toBe('none');
    expect(compareLevels(phrases("Mae'r crafiad yn dal i waedu ychydig").level, 'immediate')).toBeLessThan(0);
  });

  it('reads "torri" (cut, break) with no object as self-injury only for a person: a car breaks down', () => {
    expect(phrases("Mae'r car wedi torri").level).toBe('none');
  });

  it('reads "not responding" as unconscious only when nothing says to what', () => {
    expect(compareLevels(phrases('Dydy o ddim yn ymateb i negeseuon ei fam').level, 'immediate')).toBeLessThan(0);
  });

  it('reads "rhyw" (also "some"), "hwyl" (fun) and "amdani" (about her) as frame words only in their phrases', () => {
    const frames = defaultFrames();
    const sexual = frames.names.indexOf('act-sexual');
    const goodbye = frames.names.indexOf('act-goodbye');
    expect(frames.lookup('rhyw') ?? []).not.toContain(sexual);
    expect(frames.phraseLookup('cael rhyw')).toContain(sexual);
    expect(frames.lookup('hwyl') ?? []).not.toContain(goodbye);
    expect(frames.lookup('amdani') ?? []).not.toContain(goodbye);
    expect(frames.phraseLookup('gwneud amdano')).toContain(goodbye);
  });

  it('gives the frames Welsh now-ness cues, and "torri" (cut, break) as self-injury only with its object', () => {
    const frames = defaultFrames();
    const now = frames.names.indexOf('urgency-now');
    const selfInjury = frames.names.indexOf('act-self-injury');
    expect(frames.lookup('nawr')).toContain(now);
    expect(frames.phraseLookup('cyrraedd adref')).toContain(now);
    expect(frames.lookup('torri') ?? []).not.toContain(selfInjury);
    expect(frames.phraseLookup('torri ei hun')).toContain(selfInjury);
  });
});

describe('session 6: a topic named in a talk, and looking at a roof', () => {
  it('reads "llinellau cyffuriau" (county lines) named in a talk as a topic, and about a child as a risk', () => {
    expect(phrases("Mae'r heddlu'n dod i siarad am linellau sirol gyda Bl 9").level).toBe('none');
    expect(phrases("Mae hi'n rhan o linellau cyffuriau").level).toBe('urgent');
    expect(phrases('Hyfforddiant ar briodas dan orfod i staff y swyddfa ddydd Iau').level).toBe('none');
    expect(phrases("Mae hi'n ofni priodas dan orfod dros yr haf").level).toBe('urgent');
  });

  it('reads looking at or mending a roof as no one on it', () => {
    expect(phrases("Mae'r adeiladwr yn gweithio ar y to").level).toBe('none');
    expect(phrases('Mae hi ar y to').level).toBe('immediate');
  });
});

describe('session 7 (s7-C): everyday Welsh phrases that hold a risk word (the phrase collision list)', () => {
  it.each(WELSH_PHRASE_COLLISIONS.map((entry) => [entry.words, entry.wouldRead, entry.everyday]))(
    'reads "%s" (not %s) as everyday Welsh: "%s"',
    (_words, _wouldRead, everyday) => {
      expect(phrases(everyday).level).toBe('none');
    },
  );

  it.each(WELSH_PHRASE_COLLISIONS.map((entry) => [entry.words, entry.risk]))(
    'still reads the risk beside "%s": "%s"',
    (_words, risk) => {
      expect(compareLevels(phrases(risk).level, 'urgent')).toBeGreaterThanOrEqual(0);
    },
  );
});

describe('session 7 (s7-C): practice, drills and invented people in Welsh, and what stays real', () => {
  it('clears a body in danger on a first-aid course, on the dummies, in a drill or a game of hide and seek', () => {
    expect(phrases("Cwrs cymorth cyntaf heddiw: rhywun yn anymwybodol ac yn gwaedu'n drwm.").level).toBe('none');
    expect(phrases('Bl 8 yn ymarfer CPR ar y dymis, un yn gweiddi "dydy o ddim yn anadlu".').level).toBe('none');
    expect(phrases('Dril tân bore fory: senario plentyn ar goll ger yr afon.').level).toBe('none');
    expect(phrases('Bl 6 yn chwarae cuddio amser egwyl, un hogyn ar goll am bum munud yn y llyfrgell.').level).toBe(
      'none',
    );
    expect(phrases('Noson Calan Gaeaf y clwb: gwaed dros bob man a phawb mewn paent wyneb.').level).toBe('none');
  });

  it('keeps the same bodies, children and blood immediate when nothing says it is practice', () => {
    expect(phrases("Mae'r hogyn yn anymwybodol ar lawr y gegin ac yn gwaedu'n drwm.").level).toBe('immediate');
    expect(phrases("Dydy o ddim yn anadlu, dwi'n gwneud CPR rŵan.").level).toBe('immediate');
    expect(phrases('Plentyn ar goll ger yr afon ers hanner awr.').level).toBe('immediate');
    expect(phrases('Merch fach ar goll ers ugain munud, neb yn gwybod ble mae hi.').level).toBe('immediate');
    expect(phrases('Gwaed dros bob man ar lawr y toiledau.').level).toBe('immediate');
    // First aid told as it happens: no pulse, CPR started.
    expect(phrases("Crwt 'di cwympo, dim pwls, ni'n gwneud CPR.").level).toBe('immediate');
    // Hide and seek explains a minute "missing", never a young child missing by water.
    expect(phrases('Roedd y plant yn chwarae cuddio ac mae un bach ar goll ger y llyn.').level).toBe('immediate');
  });

  it('never clears what the sentence says is real, or a disclosure a child made during the session', () => {
    expect(phrases("Cwrs cymorth cyntaf yn y neuadd pan aeth un o'r staff yn anymwybodol go iawn.").level).toBe(
      'immediate',
    );
    expect(phrases('Yn y wers cymorth cyntaf, nath hi ddweud bod ei thad yn ei churo hi.').level).toBe('urgent');
    expect(phrases('Yn y dril tân, dywedodd hi fod ei llystad yn ei tharo.').level).toBe('urgent');
    // Found, seen, or a body event in the past tense ("llewygodd"), or an ambulance called: it happened.
    expect(phrases("Ar ôl y cwrs cymorth cyntaf ddoe, ffeindiais hi'n anymwybodol yn y toiledau.").level).toBe(
      'immediate',
    );
    expect(phrases('Yn ystod y wers cymorth cyntaf llewygodd hi a dydy hi ddim yn anadlu.').level).toBe('immediate');
    // A drill explains a pretend intruder; a body in danger only when it names a scenario or a dummy.
    expect(phrases("Dril cloi bore 'ma: dyn gyda chyllell wrth y giât, pawb o dan y desgiau.").level).toBe('none');
    expect(phrases('Yn ystod y dril tân, llewygodd hi a dydy hi ddim yn anadlu.').level).toBe('immediate');
  });

  it('reads "the part where", an exam piece and a hypothetical child ("os yw plentyn") as invented', () => {
    expect(phrases("Stori Bl 5 heddiw: y bennod lle mae hi'n cael ei tharo gan y cigydd.").level).toBe('none');
    expect(phrases("Darn arholiad Bl 11: mae hi'n cael ei churo yn yr olygfa olaf.").level).toBe('none');
    expect(phrases('Sut i ymateb os yw plentyn yn datgelu cam-drin rhywiol: sleidiau ar Teams.').level).toBe('none');
    expect(phrases("Mae hi'n cael ei tharo bob dydd gan ei thad.").level).toBe('urgent');
    expect(phrases('Mae hi wedi datgelu cam-drin rhywiol gan ei hewythr.').level).toBe('urgent');
    // "Why he carries a knife" and "talked about carrying a knife" are about this child: no lesson idiom takes them.
    expect(phrases("Gofynnais pam mae o'n cario cyllell i'r ysgol.").level).toBe('immediate');
  });

  it('reads grooming named in a training session as a topic, and grooming of a child as a risk', () => {
    expect(phrases('Hyfforddiant diogelu: sut i sylwi ar feithrin perthynas amhriodol.').level).toBe('none');
    expect(phrases('Mae dyn yn meithrin perthynas amhriodol â hi ar Snapchat.').level).toBe('urgent');
  });

  it('reads the training advice "never promise to keep a secret" as advice, a child made to promise as a risk', () => {
    expect(phrases("Peidiwch ag addo cadw cyfrinach i blentyn sy'n datgelu.").level).toBe('none');
    expect(phrases('Mae o wedi gwneud iddi addo cadw cyfrinach.').level).toBe('urgent');
  });

  it('reads knife skills and knife crime as a lesson, a knife carried as a weapon', () => {
    expect(phrases('Bl 6 yn dysgu sut i ddal y gyllell yn y gegin.').level).toBe('none');
    expect(phrases('Gwers ABCh ar pam mae pobl ifanc yn cario cyllyll.').level).toBe('none');
    expect(phrases("Mae o'n cario cyllell yn ei boced.").level).toBe('immediate');
  });
});

describe('session 7 (s7-C): weak signals that are everyday Welsh', () => {
  it('reads "rhag ofn" (just in case) as no one feared, and fear of someone as a weak signal to ask about', () => {
    const inCase = phrases('Jyst rhag ofn i rywun holi, mae bws Bl 7 yn gadael am bedwar.');
    expect(inCase.level).toBe('none');
    expect(inCase.ask).toBeUndefined();
    const afraid = phrases('Mae ganddi ofn rhywun yn y tŷ.');
    expect(afraid.ask).toBe(true);
  });

  it('reads knives out in a food lesson as a lesson, a knife brought to school as a weapon', () => {
    const lesson = phrases('TGAU Bwyd Bl 11: cyllyll miniog allan heddiw.');
    expect(lesson.level).toBe('none');
    expect(lesson.ask).toBeUndefined();
    expect(phrases("Mae o wedi dod â chyllell i'r ysgol yn ei fag.").level).toBe('immediate');
  });
});

describe('session 7 (s7-C): idioms, and injuries explained and resolved', () => {
  it('keeps its idioms short, so no disclosure sitting near the everyday words is read as figurative', () => {
    expect(phrases("Mae o'n ei dyrnu hi fel bag dyrnu.").level).toBe('urgent');
    expect(phrases('Ar ôl clywed y newyddion, nath dad ei hysgwyd hi.').level).toBe('urgent');
    expect(phrases('Gwaed ym mhobman, a llewygodd hi.').level).toBe('immediate');
    expect(phrases("Ar ôl y wers nath o gario cyllell i'r iard.").level).toBe('immediate');
    expect(phrases('Mae pobl ifanc yn cario cyllyll wrth y giât nawr.').level).toBe('immediate');
    expect(phrases("Mae o wedi colli ei ddant ar ôl i'w dad ei daro.").level).toBe('urgent');
    expect(phrases("Mae hi'n methu torri'r addewid i gadw cyfrinach ei hewythr.").level).toBe('urgent');
    expect(phrases("Neb wedi gweld ei llystad yn ei tharo ond mae hi'n dweud ei fod o.").level).toBe('urgent');
  });

  it('reads "wanting to die" over a pile of reports as an idiom, and said of a child as suicidal talk', () => {
    expect(phrases("Dw i isio marw, mae 'na 28 o adroddiadau ar ôl.").level).toBe('none');
    expect(phrases("Mae o'n dweud bod o isio marw.").level).toBe('urgent');
  });

  it('reads a faint at a needle as ordinary, and a faint with not eating as an eating concern', () => {
    expect(phrases('Pigiad ffliw heddiw, un wedi llewygu wrth weld y nodwydd.').level).toBe('none');
    expect(phrases("Mae hi'n llewygu yn aml ac yn gwrthod bwyta.").level).toBe('urgent');
  });

  it('reads the blood of a milk tooth or a nosebleed as ordinary, a wound still bleeding as immediate', () => {
    expect(phrases('Dant cyntaf hogan fach Derbyn wedi dod allan, gwaed dros bob man ond hapus iawn.').level).toBe(
      'none',
    );
    expect(phrases('Gwaed dros bob man ar ôl gwaedlif trwyn.').level).toBe('none');
    expect(phrases("Gwaed ym mhobman ond dio'n ddim byd.").level).toBe('none');
    expect(phrases("Gwaedlif trwyn ers awr a mae'n dal i waedu, gwaed ym mhobman.").level).toBe('immediate');
  });

  it('lowers bleeding that stopped, a lost group found again and a dizzy spell that passed to a concern', () => {
    expect(phrases('Torrodd ei ben-glin ar y buarth, gwaedu lot ond stopio efo pwysau.').level).toBe('concern');
    expect(
      phrases("Taith gerdded Bl 9: grŵp 3 ar goll am awr ond naethon nhw ffeindio'u ffordd nôl i'r llwybr.").level,
    ).toBe('concern');
    expect(phrases("Dau'n benysgafn yn y neuadd, pawb yn iawn erbyn amser cinio.").level).toBe('concern');
    expect(phrases("Mae hi'n gwaedu lot ac mae'n dal i waedu.").level).toBe('immediate');
    expect(phrases('Grŵp 3 ar goll ers awr ar y mynydd.').level).toBe('urgent');
    // Only forms whose negation reads differently: not found, not stopped, not fine stay at their level.
    expect(phrases('Mae hi ar goll ers neithiwr a dydyn ni ddim wedi dod o hyd iddi.').level).toBe('urgent');
    expect(phrases("Mae hi'n gwaedu lot a dydy o ddim yn stopio efo pwysau.").level).toBe('immediate');
    expect(phrases('Cafodd hi ei churo gan ei thad. Doedd hi ddim yn iawn wedyn.').level).toBe('urgent');
    // "Has not stopped" and "not better" are now: not a negation of the self-harm, not the past "wedi stopio" marks.
    expect(phrases('Dydy hi ddim wedi stopio torri ei hun.').level).toBe('urgent');
    expect(phrases("Mae hi'n torri ei hun a dydy hi ddim wedi gwella.").level).toBe('urgent');
    expect(phrases("Roedd hi'n torri ei hun ym mlwyddyn 8 ond mae hi wedi stopio.").level).toBe('concern');
  });
});

describe('session 7 (s7-E): Welsh sport words, and the adults at home a sport never explains', () => {
  it('reads violence in a Welsh game or sport as play, and the same blow from an adult at home as urgent', () => {
    expect(phrases('Cafodd o ei daro yn ei wyneb mewn gêm rygbi yn erbyn Llanelli.').level).toBe('none');
    expect(phrases('Mae hi wedi ei chicio yn y wers karate neithiwr.').level).toBe('none');
    expect(phrases("Wedi colli 5-1, cawson ni ein curo'n rhacs.").level).toBe('none');
    expect(phrases("Mae o'n ei daro fo bob nos.").level).toBe('urgent');
  });

  it('never lets a sport explain a blow when a parent, step-parent, partner or coach is named before it', () => {
    expect(phrases('ar ôl y gêm rygbi, nath ei llysdad ei churo hi').level).toBe('urgent');
    expect(phrases('Ar ôl y gêm bêl-droed nath cariad ei mam ei tharo hi.').level).toBe('urgent');
    expect(phrases('Mae ei thad yn ei churo hi yn y clwb bocsio.').level).toBe('urgent');
    expect(phrases('Nath yr hyfforddwr ei gicio fo yn yr ymarfer rygbi.').level).toBe('urgent');
  });
});

describe('session 7 (s7-E): things, animals and machines, and ordinary jobs for a knife', () => {
  it('reads a fence broken or a branch fallen in a storm as no one hurt, a girl cut as FGM, a child in the car park as danger', () => {
    expect(phrases("Mae'r wal gefn wedi cael ei thorri gan y gwynt.").level).toBe('none');
    expect(phrases("Cangen wedi syrthio ar y maes parcio bore 'ma.").level).toBe('none');
    expect(phrases('Mae hi wedi cael ei thorri yno yn yr haf.').level).toBe('urgent');
    expect(phrases("Mae'r plentyn bach yn rhedeg ar y maes parcio.").level).toBe('immediate');
  });

  it('reads a pet hit by a car or a kick from a horse as an accident, a blow from a parent as abuse', () => {
    expect(phrases('Cafodd ei chath ei tharo gan gar neithiwr.').level).toBe('none');
    expect(phrases('Nath y ceffyl ei chicio hi yn y goes yn y stabl.').level).toBe('none');
    expect(phrases('Cafodd hi ei tharo gan ei thad ar ôl iddo ddod adre yn y car.').level).toBe('urgent');
  });

  it('reads a knife to cut the bread or a rescue knife as no weapon, a knife carried or in a bag as one', () => {
    expect(phrases("Dewch â chyllell i dorri'r bara i'r picnic.").level).toBe('none');
    expect(phrases('Mae pob hyfforddwr yn cario cyllell achub ar y cwch.').level).toBe('none');
    expect(phrases('Mae ganddo fo gyllell yn ei fag.').level).toBe('immediate');
    expect(phrases("Mae o'n cario cyllell bob dydd.").level).toBe('immediate');
  });

  it('reads laughing fit to die, a machine that died and a faint at a birth as idioms, and means them otherwise', () => {
    expect(phrases('Roedd y dosbarth yn lladd eu hunain yn wherthin.').level).toBe('none');
    expect(phrases("Mae'r gliniadur newydd 'di lladd ei hun eto.").level).toBe('none');
    expect(phrases('Nain bron llewygu wrth weld y llo yn cael ei eni.').level).toBe('none');
    expect(phrases('Mae o isio lladd ei hun.').level).toBe('urgent');
    expect(phrases("Mae hi'n llewygu ac yn gwrthod bwyta.").level).toBe('urgent');
  });

  it('reads blood everywhere for a moment over a small graze as ordinary, blood that will not stop as immediate', () => {
    expect(phrases('Cwympodd o, gwaed ym mhobman am eiliad ond dim ond crafiad.').level).toBe('none');
    expect(phrases('Gwaed ym mhobman a dydy o ddim yn stopio.').level).toBe('immediate');
  });
});

describe('session 7 (s7-E): a Welsh what-if about no one in particular, and a child telling', () => {
  it('clears a what-if about an indefinite child, a severity signal too, never a real child in danger now', () => {
    expect(
      phrases("Ar y cwrs naethon ni ymarfer beth i'w wneud os yw plentyn yn anymwybodol a ddim yn anadlu.").level,
    ).toBe('none');
    expect(phrases('Be i neud os ydi rhywun yn anymwybodol ac efo gwefusau glas.').level).toBe('none');
    expect(phrases("Beth dw i'n ei wneud, dydy o ddim yn anadlu.").level).toBe('immediate');
    expect(phrases("Be ddylwn i neud os ydi o'n anymwybodol ar y llawr?").level).toBe('immediate');
  });

  it('lets no drama or story reach past a child telling', () => {
    expect(phrases("Yn y ddrama lle mae'r llystad yn ei churo hi, roedd pawb yn crio.").level).toBe('none');
    expect(phrases('Yn y wers ddrama, medde hi, mae ei llystad yn ei churo hi bob nos.').level).toBe('urgent');
    expect(phrases('Yn y stori lle ddudodd hi wrtha i bod ei llystad yn ei churo hi.').level).toBe('urgent');
  });
});

describe('session 7 (s7-E): Welsh risk the phrases missed', () => {
  it('reads an adult throwing things at mum, or mum with a bruise on her face, as domestic abuse', () => {
    expect(phrases("Medde fo, mae'i lystad yn lluchio platiau at ei fam.").level).toBe('urgent');
    expect(phrases('Roedd gan ei mam glais ar ei hwyneb bore ddoe.').level).toBe('urgent');
    expect(phrases('Mae dad yn taflu pêl at mam yn yr ardd.').level).toBe('none');
  });

  it('reads a hand held on the stove "to teach a lesson" as physical abuse, a hand burnt by accident as not', () => {
    expect(phrases('Nath ei thaid ddal ei llaw hi ar yr hob i ddysgu gwers iddi.').level).toBe('urgent');
    expect(phrases('Nes i roi fy llaw ar y stof, damwain.').level).toBe('none');
  });
});

describe('session 7 (s7-E): a story that hit its readers hard, and a gate broken in the wind', () => {
  it('reads the ending of a book hitting its readers as an idiom, a man hitting them as abuse', () => {
    expect(phrases("Ddaru diwedd y nofel eu hitio nhw'n galed.").level).toBe('none');
    expect(phrases("Ar y diwedd nath o eu hitio nhw'n galed.").level).toBe('urgent');
    expect(phrases("Nath ei dad eu hitio nhw'n galed.").level).toBe('urgent');
  });

  it('reads a gate broken by the wind a few words after it is named as no one cut', () => {
    expect(phrases("Ma giât y cae chwarae isaf 'di cael ei thorri gan y gwynt neithiwr.").level).toBe('none');
  });
});

describe('session 7 (s7-E): an evening talk on a topic', () => {
  it('clears a topic named at a discussion evening, never a child who says it of herself', () => {
    expect(phrases('Noson drafod am hunan-niweidio yn y clwb.').level).toBe('none');
    expect(phrases('Dywedodd hi ar ôl y noson drafod ei bod hi’n hunan-niweidio.').level).toBe('urgent');
    expect(phrases("Mae hi'n hunan-niweidio ers y noson drafod.").level).toBe('urgent');
  });
});

describe('session 9 (s9-D): a year group is a year group, never leetspeak', () => {
  it('splits Bl10, its mutations, Y10s and key stages into the year and its number, and keeps a form group whole', () => {
    expect(words('Bl10 Fl8 ym Ml10, Y10s, CA2 a 10B')).toBe('bl 10 fl 8 ym ml 10 y 10 ca 2 a 10b');
    expect(words('Bl 6 a bl.7')).toBe('bl 6 a bl 7');
  });

  it('reads a young child "Bl2" missing as it reads "Bl 2": immediate', () => {
    expect(phrases('Mae plentyn Bl 2 ar goll ers deg munud').level).toBe('immediate');
    expect(phrases('Mae plentyn Bl2 ar goll ers deg munud').level).toBe('immediate');
  });

  it('reads someone "o Bl11" who hit him after a game as the one who did it, as "o Bl 11"', () => {
    expect(phrases('Mae rhywun o Bl 11 wedi ei ddyrnu ar ôl y gêm rygbi').level).toBe('concern');
    expect(phrases('Mae rhywun o Bl11 wedi ei ddyrnu ar ôl y gêm rygbi').level).toBe('concern');
  });
});

describe('session 10: a young child left alone or not collected, read in Welsh as in English', () => {
  it('reads a young child on their own at home, or with no adult, as urgent', () => {
    expect(phrases('Mae Ll (3 oed) wedi cael ei adael ar ben ei hun yn y tŷ neithiwr').level).toBe('urgent');
    expect(phrases("Mam wedi mynd allan a gadael fi a'r babi yn y tŷ tan y bore").level).toBe('urgent');
    expect(phrases('Babi mewn pram tu allan i’r siop ers awr, neb efo fo').level).toBe('urgent');
  });

  it('reads a child not collected, or a young child still there, with nobody answering as immediate', () => {
    expect(phrases("Ma hi'n 6:15 a does neb wedi dod i nôl A (Derbyn). Dim ateb ar ffôn mam na dad").level).toBe(
      'immediate',
    );
    expect(phrases('Dydi T (4 oed) heb gael ei gasglu, a does neb yn ateb y ffôn').level).toBe('immediate');
    expect(phrases("Ma'n 6:10 a ma D (4 oed) dal 'ma. Dim ateb ar ffôn mam ers 4").level).toBe('immediate');
  });

  it('leaves a baby asleep in its cot, a late parent in touch, a meeting and uncollected bins alone', () => {
    expect(phrases("Mae'r babi yn cysgu ar ei ben ei hun yn ei grud rŵan").level).toBe('none');
    expect(phrases('Mae dad yn hwyr yn nôl S ond mae o wedi ffonio i ddeud').level).toBe('none');
    expect(phrases('Dal yma yn y cyfarfod tan 5, dim ateb gan y swyddfa am y gwaith papur').level).toBe('none');
    expect(phrases('Roedd y plant bach yn chwarae ar eu pennau eu hunain yn y gornel ddarllen').level).toBe('none');
    expect(phrases('Ymweliad cartref: dim ateb i’r drws, biniau heb eu casglu ers wythnos').level).not.toBe(
      'immediate',
    );
  });
});

describe('session 10: Welsh medical emergencies read as in English', () => {
  it('reads a severe allergic reaction and someone else’s tablets swallowed as immediate', () => {
    expect(phrases("Adwaith alergaidd i gnau, ei gwefusau'n chwyddo a methu anadlu").level).toBe('immediate');
    expect(phrases('Bl.6 wedi cael pigiad gwenyn, alergedd, EpiPen wedi rhoi, dal methu anadlu').level).toBe(
      'immediate',
    );
    expect(phrases('Mae o wedi cymryd tabledi ei nain ar y bws').level).toBe('immediate');
    expect(phrases('Bwytodd hi dabledi ei mam').level).toBe('immediate');
  });

  it('leaves an allergy with no reaction, a plan to take tablets and her own inhaler tablets below immediate', () => {
    expect(phrases("Mae ganddo alergedd i gnau ond mae o'n iawn, dim adwaith heddiw").level).toBe('none');
    expect(phrases("Mae hi'n cymryd ei thabledi asthma bob bore efo'i brecwast").level).toBe('none');
    expect(phrases('Mae ganddi gynllun i gymryd tabledi ei mam wythnos nesa').level).not.toBe('immediate');
  });
});

describe('session 11 (s11-W): Welsh misses by kind — waking without clothes, alcohol given to a baby', () => {
  it('reads a young person who woke without her clothes as sexual abuse at urgent', () => {
    const woke = phrases('Dihunodd hi mewn parti heb ei dillad, dim cof ar ôl dau ddiod.');
    expect(woke.level).toBe('urgent');
    expect(woke.indicators).toContain('sexual-abuse');
    expect(phrases('Nes i ddeffro yn ei gar o am 3 y bore heb fy nhrowsus.').level).toBe('urgent');
  });

  it('reads alcohol given to a baby or a young child as neglect at urgent', () => {
    const baby = phrases("Mae mam yn rhoi bach o wisgi yn y llaeth i'r babi er mwyn iddo gysgu.");
    expect(baby.level).toBe('urgent');
    expect(baby.indicators).toContain('neglect');
    expect(phrases('Rhoddodd ei lystad fodca i’r plentyn bach neithiwr.').level).toBe('urgent');
  });

  it('leaves waking early, a baby’s bottle of milk and wine given to grown-ups alone', () => {
    expect(compareLevels(phrases('Deffrodd hi heb larwm a dod i’r ysgol heb ei chot.').level, 'urgent')).toBeLessThan(
      0,
    );
    expect(phrases('Rhoi potel o laeth i’r babi cyn y daith.').level).toBe('none');
    expect(phrases('Mam yn rhoi gwin i’r athrawon ar ddiwedd y tymor.').level).toBe('none');
  });
});

describe('session 13 (s13-W): a Welsh overdose already taken is immediate, as in English', () => {
  it('reads a load, a handful or a whole packet of tablets taken, north and south, as immediate', () => {
    const south = phrases("N 'di cymryd llwyth o dabledi nos Sadwrn, ma' hi'n edrych yn felyn rownd ei llyged heddi.");
    expect(south.level).toBe('immediate');
    expect(south.indicators).toContain('immediate-danger');
    expect(phrases("Nath hi gymryd llwyth o bils neithiwr a mae hi'n chwydu bore 'ma").level).toBe('immediate');
    expect(phrases('Mae hi wedi cymryd pecyn cyfan o baracetamol dros y penwythnos').level).toBe('immediate');
    expect(phrases('Cymrodd hi llwyth o dabledi nos Sadwrn, dydi hi ddim yn deffro').level).toBe('immediate');
    expect(phrases('Croten Bl10 wedi cymryd dwy stribed o co-codamol bore ma').level).toBe('immediate');
    expect(phrases('Mae hi wedi llyncu "y paced i gyd" o paracetamol amser cinio').level).toBe('immediate');
  });

  it('leaves prescribed tablets, a load of work, a taking denied or not yet done below urgent', () => {
    const below = (text: string) => expect(compareLevels(phrases(text).level, 'urgent')).toBeLessThan(0);
    below("Mae hi'n cymryd tabledi at ei hasthma");
    below("Mae hi'n cymryd llwyth o dabledi at ei hepilepsi bob dydd");
    below('Mae e wedi cymryd llwyth o waith adre dros y penwythnos');
    below('Wnaeth hi ddim cymryd llwyth o dabledi, dim ond un');
    below('Mae hi wedi cymryd ei thabledi i gyd heddiw fel y dylai');
  });
});

describe('session 13 (s13-W): "heb ddod nôl" (has not come back) is missing when a time or a place follows', () => {
  it('reads a child or a parent who has not come back since a time, or from a place, as missing', () => {
    const child = phrases("Mab fi heb ddod nôl o'r dre neithiwr, dim ateb ar ei ffôn");
    expect(child.level).toBe('urgent');
    expect(child.indicators).toContain('missing');
    expect(phrases('G (B10, LAC) heb ddod nôl i’r cartre gofal ers neithiwr').level).toBe('urgent');
    expect(phrases('Aeth hi allan nos Wener a heb ddod nôl').level).toBe('urgent');
  });

  it('leaves forms, books and clothes that have not come back alone', () => {
    const below = (text: string) => expect(compareLevels(phrases(text).level, 'urgent')).toBeLessThan(0);
    below("Ffurflenni caniatâd: ma chwech heb ddod nôl 'to");
    below('Dillad sbâr wedi mynd adre a heb ddod nôl');
    below('Y llyfrau darllen heb ddod nôl ers pythefnos');
  });
});

describe('session 13 (s13-W): a laugh right after an exclaimed wish to die is joking; "dim jôc" is earnest', () => {
  const english = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'en-GB');

  it('reads a joking cue in the sentence after an exclaimed wish to die as joking talk: a concern, not urgent', () => {
    const shout = phrases("Merch 15 yn gweiddi 'dwi isho MARW!!!' wedyn chwerthin am 10 munud efo'i mêts.");
    expect(shout.level).toBe('concern');
    expect(shout.indicators).toContain('suicidal-ideation');
    expect(phrases("'Syr dwi isho marw, tri darn o waith cartref!' Pawb yn chwerthin, hithau hefyd.").level).toBe(
      'concern',
    );
    expect(phrases('Dwi isio marw lol, ddim o ddifri').level).toBe('concern');
    expect(english("Y6 boy: 'everyone would be better off without me!' Then a big grin and 'JOKE'.").level).toBe(
      'concern',
    );
  });

  it('reads a wish to die said in earnest, laughed at, or with a laugh after a plain full stop as urgent', () => {
    expect(phrases("B yn deud 'dwi isio lladd fy hun' ar y bws adra, dim jôc").level).toBe('urgent');
    expect(phrases("Hogan Bl 8: 'dwi isio marw, go iawn tro 'ma, dim jocian'.").level).toBe('urgent');
    expect(phrases("Mae hi'n dweud ei bod hi eisiau marw! Ddim yn jocan.").level).toBe('urgent');
    expect(phrases('Mae hi eisiau marw! Roedd y lleill yn chwerthin ar ei phen hi.').level).toBe('urgent');
    expect(phrases('Mae hi eisiau marw. Chwerthin wedyn.').level).toBe('urgent');
    expect(english('I want to die, no joke').level).toBe('urgent');
    expect(english('She said she wants to die! The others were laughing at her.').level).toBe('urgent');
  });
});

describe('session 13 (s13-W): northern "disgyn" (to fall) is an accident, as "cwympo" and "syrthio" are', () => {
  it('reads scrapes from a fall off a bike, north and south, below urgent, and the same scrapes with no fall as urgent', () => {
    const below = (text: string) => expect(compareLevels(phrases(text).level, 'urgent')).toBeLessThan(0);
    below('Disgynnodd hi oddi ar ei beic a chael crafiadau ar ei breichiau');
    below('Nath hi gwmpo oddi ar ei beic a chael crafiadau ar ei breichiau');
    expect(phrases('Mae ganddi grafiadau ar ei breichiau').level).toBe('urgent');
    expect(phrases('Nath o ddisgyn oddi ar ei sgwter a cael clais ar ei fraich').level).toBe('none');
  });
});

describe('session 13 (s13-W): a thing named inside a missing phrase is what went missing ("o" is "of")', () => {
  it('reads cutlery that disappeared as no missing child, and a child who disappeared as missing', () => {
    expect(phrases("Dros 30 o gyllyll a ffyrc wedi diflannu o'r neuadd fach wythnos yma!").level).toBe('none');
    expect(phrases("Mae o wedi diflannu o'r tŷ ers neithiwr").level).toBe('urgent');
    expect(phrases("Mae hi wedi diflannu efo'i ffôn ers neithiwr").level).toBe('urgent');
  });
});

describe('session 13 (s13-W): a child found within minutes is a concern, not a missing episode', () => {
  it('lowers a child lost on a trip and found within ten minutes to concern', () => {
    const found = phrases(
      "Aeth D Bl 5 ar goll o'i grŵp wrth y stondinau, ffeindio fo o fewn deg munud wrth y fan hufen iâ.",
    );
    expect(found.level).toBe('concern');
    expect(found.indicators).toContain('missing');
  });

  it('still reads a child found the next morning, or not found after ten minutes, as missing', () => {
    const nextDay = 'Bl 9 wedi mynd ar goll o’r cartref maeth nos Iau, ffeindio hi bore Sadwrn yng ngorsaf Caerdydd.';
    expect(phrases(nextDay).level).toBe('urgent');
    expect(phrases('Hogyn 3 oed ar goll ger yr afon, dim golwg ohono ar ôl deg munud').level).toBe('immediate');
  });
});

describe('session 13 (s13-W): a lesson named by its subject is a lesson, as in English', () => {
  it('reads suicide as a topic in Religious Studies, ethics or sociology as no alarm, south and north', () => {
    expect(phrases('Trafodaeth Bl 10 Astudiaethe Crefyddol: y gosb eithaf, hunanladdiad a chymorth.').level).toBe(
      'none',
    );
    expect(phrases('Bl 12 Cymdeithaseg heddiw: cyfraddau hunanladdiad ymysg dynion ifanc.').level).toBe('none');
  });

  it('still reads a child in that lesson who says she wants to kill herself as urgent', () => {
    expect(phrases('Yn y wers Astudiaethau Crefyddol dywedodd hi ei bod hi eisiau lladd ei hun').level).toBe('urgent');
  });
});

describe('session 13 (s13-W): a parent named before a colon is who reports it, not who did it', () => {
  it('lets an accident explain a cat hit by a car when the father who rang is named before the colon', () => {
    const cat = 'Tad wedi ffono: buodd y gath farw dros nos, wedi cael ei bwrw gan gar ar yr hewl fawr.';
    expect(phrases(cat).level).toBe('none');
  });

  it('still reads an adult at home named after the colon as the one who hit her', () => {
    expect(phrases('Mam wedi ffonio: cafodd hi ei bwrw gan ei thad ar ôl y gêm.').level).toBe('urgent');
    expect(phrases('Mam wedi ffonio: mae ei llystad wedi ei tharo hi ar ôl y gêm rygbi.').level).toBe('urgent');
    expect(
      assessTextWith(defaultCompiledLexicons(), 'Mum rang: his dad punched him after the football match.', 'en-GB')
        .level,
    ).toBe('urgent');
  });
});

describe('session 13 (s13-W): "bydd hi\'n fy lladd i os…" about a mishap is a figure of speech, as in English', () => {
  it('reads a parent who will "kill" a child for mud on new trousers or a lost coat as no alarm', () => {
    expect(
      phrases("Ma Mam yn gweud bydd hi'n fy LLADD i os fi'n dod gatre 'da mwd ar y trowsus newydd 'to").level,
    ).toBe('none');
    expect(phrases("Mae Mam yn mynd i'n lladd i os dwi'n colli cot arall").level).toBe('none');
  });

  it('still reads a threat about telling or about going home tonight as a threat', () => {
    expect(phrases("Mae ei llystad wedi dweud bydd e'n ei lladd hi os bydd hi'n dweud wrth unrhyw un").level).toBe(
      'urgent',
    );
    expect(phrases("Mae o'n deud bydd ei dad yn ei ladd o pan eith o adra heno").level).toBe('immediate');
  });
});

describe('session 13 (s13-W): Welsh names harmless objects with a weapon word, as English does', () => {
  it('reads a butter knife, a water gun and a police officer’s gun in a child’s story as no weapon', () => {
    expect(phrases('Mae ganddo fe gyllell fenyn yn ei fag').level).toBe('none');
    expect(phrases('Roedd ganddo fe wn dŵr yn yr iard').level).toBe('none');
    expect(phrases('"Dwi isho bod yn heddwas efo gwn a dal y dynion drwg".').level).toBe('none');
  });

  it('still reads a knife in a bag as a weapon', () => {
    expect(phrases('Mae ganddo fe gyllell yn ei fag').level).toBe('immediate');
  });
});
