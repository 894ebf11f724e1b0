import { checkServiceDirectory } from '../../../src/signposting/checkServiceDirectory';
import { phoneDigits, type Contact, type Service } from '../../../src/signposting/directorySchema';
import { loadServiceDirectory } from '../../../src/files/serviceDirectory';
import { NEEDS } from '../../../src/signposting/needs';

const services = loadServiceDirectory().services;
const byId = (id: string): Service => {
  const found = services.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id} in the shipped directory`);
  return found;
};
const phones = (s: Service): string[] =>
  s.contacts.flatMap((c) => (c.phone !== undefined ? [phoneDigits(c.phone)] : []));
const texts = (s: Service): string[] =>
  s.contacts.flatMap((c) => (c.text !== undefined ? [`${c.keyword ?? ''}@${phoneDigits(c.text)}`] : []));
const isLocal = (s: Service): boolean => s.scope !== 'national';

describe('the shipped service directory', () => {
  it('passes the checker with no problems', () => {
    expect(checkServiceDirectory({ services }, new Date()).problems).toEqual([]);
  });

  it.each([
    ['childline', ['08001111'], [], true],
    ['samaritans', ['116123'], [], true],
    ['samaritans-welsh-line', ['08081640123'], [], false],
    ['papyrus-hopeline247', ['08000684141'], [], true],
    ['nspcc-helpline', ['08088005000'], [], false],
    ['nhs-111-mental-health', ['111'], [], true],
    ['youngminds-parents-helpline', ['08088025544'], ['YM@85258'], false],
    ['the-mix', ['08088084994'], ['THEMIX@85258'], false],
    ['beat', ['08088010677', '08088010433'], [], false],
    ['winstons-wish', ['08088020021'], ['@07418341800', 'WW@85258'], false],
    ['meic', ['08088023456'], ['@84001'], false],
    ['shout', [], ['SHOUT@85258'], true],
  ])('has %s with the numbers of the brief', (id, expectedPhones, expectedTexts, alwaysOpen) => {
    const s = byId(id);
    expect(phones(s)).toEqual(expectedPhones);
    expect(texts(s)).toEqual(expectedTexts);
    expect(s.openingHours?.alwaysOpen === true).toBe(alwaysOpen);
  });

  it('has the online services of the brief', () => {
    expect(byId('kooth').contacts[0]?.url).toBe('https://www.kooth.com');
    expect(byId('report-remove').contacts[0]?.url).toBe('https://www.childline.org.uk/remove');
    expect(byId('ceop').remit?.doesNotTake.map((x) => x['en-GB'])).toEqual(
      expect.arrayContaining(['Bullying', 'Fake accounts', 'Hacking']),
    );
  });

  it('keeps the hours the brief gives: NSPCC phone, Meic and the Samaritans Welsh line', () => {
    expect(byId('nspcc-helpline').openingHours?.sessions).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '22:00' },
      { days: ['sat', 'sun'], opens: '09:00', closes: '18:00' },
    ]);
    expect(byId('meic').openingHours?.sessions).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '08:00', closes: '24:00' },
    ]);
    expect(byId('samaritans-welsh-line').openingHours?.sessions).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '19:00', closes: '23:00' },
    ]);
  });

  it.each([
    ['samaritans-welsh-line', undefined],
    ['papyrus-hopeline247', 1],
    ['youngminds-parents-helpline', 0],
    ['the-mix', 0],
    ['beat', 0],
    ['winstons-wish', 0],
    ['childline', 1],
  ])('marks what the brief flags (verify) in %s', (id, contactIndex) => {
    const s = byId(id);
    if (contactIndex === undefined) expect(s.verify?.length).toBeGreaterThan(0);
    else expect((s.contacts[contactIndex] as Contact).verify).toBeDefined();
  });

  it('does not offer PAPYRUS text numbers the brief could not confirm', () => {
    expect(texts(byId('papyrus-hopeline247'))).toEqual([]);
    expect(byId('papyrus-hopeline247').verify?.join(' ')).toMatch(/07860 039967/);
  });

  it('marks Wales-only services and England-only ones', () => {
    expect(byId('meic').country).toBe('wales');
    expect(byId('samaritans-welsh-line').country).toBe('wales');
    expect(byId('exampleshire-family-hub').country).toBe('england');
    expect(byId('meic').languages).toContain('cy');
  });

  it('gives every entry Welsh text, so a Welsh conversation never shows English names', () => {
    const missing = services.filter((s) => s.name.cy === undefined || s.description.cy === undefined).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it('has the example local area of the brief, clearly fictional', () => {
    const local = services.filter(isLocal);
    const ids = local.map((s) => s.id);
    for (const id of [
      'exampleshire-school-counsellor',
      'exampleshire-mhst',
      'exampleshire-elsa',
      'exampleshire-school-nurse',
      'exampleshire-early-help-hub',
      'exampleshire-family-hub',
      'exampleshire-educational-psychology',
      'exampleshire-senco',
      'exampleshire-camhs-spa',
      'exampleshire-youth-service',
      'exampleshire-emergency-duty-team',
      'exampleshire-young-carers',
      'exampleshire-young-peoples-drug-alcohol',
    ])
      expect(ids).toContain(id);
    for (const s of local) {
      for (const c of s.contacts) {
        // Ofcom's drama ranges: 01632 960000-960999 and 07700 900000-900999.
        if (c.phone !== undefined) expect(phoneDigits(c.phone)).toMatch(/^01632960\d{3}$/);
        if (c.text !== undefined) expect(phoneDigits(c.text)).toMatch(/^07700900\d{3}$/);
        if (c.url !== undefined) expect(new URL(c.url).hostname).toMatch(/\.example\.org$/);
        if (c.email !== undefined) expect(c.email).toMatch(/@[a-z.]*example\.org$/);
      }
      expect(s.serviceAreas).toEqual(['Exampleshire']);
    }
  });

  it('gives the CAMHS/CYPMHS single point of access its remit from the brief', () => {
    const camhs = byId('exampleshire-camhs-spa');
    expect(camhs.specialistMentalHealth).toBe(true);
    expect(camhs.remit?.takes?.map((x) => x['en-GB']).join(' ')).toMatch(/OCD.*PTSD.*Psychosis.*Eating disorders/s);
    expect(camhs.remit?.doesNotTake.map((x) => x['en-GB'])).toEqual(
      expect.arrayContaining([
        'Normal grief',
        'Parenting difficulties',
        'Learning assessments',
        'Mild or short-lived problems',
      ]),
    );
    expect(camhs.remit?.instead?.length).toBeGreaterThan(0);
    expect(camhs.typicalWait?.days).toBeGreaterThan(0);
  });

  it('gives every specialist service interim support, and every need at least one early (non-specialist) option', () => {
    for (const s of services.filter((x) => x.tier === 'specialist'))
      expect(s.interimSupport?.length).toBeGreaterThan(0);
    for (const need of NEEDS)
      expect(services.some((s) => s.tier !== 'specialist' && s.needs.includes(need))).toBe(true);
  });

  it('has only https web addresses and unique ids', () => {
    for (const s of services)
      for (const c of s.contacts) if (c.url !== undefined) expect(c.url.startsWith('https://')).toBe(true);
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
  });
});
