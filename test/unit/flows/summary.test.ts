import { buildSummaryCard } from '../../../src/channel/cards/summaryCard';
import {
  assessLevelOfNeed,
  buildSummary,
  chooseNextSteps,
  chooseRoute,
  chooseReflectiveQuestions,
  suggestsEarlyHelpAssessment,
  withAdditionalRisk,
  type TriageSignals,
} from '../../../src/flows/summary';
import { assessAnswer } from '../../../src/risk';
import type { RiskAssessment, RiskLevel } from '../../../src/risk/types';
import { realFlow, T0 } from './support/conversation';
import { strictTranslate } from './support/translate';

/** A child with no additional need, as the level-of-need rules see it. */
const QUIET: TriageSignals = {
  needCount: 0,
  educationDisrupted: false,
  missingEducation: false,
  deteriorating: false,
  deteriorationKnown: true,
  disclosure: false,
  fgmKnown: false,
  fgmAtRisk: false,
  imagesShared: false,
  missingNow: false,
  suicideRisk: false,
  adultWorkingWithChildren: false,
  abuseOrNeglectSuspected: false,
  possibleAbuseNeglect: false,
  unsureAbuseNeglect: false,
  diagnosisMentioned: false,
  agencies: [],
  childWordsRecorded: true,
  waitingForSpecialist: false,
};

const signals = (changes: Partial<TriageSignals>): TriageSignals => ({ ...QUIET, ...changes });

describe('the indicative level of need (continuum: 1 universal, 2 early help, 3 child in need, 4 child protection)', () => {
  const cases: Array<{
    name: string;
    signals: Partial<TriageSignals>;
    risk: RiskLevel;
    level: number;
    reasons: string[];
  }> = [
    { name: 'no need and no risk', signals: {}, risk: 'none', level: 1, reasons: ['universal'] },
    { name: 'one emerging need', signals: { needCount: 1 }, risk: 'none', level: 2, reasons: ['emergingNeed'] },
    { name: 'a concern-level risk answer alone', signals: {}, risk: 'concern', level: 2, reasons: ['concernRisk'] },
    {
      name: 'education disrupted alone',
      signals: { educationDisrupted: true },
      risk: 'none',
      level: 2,
      reasons: ['educationDisrupted'],
    },
    {
      name: 'getting worse alone',
      signals: { deteriorating: true },
      risk: 'none',
      level: 2,
      reasons: ['deteriorating'],
    },
    {
      name: 'one need with education disrupted',
      signals: { needCount: 1, educationDisrupted: true },
      risk: 'none',
      level: 2,
      reasons: ['emergingNeed', 'educationDisrupted'],
    },
    {
      name: 'several needs with education disrupted',
      signals: { needCount: 2, educationDisrupted: true },
      risk: 'none',
      level: 3,
      reasons: ['severalNeedsEducation'],
    },
    {
      name: 'several needs getting worse',
      signals: { needCount: 3, deteriorating: true },
      risk: 'none',
      level: 3,
      reasons: ['severalNeedsWorse'],
    },
    {
      name: 'one need, education disrupted and getting worse',
      signals: { needCount: 1, educationDisrupted: true, deteriorating: true },
      risk: 'concern',
      level: 3,
      reasons: ['needEducationWorse'],
    },
    {
      name: 'a child missing education',
      signals: { missingEducation: true, educationDisrupted: true },
      risk: 'concern',
      level: 3,
      reasons: ['missingEducation'],
    },
    {
      name: 'a worry that abuse or neglect lies behind the behaviour',
      signals: { needCount: 1, possibleAbuseNeglect: true },
      risk: 'none',
      level: 3,
      reasons: ['possibleAbuseNeglect'],
    },
    {
      name: 'being unsure about abuse or neglect (talk it through, no raised level)',
      signals: { needCount: 1, unsureAbuseNeglect: true },
      risk: 'none',
      level: 2,
      reasons: ['emergingNeed'],
    },
    { name: 'an urgent risk', signals: { needCount: 1 }, risk: 'urgent', level: 4, reasons: ['urgentRisk'] },
    { name: 'immediate danger', signals: {}, risk: 'immediate', level: 4, reasons: ['immediateDanger'] },
    {
      name: 'a disclosure of harm with an urgent risk',
      signals: { disclosure: true },
      risk: 'urgent',
      level: 4,
      reasons: ['urgentRisk', 'disclosure'],
    },
    {
      name: 'a disclosure recorded whatever the risk level',
      signals: { disclosure: true },
      risk: 'concern',
      level: 4,
      reasons: ['disclosure'],
    },
  ];

  it.each(cases)('$name → level $level ($reasons)', ({ signals: changes, risk, level, reasons }) => {
    const result = assessLevelOfNeed(signals(changes), risk);
    expect(result).toEqual({
      level,
      reasons,
      labelKey: `triage:levels.${level}`,
      reasonKeys: reasons.map((reason) => `triage:levelReasons.${reason}`),
    });
  });
});

describe('the next steps for this person today', () => {
  const cases: Array<{
    name: string;
    signals: Partial<TriageSignals>;
    risk: RiskLevel;
    wales?: boolean;
    steps: string[];
  }> = [
    {
      name: 'immediate danger: 999 first, and the DSL decides about parents',
      signals: {},
      risk: 'immediate',
      steps: ['call999', 'dutyAlerted', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'an urgent risk: the duty worker, and the DSL now, in person',
      signals: { needCount: 1 },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'known FGM: report it to the police yourself (101)',
      signals: { fgmKnown: true },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'fgmReport101', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'FGM risk only: the DSL, not 101',
      signals: { fgmAtRisk: true },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'fgmAtRisk', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'a child missing now: the missing-child procedure',
      signals: { missingNow: true },
      risk: 'immediate',
      steps: ['call999', 'dutyAlerted', 'missingNow', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'an adult who works with children: the headteacher and the LADO',
      signals: { adultWorkingWithChildren: true, disclosure: true },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'adultConcern', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'a suicide plan without abuse: crisis routes, not a child protection referral',
      signals: { suicideRisk: true, needCount: 1 },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'suicideCrisis', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'nude images: do not view, copy, forward or delete',
      signals: { imagesShared: true },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'imagesDoNotView', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'neglect at home with parents unaware: never "talk to the parents"',
      signals: { needCount: 1, abuseOrNeglectSuspected: true, consent: 'not-aware' },
      risk: 'concern',
      steps: ['tellDslToday', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'a child missing education with parents unaware: the DSL decides',
      signals: { needCount: 1, missingEducation: true, educationDisrupted: true, consent: 'not-aware' },
      risk: 'concern',
      steps: ['tellDslToday', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'a concern: tell the DSL today',
      signals: { needCount: 1 },
      risk: 'concern',
      steps: ['tellDslToday', 'recordFacts', 'signposting'],
    },
    {
      name: 'level 3 without a risk answer: tell the DSL today',
      signals: { needCount: 2, educationDisrupted: true },
      risk: 'none',
      steps: ['tellDslToday', 'earlyHelpAssessment', 'recordFacts', 'signposting'],
    },
    {
      name: 'one emerging need: share with the DSL',
      signals: { needCount: 1 },
      risk: 'none',
      steps: ['shareWithDsl', 'recordFacts', 'signposting'],
    },
    {
      name: 'nothing additional: everyday support',
      signals: {},
      risk: 'none',
      steps: ['shareWithDsl', 'universalSupport', 'recordFacts', 'signposting'],
    },
    {
      name: 'another agency in Wales: early help assessment (Families First)',
      signals: { needCount: 1, agencies: ['gp'] },
      risk: 'none',
      wales: true,
      steps: ['shareWithDsl', 'earlyHelpAssessmentWales', 'recordFacts', 'signposting'],
    },
    {
      name: 'early help with parents unaware: seek their agreement',
      signals: { needCount: 2, consent: 'not-aware' },
      risk: 'none',
      steps: ['shareWithDsl', 'earlyHelpAssessment', 'seekConsent', 'recordFacts', 'signposting'],
    },
    {
      name: 'a disclosure without consent: the DSL decides whether, when and by whom parents are told',
      signals: { disclosure: true, consent: 'aware-no-consent' },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'parentsDslDecides', 'recordFacts', 'signposting'],
    },
    {
      name: 'telling parents may increase risk: do not tell them',
      signals: { needCount: 2, consent: 'may-increase-risk' },
      risk: 'urgent',
      steps: ['dutyAlerted', 'tellDslNow', 'doNotTellParents', 'recordFacts', 'signposting'],
    },
    {
      name: 'a worry about abuse or neglect: talk it through',
      signals: { needCount: 1, possibleAbuseNeglect: true },
      risk: 'none',
      steps: ['tellDslToday', 'discussAbuseNeglect', 'recordFacts', 'signposting'],
    },
  ];

  it.each(cases)('$name', ({ signals: changes, risk, wales, steps }) => {
    const all = signals(changes);
    expect(chooseNextSteps(all, risk, assessLevelOfNeed(all, risk).level, wales === true)).toEqual(steps);
  });

  it('suggests an Early Help assessment for more than one need or another agency, but not for child protection', () => {
    expect(suggestsEarlyHelpAssessment(signals({ needCount: 2 }), 3)).toBe(true);
    expect(suggestsEarlyHelpAssessment(signals({ needCount: 1, agencies: ['camhs'] }), 2)).toBe(true);
    expect(suggestsEarlyHelpAssessment(signals({ needCount: 1 }), 2)).toBe(false);
    expect(suggestsEarlyHelpAssessment(signals({ needCount: 3 }), 4)).toBe(false);
  });
});

describe('the route staff are shown instead of a statutory level (issue 20, point 12)', () => {
  const cases: Array<{ name: string; signals: Partial<TriageSignals>; risk: RiskLevel; route: string }> = [
    { name: 'danger now', signals: {}, risk: 'immediate', route: 'call999' },
    { name: 'a child missing now', signals: { missingNow: true }, risk: 'immediate', route: 'call999' },
    { name: 'an urgent risk', signals: { needCount: 1 }, risk: 'urgent', route: 'dslInPerson' },
    {
      name: 'a disclosure of neglect (risk only "concern")',
      signals: { disclosure: true, abuseOrNeglectSuspected: true },
      risk: 'concern',
      route: 'dslInPerson',
    },
    {
      name: 'several needs with education disrupted',
      signals: { needCount: 2, educationDisrupted: true },
      risk: 'none',
      route: 'dslToday',
    },
    { name: 'one emerging need', signals: { needCount: 1 }, risk: 'none', route: 'earlyHelp' },
    { name: 'nothing additional', signals: {}, risk: 'none', route: 'everyday' },
  ];
  it.each(cases)('$name → $route', ({ signals: changes, risk, route }) => {
    const all = signals(changes);
    expect(chooseRoute(all, risk, assessLevelOfNeed(all, risk).level)).toBe(route);
  });

  it('never shows "child in need", "child protection" or "risk: none" to staff, in English or Welsh', () => {
    const triage = realFlow('triage');
    const summary = buildSummary(
      triage,
      'triage',
      { path: ['harmDisclosure'], startedAt: T0.toISOString(), answers: { harmDisclosure: ['neglect'] } },
      T0,
    );
    expect(summary).toMatchObject({ route: 'dslInPerson', routeKey: 'triage:routes.dslInPerson' });
    for (const locale of ['en-GB', 'cy'] as const) {
      const card = JSON.stringify(
        buildSummaryCard(summary, { t: strictTranslate(locale), surface: 'webchat', locale }),
      );
      expect(card).not.toMatch(
        /Child in need|Child protection|none indicated|Plentyn mewn angen|Amddiffyn plant|dim wedi'i nodi/i,
      );
      expect(card).toContain(strictTranslate(locale)('triage:routes.dslInPerson'));
    }
  });
});

describe('reflective questions chosen for the case', () => {
  it('does not ask "could this be abuse or neglect?" after abuse was reported, nor "is it getting worse?" after they said it is (point 16)', () => {
    expect(
      chooseReflectiveQuestions(signals({ disclosure: true, deteriorating: true, deteriorationKnown: true })),
    ).not.toEqual(expect.arrayContaining(['abuseOrNeglect']));
    expect(chooseReflectiveQuestions(signals({ deteriorating: true, deteriorationKnown: true }))).not.toContain(
      'gettingWorse',
    );
  });

  it('always asks whether this could be abuse or neglect, first', () => {
    expect(chooseReflectiveQuestions(QUIET)).toEqual(['abuseOrNeglect', 'whoElseKnows', 'factsOrAssumptions']);
  });

  it('adds the questions each part of the case calls for, most important first, at most five', () => {
    expect(
      chooseReflectiveQuestions(
        signals({
          diagnosisMentioned: true,
          deteriorationKnown: false,
          educationDisrupted: true,
          agencies: ['camhs'],
          waitingForSpecialist: true,
          childWordsRecorded: false,
        }),
      ),
    ).toEqual(['abuseOrNeglect', 'diagnosticOvershadowing', 'gettingWorse', 'educationProtection', 'interimSupport']);
    expect(
      chooseReflectiveQuestions(
        signals({ deteriorationKnown: false, childWordsRecorded: false, agencies: ['school-nurse'] }),
      ),
    ).toEqual(['abuseOrNeglect', 'gettingWorse', 'childsVoice', 'factsOrAssumptions']);
  });
});

describe('building the summary from answers', () => {
  const triage = realFlow('triage');
  const path = [
    'immediateDanger',
    'role',
    'childReference',
    'age',
    'area',
    'needs',
    'noticed',
    'deterioration',
    'education',
    'selfHarm',
    'exploitation',
    'involved',
    'consent',
  ];

  it('reads age, year group, nation and needs, and adds needs implied by the risk answers for signposting', () => {
    const summary = buildSummary(
      triage,
      'triage',
      {
        path,
        startedAt: T0.toISOString(),
        answers: {
          immediateDanger: 'no',
          role: 'pastoral',
          childReference: 'K.L.',
          age: 'reception',
          area: 'wales',
          needs: ['sleep', 'other'],
          noticed: 'Tired.',
          deterioration: 'same',
          education: ['none'],
          selfHarm: 'past',
          exploitation: ['online'],
          involved: ['none'],
          consent: 'not-aware',
        },
      },
      T0,
    );
    expect(summary).toMatchObject({
      yearGroup: 0,
      ageRange: { min: 4, max: 5 },
      nation: 'wales',
      wales: true,
      needs: ['sleep'],
      signpostingNeeds: ['sleep', 'self-harm', 'online-harm'],
    });
    expect(summary.signals.needCount).toBe(2);
    expect(summary.riskLevel).toBe('urgent');
    expect(summary.riskIndicators).toEqual(expect.arrayContaining(['online-harm', 'self-harm']));
    expect(summary.levelOfNeed.level).toBe(4);
    // Online harm ticked: images advice; parents are the DSL's decision, not the teacher's (issue 20, points 4 and 6).
    expect(summary.nextSteps).toEqual(expect.arrayContaining(['imagesDoNotView', 'parentsDslDecides']));
    expect(summary.nextSteps).not.toContain('seekConsent');
    expect(summary.preparedAt).toBe(T0.toISOString());
  });

  it('counts support already in place in school as support, not as another agency (issue 20, point 15)', () => {
    const answers = {
      immediateDanger: 'no',
      needs: ['sleep'],
      noticed: 'Tired.',
      involved: ['school-support'],
      consent: 'not-aware',
    };
    const summary = buildSummary(triage, 'triage', { path, startedAt: T0.toISOString(), answers }, T0);
    expect(summary.signals.agencies).toEqual([]);
    expect(summary.sections.context.find((item) => item.nodeId === 'involved')?.answer).toEqual({
      kind: 'choices',
      values: ['school-support'],
      labelKeys: ['triage:q.involved.choices.school-support'],
    });
    const withCamhs = buildSummary(
      triage,
      'triage',
      { path, startedAt: T0.toISOString(), answers: { ...answers, involved: ['school-support', 'camhs-waiting'] } },
      T0,
    );
    expect(withCamhs.signals.agencies).toEqual(['camhs-waiting']);
    expect(withCamhs.signals.waitingForSpecialist).toBe(true);
  });

  it('raises the level and next steps when the glue adds a higher risk from typed text', () => {
    const summary = buildSummary(
      triage,
      'triage',
      { path: ['needs'], startedAt: T0.toISOString(), answers: { needs: ['sleep'] } },
      T0,
    );
    expect(summary.levelOfNeed.level).toBe(2);
    const fromText: RiskAssessment = {
      level: 'urgent',
      indicators: ['suicidal-ideation'],
      matches: [],
      reasons: ['said they want to die'],
    };
    const raised = withAdditionalRisk(summary, [fromText]);
    expect(raised).toMatchObject({
      riskLevel: 'urgent',
      riskIndicators: ['suicidal-ideation'],
      levelOfNeed: { level: 4, reasons: ['urgentRisk'] },
    });
    expect(raised.nextSteps.slice(0, 2)).toEqual(['dutyAlerted', 'tellDslNow']);
    expect(withAdditionalRisk(raised, [{ level: 'concern', indicators: [], matches: [], reasons: [] }]).riskLevel).toBe(
      'urgent',
    );
  });
});

describe('the words of the next steps a DSL would say (issue 20, points 4, 6, 7, 8, 9, 10)', () => {
  const say = (locale: 'en-GB' | 'cy', step: string) => strictTranslate(locale)(`triage:nextSteps.${step}`);

  it('never sends the member of staff to the parents: the DSL decides whether, when and by whom', () => {
    expect(say('en-GB', 'parentsDslDecides')).toBe('Your DSL decides whether, when and by whom parents are told.');
    for (const locale of ['en-GB', 'cy'] as const)
      for (const step of ['seekConsent', 'doNotTellParents', 'parentsDslDecides'])
        expect(say(locale, step)).not.toMatch(/talk to the parents|siaradwch â'r rhieni/);
  });

  it('FGM known: report to the police as soon as possible, with no "end of the next working day" deadline; at risk: the DSL', () => {
    expect(say('en-GB', 'fgmReport101')).toMatch(/as soon as possible.*101/);
    expect(say('cy', 'fgmReport101')).toMatch(/cyn gynted â phosibl.*101/);
    for (const locale of ['en-GB', 'cy'] as const)
      expect(`${say(locale, 'fgmReport101')} ${say(locale, 'fgmAtRisk')}`).not.toMatch(
        /next working day|diwrnod gwaith nesaf/,
      );
  });

  it('suicide risk: crisis routes, do not leave the child alone, parents normally told today unless that raises the risk', () => {
    expect(say('en-GB', 'suicideCrisis')).toMatch(
      /do not leave the child alone.*NHS 111 option 2.*crisis team.*A&E.*normally told today, unless that would raise the risk/,
    );
    expect(say('cy', 'suicideCrisis')).toMatch(/peidiwch â gadael y plentyn.*111 opsiwn 2/);
  });

  it('images: do not view, copy, forward or delete, and do not ask the child to show them; a child missing now: the procedure, parents, police, 999', () => {
    expect(say('en-GB', 'imagesDoNotView')).toMatch(
      /do not view, copy, forward or delete.*do not ask the child to show them.*Tell your DSL now/,
    );
    expect(say('en-GB', 'missingNow')).toMatch(/missing-child procedure.*parents or carers and the police.*call 999/);
    expect(say('cy', 'missingNow')).toMatch(/gweithdrefn plentyn ar goll.*heddlu.*999/);
  });

  it('records what was said, not an assumption: no "joking", no "happening or just happened" without a time', () => {
    expect(assessAnswer('suicidalThoughts', 'passive').reasons[0]).not.toMatch(/joking/i);
    expect(assessAnswer('suicidalThoughts', 'attempt').reasons[0]).not.toMatch(/happening|just happened/);
    expect(assessAnswer('suicidalThoughts', 'passive', 'cy').reasons[0]).not.toMatch(/gellweirus/);
    expect(assessAnswer('attemptWhen', 'now').reasons[0]).toMatch(/now or in the last few hours/);
  });
});

describe('"(in Wales, your DSP)" is not said to someone who said England (issue 20, point 17)', () => {
  it.each([
    ['england', false],
    ['wales', true],
  ] as const)('%s', (area, mentionsDsp) => {
    const triage = realFlow('triage');
    const summary = buildSummary(
      triage,
      'triage',
      { path: ['area', 'needs'], startedAt: T0.toISOString(), answers: { area, needs: ['sleep', 'behaviour'] } },
      T0,
    );
    for (const locale of ['en-GB', 'cy'] as const) {
      const words = summary.nextStepKeys.map((key) => strictTranslate(locale)(key)).join(' ');
      // Welsh names the PDD for every reader (the agreed term, issue 21); English adds "(in Wales, your DSP)" only in
      // Wales.
      if (locale === 'cy') expect(words).not.toMatch(/\bDSL\b/);
      else expect(/in Wales, your DSP/.test(words)).toBe(mentionsDsp);
    }
  });
});
