import type { Day, Service } from '../../../src/signposting/directorySchema';
import { loadServiceDirectory } from '../../../src/files/serviceDirectory';
import { createMatcher, type SignpostingQuery, type SignpostingResult } from '../../../src/signposting/matcher';
import type { LevelOfNeed, Need } from '../../../src/signposting/needs';
import { directory, service } from './helpers';

const en = (text: string) => ({ 'en-GB': text, cy: `${text} (cy)` });
const interim = [en('Keep a key adult checking in')];
const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const OFFICE = { sessions: [{ days: WEEKDAYS, opens: '09:00', closes: '17:00' }] };
const EVENINGS_AND_NIGHTS = {
  sessions: [
    { days: WEEKDAYS, opens: '17:00', closes: '24:00' },
    { days: WEEKDAYS, opens: '00:00', closes: '09:00' },
  ],
};

const fixture = directory(
  service({
    id: 'school-counsellor',
    tier: 'school',
    scope: 'school',
    contacts: [],
    needs: ['anxiety-low-mood', 'bereavement'],
    levels: [1, 2, 3],
    eligibility: { minimumAge: 9, maximumAge: 18, audience: ['young-person'] },
  }),
  service({
    id: 'elsa',
    tier: 'school',
    scope: 'school',
    contacts: [],
    needs: ['anxiety-low-mood', 'behaviour'],
    levels: [1, 2],
    eligibility: { minimumAge: 4, maximumAge: 16, audience: ['professional'] },
  }),
  service({
    id: 'family-hub',
    scope: 'local',
    country: 'england',
    serviceAreas: ['Exampleshire'],
    needs: ['family-support', 'behaviour'],
    levels: [1, 2],
  }),
  service({
    id: 'families-first',
    scope: 'local',
    country: 'wales',
    serviceAreas: ['Exampleshire'],
    needs: ['family-support', 'behaviour'],
    levels: [2, 3],
    languages: ['cy', 'en'],
  }),
  service({
    id: 'kooth',
    needs: ['anxiety-low-mood', 'eating'],
    levels: [1, 2, 3],
    eligibility: { minimumAge: 10, maximumAge: 25, audience: ['young-person'] },
  }),
  service({
    id: 'beat',
    needs: ['eating'],
    contacts: [
      { phone: '0808 801 0677', country: 'england' },
      { phone: '0808 801 0433', country: 'wales' },
      { url: 'https://www.example.org/beat' },
    ],
  }),
  service({
    id: 'camhs',
    tier: 'specialist',
    scope: 'local',
    serviceAreas: ['Exampleshire'],
    specialistMentalHealth: true,
    needs: ['anxiety-low-mood', 'eating', 'self-harm'],
    levels: [2, 3, 4],
    eligibility: { minimumAge: 0, maximumAge: 17, audience: ['young-person', 'parent-carer', 'professional'] },
    interimSupport: interim,
    typicalWait: { days: 126 },
    remit: {
      takes: [en('Eating disorders')],
      doesNotTake: [en('Normal grief')],
      instead: [en('Grief: bereavement services')],
    },
  }),
  service({
    id: 'ep',
    tier: 'specialist',
    scope: 'local',
    needs: ['behaviour', 'neurodevelopmental'],
    levels: [2, 3],
    interimSupport: interim,
    typicalWait: { days: 84 },
  }),
  service({
    id: 'childline',
    crisis: true,
    openingHours: { alwaysOpen: true },
    needs: ['anxiety-low-mood', 'self-harm', 'suicidal-thoughts'],
    eligibility: { maximumAge: 18, audience: ['young-person'] },
  }),
  service({
    id: 'welsh-line',
    crisis: true,
    country: 'wales',
    languages: ['cy'],
    needs: ['suicidal-thoughts'],
    openingHours: {
      sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '19:00', closes: '23:00' }],
    },
  }),
  service({
    id: 'front-door',
    crisis: true,
    tier: 'specialist',
    scope: 'local',
    needs: [],
    levels: [3, 4],
    interimSupport: interim,
    openingHours: OFFICE,
  }),
  service({
    id: 'edt',
    crisis: true,
    tier: 'specialist',
    scope: 'local',
    needs: [],
    levels: [3, 4],
    interimSupport: interim,
    openingHours: EVENINGS_AND_NIGHTS,
  }),
  service({
    id: 'otherton-youth',
    scope: 'local',
    serviceAreas: ['Otherton'],
    needs: ['anxiety-low-mood'],
    levels: [1, 2],
  }),
  service({ id: 'closed-for-now', status: 'temporarily closed', needs: ['anxiety-low-mood'] }),
  service({ id: 'meic', country: 'wales', languages: ['cy', 'en'], needs: ['anxiety-low-mood'], levels: [1, 2, 3] }),
);
const matcher = createMatcher(fixture);

const WED_10 = new Date('2026-11-25T10:00:00Z');
const WED_20 = new Date('2026-11-25T20:00:00Z');
const SAT_03 = new Date('2026-11-28T03:00:00Z');

const ask = (q: Partial<SignpostingQuery> & { needs: readonly Need[] }): SignpostingResult =>
  matcher.match({ level: 2, now: WED_10, country: 'england', ...q });
const ids = (list: { service: Service }[]): string[] => list.map((s) => s.service.id);

describe('the matcher', () => {
  describe('suggests early help before specialist help, by needs, age, level and area', () => {
    it.each<[string, Need[], number | undefined, LevelOfNeed, string | undefined, string[]]>([
      [
        'anxiety, 12, early help',
        ['anxiety-low-mood'],
        12,
        2,
        undefined,
        ['school-counsellor', 'elsa', 'otherton-youth', 'kooth', 'childline', 'camhs'],
      ],
      [
        'anxiety, 12, early help, in Exampleshire',
        ['anxiety-low-mood'],
        12,
        2,
        'Exampleshire',
        ['school-counsellor', 'elsa', 'kooth', 'childline', 'camhs'],
      ],
      [
        'anxiety, 17 (too old for ELSA)',
        ['anxiety-low-mood'],
        17,
        2,
        'exampleshire',
        ['school-counsellor', 'kooth', 'childline', 'camhs'],
      ],
      [
        'anxiety, 8 (too young for the counsellor and Kooth)',
        ['anxiety-low-mood'],
        8,
        2,
        'Exampleshire',
        ['elsa', 'childline', 'camhs'],
      ],
      [
        'anxiety, 12, universal (no specialist)',
        ['anxiety-low-mood'],
        12,
        1,
        'Exampleshire',
        ['school-counsellor', 'elsa', 'kooth', 'childline'],
      ],
      [
        'anxiety, 12, child in need',
        ['anxiety-low-mood'],
        12,
        3,
        'Exampleshire',
        ['school-counsellor', 'kooth', 'childline', 'camhs'],
      ],
      [
        'anxiety, age unknown',
        ['anxiety-low-mood'],
        undefined,
        2,
        'Exampleshire',
        ['school-counsellor', 'elsa', 'kooth', 'childline', 'camhs'],
      ],
      ['eating, 14 (the focused service first)', ['eating'], 14, 2, undefined, ['beat', 'kooth', 'camhs']],
      ['eating, 19 (adult: no CAMHS)', ['eating'], 19, 2, undefined, ['beat', 'kooth']],
      ['behaviour, 7', ['behaviour'], 7, 2, undefined, ['elsa', 'family-hub', 'ep']],
      [
        'behaviour and anxiety, 12 (both needs first)',
        ['behaviour', 'anxiety-low-mood'],
        12,
        2,
        'Exampleshire',
        ['elsa', 'school-counsellor', 'family-hub', 'kooth', 'childline', 'ep', 'camhs'],
      ],
      ['bereavement, 12', ['bereavement'], 12, 2, undefined, ['school-counsellor']],
      ['a need no one meets', ['young-carer'], 12, 2, undefined, []],
    ])('%s', (_case, needs, age, level, area, expected) => {
      const result = ask({ needs, age, level, area });
      expect(ids(result.suggestions)).toEqual(expected);
      const tiers = result.suggestions.map((s) => ['school', 'community', 'specialist'].indexOf(s.tier));
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    });
  });

  it('never suggests a service that is not active', () => {
    expect(ids(ask({ needs: ['anxiety-low-mood'] }).suggestions)).not.toContain('closed-for-now');
  });

  it('caps the crisis lines but never drops a local route that answers now', () => {
    const result = ask({ needs: ['anxiety-low-mood'], now: WED_20, risk: 'urgent', maxCrisis: 1 });
    expect(ids(result.crisis)).toEqual(['childline', 'edt']);
  });

  it('limits each tier so one card stays readable, keeping the best matches', () => {
    expect(ids(ask({ needs: ['anxiety-low-mood'], age: 12, perTier: 1 }).suggestions)).toEqual([
      'school-counsellor',
      'otherton-youth',
      'camhs',
    ]);
  });

  describe('in Wales', () => {
    it('offers Wales-only services and hides England-only ones', () => {
      const result = ask({
        needs: ['family-support', 'anxiety-low-mood'],
        age: 12,
        country: 'wales',
        area: 'Exampleshire',
      });
      expect(ids(result.suggestions)).toContain('families-first');
      expect(ids(result.suggestions)).toContain('meic');
      expect(ids(result.suggestions)).not.toContain('family-hub');
      expect(result.suggestions.find((s) => s.service.id === 'meic')?.why).toContainEqual({ key: 'why.welshLanguage' });
    });

    it('hides Wales-only services in England', () => {
      const result = ask({
        needs: ['family-support', 'anxiety-low-mood'],
        age: 12,
        country: 'england',
        risk: 'urgent',
      });
      expect([...ids(result.suggestions), ...ids(result.crisis)]).not.toEqual(
        expect.arrayContaining(['families-first']),
      );
      expect(ids(result.suggestions)).not.toContain('meic');
      expect(ids(result.crisis)).not.toContain('welsh-line');
    });

    it('offers services of both countries when the country is not known', () => {
      expect(ids(ask({ needs: ['family-support'], country: undefined }).suggestions)).toEqual([
        'family-hub',
        'families-first',
      ]);
    });

    it('shows only the contacts for the user’s country', () => {
      const phones = (country: 'england' | 'wales') =>
        ask({ needs: ['eating'], country })
          .suggestions.find((s) => s.service.id === 'beat')
          ?.contacts.map((c) => c.phone ?? c.url);
      expect(phones('england')).toEqual(['0808 801 0677', 'https://www.example.org/beat']);
      expect(phones('wales')).toEqual(['0808 801 0433', 'https://www.example.org/beat']);
    });
  });

  describe('crisis lines', () => {
    it.each<[string, Date, 'england' | 'wales', number | undefined, boolean, string[]]>([
      [
        'in office hours, England: the local front door first',
        WED_10,
        'england',
        12,
        false,
        ['front-door', 'childline', 'edt'],
      ],
      [
        'out of hours, England: 24/7 lines first, then what is open',
        WED_20,
        'england',
        12,
        true,
        ['childline', 'edt', 'front-door'],
      ],
      ['at night at the weekend', SAT_03, 'england', 12, true, ['childline', 'front-door', 'edt']],
      [
        'out of hours, Wales: the Welsh line among those open now',
        WED_20,
        'wales',
        12,
        true,
        ['childline', 'welsh-line', 'edt', 'front-door'],
      ],
      ['in office hours, Wales', WED_10, 'wales', 12, false, ['front-door', 'childline', 'welsh-line', 'edt']],
      ['for a 20-year-old (too old for Childline)', WED_20, 'england', 20, true, ['edt', 'front-door']],
    ])('%s', (_case, now, country, age, outOfHours, expected) => {
      const result = ask({ needs: ['anxiety-low-mood'], age, now, country, risk: 'concern' });
      expect(result.outOfHours).toBe(outOfHours);
      expect(ids(result.crisis)).toEqual(expected);
    });

    it.each(['concern', 'urgent', 'immediate'] as const)(
      'are present whenever a risk was raised (%s), whatever the needs and level',
      (risk) => {
        const result = ask({ needs: ['bereavement'], level: 1, risk });
        expect(result.crisis.length).toBeGreaterThan(0);
        expect(ids(result.crisis)).toContain('childline');
      },
    );

    it('are not listed apart when no risk was raised', () => {
      const result = ask({ needs: ['anxiety-low-mood'], age: 12, risk: 'none' });
      expect(result.crisis).toEqual([]);
      expect(ids(result.suggestions)).toContain('childline');
    });

    it('are not listed twice', () => {
      const result = ask({ needs: ['anxiety-low-mood'], age: 12, risk: 'urgent' });
      expect(ids(result.suggestions)).not.toContain('childline');
    });

    it('say whether each is open now', () => {
      const result = ask({ needs: ['anxiety-low-mood'], now: WED_20, risk: 'urgent' });
      const why = Object.fromEntries(result.crisis.map((s) => [s.service.id, s.why[0]?.key]));
      expect(why).toEqual({
        childline: 'why.crisisAlwaysOpen',
        edt: 'why.crisisOpenNow',
        'front-door': 'why.crisisClosedNow',
      });
      expect(result.crisis.find((s) => s.service.id === 'edt')?.openNow).toBe(true);
    });
  });

  it('gives every specialist option its interim support and expected wait', () => {
    const result = ask({ needs: ['behaviour', 'anxiety-low-mood'], age: 12 });
    const specialist = result.suggestions.filter((s) => s.tier === 'specialist');
    expect(ids(specialist)).toEqual(['ep', 'camhs']);
    for (const s of specialist) expect(s.interimSupport).toEqual(interim);
    expect(specialist.map((s) => s.typicalWait?.days)).toEqual([84, 126]);
    for (const s of result.suggestions.filter((x) => x.tier !== 'specialist')) expect(s.interimSupport).toEqual([]);
  });

  it('says why each suggestion fits: the needs in the order asked, the ages, the area', () => {
    const result = ask({ needs: ['self-harm', 'eating'], age: 14, area: 'Exampleshire' });
    const camhs = result.suggestions.find((s) => s.service.id === 'camhs');
    expect(camhs?.why).toEqual([
      { key: 'why.meetsNeeds', terms: { needs: ['needs.self-harm', 'needs.eating'] } },
      { key: 'why.ageRange', params: { min: 0, max: 17 } },
      { key: 'why.localArea', params: { area: 'Exampleshire' } },
    ]);
    expect(camhs?.access.referral).toEqual(['self']);
  });

  describe('when a CAMHS/CYPMHS referral is considered', () => {
    it('explains what it takes, what it does not and what to do instead, in its own section', () => {
      const result = ask({ needs: ['eating'], age: 14, camhsConsidered: true });
      expect(ids(result.camhs?.services ?? [])).toEqual(['camhs']);
      expect(result.camhs?.services[0]?.service.remit?.doesNotTake).toEqual([en('Normal grief')]);
      expect(result.camhs?.services[0]?.interimSupport).toEqual(interim);
      expect(ids(result.suggestions)).toEqual(['beat', 'kooth']);
      expect(result.camhs?.fit.map((r) => r.key)).toEqual(['camhs.fit.mayBeInRemit', 'camhs.neverSubstitute']);
    });

    it.each<[Need[], LevelOfNeed, string[]]>([
      [['behaviour'], 2, ['camhs.fit.behaviour', 'camhs.neverSubstitute']],
      [['bereavement'], 2, ['camhs.fit.grief', 'camhs.neverSubstitute']],
      [['anxiety-low-mood'], 1, ['camhs.fit.mayBeInRemit', 'camhs.fit.mild', 'camhs.neverSubstitute']],
      [['substance-use', 'family-support'], 3, ['camhs.fit.substance', 'camhs.fit.parenting', 'camhs.neverSubstitute']],
      [['neurodevelopmental'], 2, ['camhs.fit.learning', 'camhs.neverSubstitute']],
    ])('says how %j at level %i sit against the usual remit', (needs, level, keys) => {
      expect(ask({ needs, level, age: 12, camhsConsidered: true }).camhs?.fit.map((r) => r.key)).toEqual(keys);
    });

    it('is absent when no such referral is considered', () => {
      expect(ask({ needs: ['eating'] }).camhs).toBeUndefined();
    });
  });

  describe('notices', () => {
    it.each<[Partial<SignpostingQuery>, string[]]>([
      [{ risk: 'immediate', now: WED_10 }, ['notices.emergency']],
      [{ risk: 'immediate', now: WED_20 }, ['notices.emergency', 'notices.outOfHours']],
      [{ risk: 'urgent', now: WED_20 }, ['notices.urgent', 'notices.outOfHours']],
      [{ risk: 'concern', now: WED_20 }, ['notices.concern']],
      [{ level: 4, now: WED_10 }, ['notices.childProtection']],
      [{ level: 4, now: SAT_03 }, ['notices.childProtection', 'notices.outOfHours']],
      [{ needs: ['anxiety-low-mood', 'young-carer'], level: 2 }, ['notices.earlyHelpAssessment']],
      [{ needs: ['anxiety-low-mood', 'young-carer'], level: 1 }, []],
      [{}, []],
    ])('%j gives %j', (query, keys) => {
      expect(ask({ needs: ['anxiety-low-mood'], ...query }).notices.map((n) => n.key)).toEqual(keys);
    });
  });
});

describe('the matcher on the shipped directory', () => {
  const shipped = createMatcher(loadServiceDirectory());

  it('puts Meic and the Samaritans Welsh line in front of a user in Wales, and no Family Hub or MHST', () => {
    const result = shipped.match({
      needs: ['anxiety-low-mood', 'family-support'],
      age: 13,
      level: 2,
      country: 'wales',
      now: new Date('2026-11-25T19:30:00Z'),
      risk: 'concern',
    });
    const all = [...ids(result.crisis), ...ids(result.suggestions)];
    expect(all).toEqual(expect.arrayContaining(['meic', 'samaritans-welsh-line']));
    expect(all).not.toEqual(expect.arrayContaining(['exampleshire-family-hub']));
    expect(all).not.toContain('exampleshire-mhst');
  });

  it('offers the Emergency Duty Team out of hours when a risk is raised', () => {
    const result = shipped.match({
      needs: ['self-harm'],
      age: 15,
      level: 3,
      country: 'england',
      now: SAT_03,
      risk: 'urgent',
    });
    expect(result.outOfHours).toBe(true);
    expect(
      ids(result.crisis)
        .slice(0, 2)
        .every((id) => result.crisis.find((s) => s.service.id === id)?.alwaysOpen),
    ).toBe(true);
    expect(ids(result.crisis)).toContain('exampleshire-emergency-duty-team');
    expect(ids(result.crisis)).not.toContain('exampleshire-front-door');
  });

  it('keeps the Emergency Duty Team among the crisis lines out of hours, even in Wales where the Welsh line is open too', () => {
    const result = shipped.match({
      needs: ['suicidal-thoughts'],
      age: 15,
      level: 3,
      country: 'wales',
      now: new Date('2026-11-25T20:00:00Z'),
      risk: 'urgent',
    });
    expect(ids(result.crisis)).toEqual(
      expect.arrayContaining(['samaritans-welsh-line', 'exampleshire-emergency-duty-team']),
    );
    expect(result.crisis.length).toBeGreaterThan(6);
  });

  it('answers "eating difficulties for a 12-year-old" with Beat before the general lines and the eating disorder service with its wait', () => {
    const result = shipped.match({ needs: ['eating'], age: 12, level: 2, country: 'england', now: WED_10 });
    const community = result.suggestions.filter((s) => s.tier === 'community').map((s) => s.service.id);
    expect(community[0]).toBe('beat');
    const eds = result.suggestions.find((s) => s.service.id === 'exampleshire-eating-disorders');
    expect(eds?.typicalWait?.days).toBe(28);
    expect(eds?.interimSupport.length).toBeGreaterThan(0);
  });
});
