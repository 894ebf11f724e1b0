import { readFileSync } from 'node:fs';
import { checkServiceDirectory } from '../../../src/signposting/checkServiceDirectory';
import { importOruk, orukRecords } from '../../../src/signposting/orukImport';
import { ORUK_SERVICE_EXAMPLE_PATH } from '../../support/schemas';

/** The official full ORUK v3.0 service example (OpenReferralUK/uk-profile examples/service_full.json). */
const example = JSON.parse(readFileSync(ORUK_SERVICE_EXAMPLE_PATH, 'utf8')) as Record<string, unknown>;
const TODAY = new Date('2026-11-25T12:00:00Z');

describe('importing Open Referral UK services', () => {
  const result = importOruk(example, { today: TODAY });
  const service = result.directory.services[0];

  it('converts the official example record into one service that passes the checker', () => {
    expect(result.directory.services).toHaveLength(1);
    const report = checkServiceDirectory(result.directory, TODAY);
    expect(report.problems).toEqual([]);
    // last_modified 2023-03-15 is more than 12 months before today: the checker says so.
    expect(report.warnings).toContainEqual(expect.stringMatching(/last reviewed 2023-03-15, more than 12 months ago/));
  });

  it('keeps what maps: id, name, organisation, description, status, ages, alert, locations', () => {
    expect(service).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: { 'en-GB': 'Community Counselling' },
      organization: { name: 'Example Organization Inc.', url: 'https://example.com/' },
      status: 'active',
      eligibility: { minimumAge: 12, maximumAge: 100 },
      alert: { 'en-GB': expect.stringMatching(/^Following COVID-19/) },
      locations: [{ name: 'MyCity Civic Center', address: '1-30 Main Street, MyCity', postcode: 'ABC 1234' }],
      lastReviewed: '2023-03-15',
    });
    expect(service?.description['en-GB']).toMatch(
      /^Counselling Services provided by trained professionals\..*circumstances\.$/,
    );
  });

  it('turns the weekly schedule into sessions and keeps its description as a note', () => {
    expect(service?.openingHours).toEqual({
      sessions: [{ days: ['thu', 'fri'], opens: '10:00', closes: '18:00' }],
      note: {
        'en-GB':
          'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.',
      },
    });
  });

  it('turns url and email into contacts, moving http to https with a warning', () => {
    expect(service?.contacts).toEqual([
      { url: 'https://example.com/counselling', kind: 'website' },
      { email: 'email@example.com' },
    ]);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /url http:\/\/example.com\/counselling uses http; changed to https:\/\/example.com\/counselling/,
      ),
    );
  });

  it('keeps the cost, which is not free', () => {
    expect(service?.cost).toEqual({
      free: false,
      description: { 'en-GB': 'Under 18s and Over 60s £35.00 per 1 hour session; fees_description' },
    });
  });

  it('infers needs from the description and says it did', () => {
    expect(service?.needs).toEqual(['anxiety-low-mood', 'eating']);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/needs inferred from keywords: anxiety-low-mood, eating; check them/),
    );
  });

  it('gives safe defaults for what ORUK lacks, each reported once as a warning', () => {
    expect(service).toMatchObject({
      levels: [1, 2],
      tier: 'community',
      scope: 'local',
      country: 'both',
      crisis: false,
      access: { referral: [] },
      languages: ['en'],
    });
    for (const what of ['scope', 'country', 'tier', 'levels of need', 'audience', 'referral routes', 'crisis'])
      expect(result.warnings.filter((w) => w.startsWith(`all records: ${what} `))).toHaveLength(1);
  });

  it('reports what does not map', () => {
    const unmapped = result.unmapped.join('\n');
    for (const field of [
      'accreditations',
      'assured_date',
      'assurer_email',
      'funding',
      'contacts[] names and job titles',
      'attributes',
      'schedules[0] valid_from',
    ])
      expect(unmapped).toContain(field);
  });

  it('uses today, with a warning, when a record has no last_modified', () => {
    const { last_modified: _dropped, ...withoutDate } = example;
    const imported = importOruk(withoutDate, { today: TODAY });
    expect(imported.directory.services[0]?.lastReviewed).toBe('2026-11-25');
    expect(imported.warnings).toContainEqual(
      expect.stringMatching(/no last_modified; lastReviewed set to today \(2026-11-25\)/),
    );
  });

  it('leaves needs empty, with a warning, when nothing is recognised', () => {
    const imported = importOruk(
      {
        id: 'x1',
        name: 'Allotments',
        status: 'active',
        description: 'Garden plots to rent.',
        url: 'https://allotments.example.org',
      },
      { today: TODAY },
    );
    expect(imported.directory.services[0]?.needs).toEqual([]);
    expect(imported.warnings).toContainEqual(expect.stringMatching(/no needs recognised; needs left empty/));
    expect(checkServiceDirectory(imported.directory, TODAY).problems).toEqual([]);
  });

  it('reads one record, an array, or a paginated /services body', () => {
    const second = { ...example, id: 'bd148810-d857-441c-9679-408f346de14b', name: 'Second service' };
    expect(orukRecords(example)).toHaveLength(1);
    expect(orukRecords([example, second])).toHaveLength(2);
    const page = {
      total_items: 2,
      total_pages: 1,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [example, second],
    };
    expect(importOruk(page, { today: TODAY }).directory.services.map((s) => s.name['en-GB'])).toEqual([
      'Community Counselling',
      'Second service',
    ]);
  });

  it('honours the country and scope it is told', () => {
    const imported = importOruk(example, { today: TODAY, country: 'wales', scope: 'national' });
    expect(imported.directory.services[0]).toMatchObject({ country: 'wales', scope: 'national' });
    expect(imported.warnings.some((w) => w.includes('country is not in ORUK'))).toBe(false);
  });

  it('keeps HSDS phone numbers and language codes when a record has them, and drops what cannot be used', () => {
    const record = {
      id: 'C0FFEE00-0000-4000-8000-000000000001',
      name: 'Phone line',
      status: 'active',
      phones: [{ number: '01632 960999', description: 'Main line' }, { number: 'ring reception' }],
      languages: [{ code: 'en' }, { name: 'Welsh' }],
      schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '17:00:00', closes_at: '09:00:00' }],
    };
    const imported = importOruk(record, { today: TODAY });
    const s = imported.directory.services[0];
    expect(s?.id).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(s?.contacts).toEqual([{ phone: '01632 960999', label: { 'en-GB': 'Main line' } }]);
    expect(imported.warnings).toContainEqual(
      expect.stringMatching(/phone "ring reception" is not a UK number; dropped/),
    );
    // Welsh is offered, but there is no Welsh text to show: it is left out until someone adds it.
    expect(s?.languages).toEqual(['en']);
    expect(imported.warnings).toContainEqual(
      expect.stringMatching(/offered in Welsh, but the record has no Welsh text/),
    );
    expect(s?.openingHours?.sessions).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '17:00', closes: '24:00' },
      { days: ['tue', 'wed', 'thu', 'fri', 'sat'], opens: '00:00', closes: '09:00' },
    ]);
    expect(checkServiceDirectory(imported.directory, TODAY).problems).toEqual([]);
  });

  it('skips, with a reason, a record it cannot use', () => {
    const imported = importOruk(
      [{ name: 'No id' }, { id: 'y', name: 'Nothing to contact', status: 'active' }, example],
      { today: TODAY },
    );
    expect(imported.directory.services.map((s) => s.id)).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
    expect(imported.warnings).toContainEqual(
      'record 0: not imported: id: Invalid input: expected string, received undefined',
    );
    expect(imported.warnings).toContainEqual(
      'record 1 (y): not imported: no phone number, https web address or email to offer',
    );
  });

  it('renames a repeated id so the output stays valid', () => {
    const imported = importOruk([example, example], { today: TODAY });
    expect(imported.directory.services.map((s) => s.id)).toEqual([
      'ac148810-d857-441c-9679-408f346de14b',
      'ac148810-d857-441c-9679-408f346de14b-1',
    ]);
    expect(checkServiceDirectory(imported.directory, TODAY).problems).toEqual([]);
  });

  it('rejects input that is not a service record at all', () => {
    expect(() => importOruk('hello', { today: TODAY })).toThrow(/expected an Open Referral UK service object/);
  });
});
