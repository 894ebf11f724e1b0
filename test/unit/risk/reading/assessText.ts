import {
  assessText,
  assessTextWith,
  RISK_LEVELS,
  type RiskAssessment,
  type RiskIndicator,
  type RiskLevel,
} from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

// These tests are about the phrase reading and its contexts; learnedReader.ts covers the
// learned reader, which can only raise what the phrases give.
const en = (text: string): RiskAssessment => assessTextWith(defaultCompiledLexicons(), text, 'en-GB');
const cy = (text: string): RiskAssessment => assessTextWith(defaultCompiledLexicons(), text, 'cy');

function expectLevel(assessment: RiskAssessment, level: RiskLevel, indicator?: RiskIndicator): void {
  expect(assessment.level).toBe(level);
  if (indicator) expect(assessment.indicators).toContain(indicator);
}

describe('assessText', () => {
  describe('negation and denial are scoped to the phrase they govern', () => {
    it.each([
      'No signs of self-harm',
      'She denies thoughts of suicide',
      'He denies any suicidal thoughts and says he feels safe at home',
      'Suicidal ideation: denied. Self-harm: none.',
      'Thoughts of suicide? No.',
      'Asked directly about self-harm, she said no',
      "I don't want to die, I just want the bullying to stop",
      'He has never self-harmed',
      'There is no suggestion of any sexual abuse',
    ])('assesses "%s" as no risk', (text) => {
      expectLevel(en(text), 'none');
    });

    it('does not carry a negation past "but" into the next clause', () => {
      expectLevel(en('No self-harm, but she told me she wants to die'), 'urgent', 'suicidal-ideation');
    });

    it('does not carry a negation past a new subject ("no one knows she cuts herself")', () => {
      expectLevel(en('No one knows she cuts herself'), 'urgent', 'self-harm');
    });

    it('keeps a reported purge a concern when the child then "denies it"', () => {
      expectLevel(en('Friends saw her make herself sick after lunch; she denies it.'), 'concern', 'eating-disorder');
    });

    it('does not treat "no longer" as a denial of what follows', () => {
      expectLevel(en('She no longer wants to live'), 'urgent', 'suicidal-ideation');
    });
  });

  describe('resolved history is a concern, not urgent', () => {
    it.each([
      ['self-harmed in year 7, nothing since', 'self-harm'],
      ['She self-harmed in Year 7. Nothing since.', 'self-harm'],
      ['He used to self harm when he was in primary school', 'self-harm'],
      ['attempted suicide two years ago, doing well now', 'suicidal-ideation'],
    ] as const)('assesses "%s" as concern', (text, indicator) => {
      expectLevel(en(text), 'concern', indicator);
    });

    it('stays urgent when the same sentence says it has started again', () => {
      expectLevel(en('She used to self-harm but has started again'), 'urgent', 'self-harm');
    });

    it('says in the reason that the level was lowered because it is in the past', () => {
      expect(en('self-harmed in year 7, nothing since').reasons[0]).toContain('described as in the past');
    });
  });

  describe('curriculum talk and general questions', () => {
    it.each([
      'We have a PSHE lesson on suicide next week',
      'How do I talk to my class about self-harm?',
      'Romeo and Juliet both kill themselves at the end of the play',
      'Our assembly today was about county lines and knife crime',
    ])('assesses "%s" as no risk', (text) => {
      expectLevel(en(text), 'none');
    });

    it('still hears a child who speaks about herself in a lesson', () => {
      expectLevel(en('In PSHE she said she wants to die'), 'urgent', 'suicidal-ideation');
    });
  });

  describe('idioms', () => {
    it.each([
      'This homework is killing me',
      "I'm dying of embarrassment",
      "Mum's gonna kill me",
      'I could murder a pizza',
      'my feet are killing me',
      "I'd die for a day off",
    ])('assesses "%s" as no risk', (text) => {
      expectLevel(en(text), 'none');
    });

    it('reads a threat that silences the child as a threat, even though it holds an idiom', () => {
      expectLevel(en('Mum said she will kill me if I tell anyone'), 'urgent', 'physical-abuse');
    });
  });

  describe('third parties', () => {
    it('records a relative’s suicide as a concern with no suicidal-ideation indicator for the child', () => {
      const assessment = en('Her grandad died by suicide last year');
      expectLevel(assessment, 'concern');
      expect(assessment.indicators).not.toContain('suicidal-ideation');
    });

    it('records a friend’s self-harm as a concern', () => {
      const assessment = en('Her best friend has been self-harming');
      expectLevel(assessment, 'concern');
      expect(assessment.reasons[0]).toContain("about someone else in the child's life");
    });

    it('reads "kys" aimed at someone else as bullying, not risk to the speaker', () => {
      const assessment = en('Someone commented kys under his video');
      expectLevel(assessment, 'concern');
      expect(assessment.indicators).not.toContain('suicidal-ideation');
    });

    it('does not lower abuse by someone else towards the child', () => {
      expectLevel(en('His dad hits him with a belt'), 'urgent', 'physical-abuse');
    });

    it('reads a parent’s drinking as part of the child’s home life', () => {
      expectLevel(en('Mum drinks a lot and forgets to pick her up'), 'concern', 'substance-misuse');
    });
  });

  describe('slang and the words young people use', () => {
    it.each([
      ['honestly kms', 'suicidal-ideation'],
      ['i want to unalive myself', 'suicidal-ideation'],
      ['thinking about sewerslide again', 'suicidal-ideation'],
      ['i just want to end it all', 'suicidal-ideation'],
      ['i just want to not be here anymore', 'suicidal-ideation'],
      ['i did sh again last night', 'self-harm'],
      ['i relapsed', 'self-harm'],
      ['she has a barcode on her thigh', 'self-harm'],
      ["he's going country with the olders", 'exploitation'],
      ['he went OT for a week', 'exploitation'],
      ['county lines', 'exploitation'],
      ['a boy is asking her for nudes', 'online-harm'],
      ["he's being sextorted", 'online-harm'],
      ['she has an ana coach', 'eating-disorder'],
    ] as const)('assesses "%s" as urgent', (text, indicator) => {
      expectLevel(en(text), 'urgent', indicator);
    });

    it.each(['she follows pro-ana accounts', 'ana and mia tips', 'he looks at thinspo all the time'])(
      'assesses "%s" as a concern about eating',
      (text) => {
        expectLevel(en(text), 'concern', 'eating-disorder');
      },
    );
  });

  describe('spelling as typed', () => {
    it.each([
      'i want to dieeeee',
      "i'm sooooo done with life",
      'she doesnt want to live',
      'i dont want to be alive',
      'k1ll mys3lf',
      'su1cide',
      'KILL MYSELF',
      'kiiiill myyyyself',
      'ki\u200bll mys\u200belf',
      'k i l l myself',
      'i w4nt t0 d13',
      'suicde thoughts',
    ])('reads "%s" as suicidal ideation', (text) => {
      expectLevel(en(text), 'urgent', 'suicidal-ideation');
    });
  });

  describe('reported speech and the child’s quoted words', () => {
    it.each([
      `She said 'I want to die'`,
      'He wrote "I want to kill myself" on his maths book',
      'She texted: “i dont want to be here anymore”',
    ])('hears "%s"', (text) => {
      expectLevel(en(text), 'urgent', 'suicidal-ideation');
    });
  });

  describe('several indicators in one message', () => {
    it('names each indicator once, most severe first', () => {
      const assessment = en("He's got a knife in his bag, says his dad hits him and he's been cutting himself");
      expect(assessment.level).toBe('immediate');
      expect(assessment.indicators[0]).toBe('immediate-danger');
      expect(assessment.indicators).toEqual(expect.arrayContaining(['physical-abuse', 'self-harm']));
      expect(new Set(assessment.indicators).size).toBe(assessment.indicators.length);
    });
  });

  describe('danger now', () => {
    it('raises intent with a time of now to immediate, with the immediate-danger indicator', () => {
      const assessment = en("I'm going to kill myself tonight");
      expectLevel(assessment, 'immediate', 'immediate-danger');
      expect(assessment.reasons.some((reason) => reason.includes('may be happening now'))).toBe(true);
    });

    it('keeps a plan without a time of now urgent', () => {
      expectLevel(en('She has a plan to take an overdose on her birthday'), 'urgent', 'suicidal-ideation');
    });

    it('raises FGM travel that is days away to immediate', () => {
      expectLevel(en('Her flight to Somalia is tomorrow and she is going to be cut'), 'immediate', 'fgm');
      expectLevel(en('She is going to be cut'), 'urgent', 'fgm');
    });

    it('treats "not safe to go home tonight" as immediate', () => {
      expectLevel(en('She is not safe to go home tonight'), 'immediate', 'immediate-danger');
    });

    it('treats a friend’s overdose at the weekend as the child’s contextual risk, not a 999 call', () => {
      expectLevel(en('Her best friend took an overdose at the weekend'), 'concern');
    });
  });

  describe('the case chatbots famously missed', () => {
    it('assesses "I\'m being forced to have sex and I\'m only 12" as urgent sexual abuse', () => {
      expectLevel(en("I'm being forced to have sex and I'm only 12"), 'urgent', 'sexual-abuse');
    });
  });

  describe('reasons', () => {
    it('gives a short sentence with the words that triggered it', () => {
      expect(en("She says she doesn't want to be here anymore").reasons).toEqual([
        'Mentions thoughts of suicide ("doesn\'t want to be here anymore")',
      ]);
    });

    it('gives Welsh reasons for what the Welsh lexicon found', () => {
      expect(cy("Mae hi'n dweud ei bod hi eisiau marw").reasons[0]).toMatch(
        /^Yn dweud eu bod eisiau marw \("eisiau marw"\)$/,
      );
    });
  });

  describe('Welsh, and Welsh mixed with English', () => {
    it.each([
      ["mae hi'n dweud ei bod hi eisiau marw", 'suicidal-ideation'],
      ['Mae hi wedi bod yn hunan-niweidio eto', 'self-harm'],
      ['Mae ganddo feddyliau hunanladdol', 'suicidal-ideation'],
      ["mae e'n ofn mynd adref", 'abuse-disclosure'],
      ['Mae hi wedi datgelu cam-drin', 'abuse-disclosure'],
      ['Fe wnaeth e fy ngorfodi i gael rhyw', 'sexual-abuse'],
      ['Mae hi eisiau lladd ei hun', 'suicidal-ideation'],
    ] as const)('assesses "%s" as urgent (mutated forms included)', (text, indicator) => {
      expectLevel(cy(text), 'urgent', indicator);
    });

    it('reads Welsh text when the conversation is in English, and English when it is in Welsh', () => {
      expectLevel(en("mae hi'n dweud ei bod hi eisiau marw"), 'urgent', 'suicidal-ideation');
      expectLevel(cy('she said she wants to kill herself'), 'urgent', 'suicidal-ideation');
    });

    it.each([
      ["mae hi'n dweud she wants to die", 'suicidal-ideation'],
      ["He said 'dw i eisiau lladd fy hun'", 'suicidal-ideation'],
      ['Mae hi’n self harmio eto', 'self-harm'],
    ] as const)('reads the mixed message "%s"', (text, indicator) => {
      expectLevel(cy(text), 'urgent', indicator);
    });

    it.each([
      'Does dim arwyddion o hunan-niweidio',
      'Mae hi’n gwadu unrhyw feddyliau hunanladdol',
      "Mae'r gwaith cartref yma'n fy lladd i",
      'Mae gennym wers ABCh ar hunanladdiad',
      'Mae fy ffôn ar goll',
    ])('assesses the Welsh "%s" as no risk', (text) => {
      expectLevel(cy(text), 'none');
    });

    it('records a Welsh relative’s suicide as a concern', () => {
      expectLevel(cy('Lladdodd ei thad-cu ei hun y llynedd'), 'concern');
    });
  });

  describe('matches point into the original text', () => {
    it.each([
      'she said "I want to die" 😢',
      '<p>She <b>doesn&#39;t</b> want to live</p>',
      '  k1ll   mys3lf  ',
      'ki\u200bll mys\u200belf now',
      "mae hi'n dweud ei bod hi eisiau marw",
      'ＫＩＬＬ ＭＹＳＥＬＦ',
      '𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟 and she said sooooo done with life',
    ])('offsets of every match in "%s" give back its text', (text) => {
      const assessment = en(text);
      expect(assessment.matches.length).toBeGreaterThan(0);
      for (const match of assessment.matches) {
        expect(text.slice(match.start, match.end)).toBe(match.text);
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.end).toBeLessThanOrEqual(text.length);
      }
    });

    it('spans exactly the words that triggered, as written', () => {
      const text = 'Yesterday she told me: “I just wanna dieee”. Then she laughed.';
      const match = en(text).matches.find((m) => m.indicator === 'suicidal-ideation');
      expect(match?.text).toBe('just wanna dieee');
      expect(match?.rule).toBe('en-GB:suicide.wish-to-die');
    });
  });

  describe('bad input', () => {
    const hostile: Array<[string, string]> = [
      ['empty', ''],
      ['whitespace', ' \n\t  \r\n '],
      ['100 KB of text', 'the quick brown fox jumps over the lazy dog '.repeat(2400)],
      ['emoji', '😀😂🤣💀🔪🩸👩‍👩‍👧‍👦🏳️‍🌈'.repeat(200)],
      ['zero-width characters only', '\u200b\u200c\u200d\ufeff'.repeat(500)],
      ['HTML', '<div class="x"><script>alert(1)</script><p>hello &amp; welcome</p></div>'],
      ['other scripts', 'Я хочу умереть 我想死 أريد أن أموت मैं मरना चाहता हूँ'],
      ['lone surrogates and control characters', '\ud800 \udfff \u0000\u0001\u0007 kill\u0000 myself'],
      ['one 100 KB word', 'k'.repeat(100_000)],
      ['100 KB of near-matches', 'i want to kil my self but not really no '.repeat(2600)],
    ];

    // Its time is measured by bench/risk.ts (worst hostile input), not asserted here: a loaded machine is no failure.
    it.each(hostile)('returns a bounded result for %s', (_name, text) => {
      const assessment = en(text);
      expect(RISK_LEVELS).toContain(assessment.level);
      expect(Array.isArray(assessment.matches)).toBe(true);
      expect(assessment.matches.length).toBeLessThanOrEqual(100);
      expect(assessment.reasons.length).toBeLessThanOrEqual(12);
    });

    it('still finds a disclosure hidden among control characters', () => {
      expectLevel(en('\u0000\u0001 kill\u0000 myself'), 'urgent', 'suicidal-ideation');
    });

    it('returns no risk for a value that is not a string (a JavaScript caller)', () => {
      expect(assessText(undefined as unknown as string, 'en-GB').level).toBe('none');
    });

    it('gives a fresh result object each time, so a caller cannot change another’s', () => {
      const first = en('');
      first.indicators.push('self-harm');
      expect(en('').indicators).toEqual([]);
    });
  });
});
