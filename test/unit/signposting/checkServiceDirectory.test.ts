import {
  checkServiceDirectory,
  checkServiceDirectoryText,
  formatPath,
} from '../../../src/signposting/checkServiceDirectory';
import { directory, service } from './helpers';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('checkServiceDirectory', () => {
  it('accepts a well-formed directory and returns it', () => {
    const report = checkServiceDirectory(
      directory(service({ id: 'a' }), service({ id: 'b', tier: 'school', scope: 'school', contacts: [] })),
      NOW,
    );
    expect(report.problems).toEqual([]);
    expect(report.directory?.services.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('rejects {"services":[{"id":1,"name":""}]} with the path of each problem', () => {
    const report = checkServiceDirectoryText('{"services":[{"id":1,"name":""}]}', NOW);
    expect(report.directory).toBeUndefined();
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^services\[0\]\.id: /),
        expect.stringMatching(/^services\[0\]\.name: /),
        'services[0].lastReviewed: is required',
      ]),
    );
  });

  it('names the path of a bad phone number, e.g. services[1].contacts[0].phone', () => {
    const report = checkServiceDirectory(
      directory(service({ id: 'a' }), service({ id: 'b', contacts: [{ phone: '12' }] })),
      NOW,
    );
    expect(report.problems).toEqual([
      expect.stringMatching(/^services\[1\]\.contacts\[0\]\.phone: "12" is not a UK phone number/),
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const raw = {
      services: [
        { ...service({ id: 'a' }), needs: ['worry'] },
        { ...service({ id: 'b' }), levels: [5] },
        { ...service({ id: 'c' }), contacts: [{ url: 'http://insecure.example.org' }] },
      ],
    };
    const problems = checkServiceDirectory(raw, NOW).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^services\[0\]\.needs\[0\]: unknown need "worry": use one of anxiety-low-mood, /);
    expect(problems[1]).toMatch(/^services\[1\]\.levels\[0\]: unknown level of need 5/);
    expect(problems[2]).toMatch(
      /^services\[2\]\.contacts\[0\]\.url: "http:\/\/insecure.example.org" is not an https:\/\/ URL/,
    );
  });

  it('catches duplicate ids even when other entries are broken too', () => {
    const raw = { services: [service({ id: 'same' }), { ...service({ id: 'same' }), status: 'open' }] };
    const problems = checkServiceDirectory(raw, NOW).problems;
    expect(problems).toContain('services[1].id: duplicate id "same" (also services[0])');
    expect(problems).toContainEqual(expect.stringMatching(/^services\[1\]\.status: must be one of/));
  });

  it.each([
    [
      'a contact with two ways to reach',
      { contacts: [{ phone: '0800 1111', email: 'a@example.org' }] },
      'services[0].contacts[0]: give only one of phone, email per contact',
    ],
    [
      'a contact with none',
      { contacts: [{ label: { 'en-GB': 'x' } }] },
      'services[0].contacts[0]: give one of phone, text, url or email',
    ],
    [
      'a keyword without a text number',
      { contacts: [{ phone: '0800 1111', keyword: 'SHOUT' }] },
      'services[0].contacts[0].keyword: keyword goes with text',
    ],
    [
      'a national service with no contacts',
      { contacts: [] },
      'services[0].contacts: needs at least one contact (only school services may have none)',
    ],
    [
      'a specialist service without interim support',
      { tier: 'specialist' },
      'services[0].interimSupport: a specialist service needs interim support to offer while waiting',
    ],
    [
      'a Welsh-language service without Welsh text',
      { languages: ['cy'], name: { 'en-GB': 'Only English' } },
      'services[0].name.cy: Welsh text is required for a service offered in Welsh (languages has "cy")',
    ],
    [
      'ages the wrong way round',
      { eligibility: { minimumAge: 12, maximumAge: 5, audience: ['young-person'] } },
      'services[0].eligibility.maximumAge: minimumAge is above maximumAge',
    ],
    [
      'a session closing before it opens',
      { openingHours: { sessions: [{ days: ['mon'], opens: '17:00', closes: '09:00' }] } },
      'services[0].openingHours.sessions[0].closes: opens must be before closes (split an overnight session at "24:00")',
    ],
    ['an unknown field (a typo)', { lastReveiwed: '2026-01-01' }, 'services[0]: Unrecognized key: "lastReveiwed"'],
    ['a bad review date', { lastReviewed: '25/11/2026' }, 'services[0].lastReviewed: must be a date "YYYY-MM-DD"'],
    [
      'a review date in the future',
      { lastReviewed: '2027-06-01' },
      'services[0].lastReviewed: 2027-06-01 is in the future',
    ],
  ])('rejects %s', (_what, overrides, expected) => {
    const raw = { services: [{ ...service({ id: 'x' }), ...overrides }] };
    expect(checkServiceDirectory(raw, NOW).problems).toEqual([expected]);
  });

  it('accepts UK numbers as people write them and short codes', () => {
    const contacts = ['0800 1111', '116 123', '111', '080880 23456', '+44 1632 960000', '07700 900123'].map(
      (phone) => ({ phone }),
    );
    expect(
      checkServiceDirectory(
        directory(service({ id: 'a', contacts: [...contacts, { text: '85258', keyword: 'SHOUT' }] })),
        NOW,
      ).problems,
    ).toEqual([]);
  });

  it('warns, without failing, on an entry not reviewed in 12 months', () => {
    const report = checkServiceDirectory(
      directory(
        service({ id: 'old', lastReviewed: '2025-11-24' }),
        service({ id: 'recent', lastReviewed: '2025-11-26' }),
      ),
      NOW,
    );
    expect(report.problems).toEqual([]);
    expect(report.directory).toBeDefined();
    expect(report.warnings).toEqual([
      'services[0] (old): last reviewed 2025-11-24, more than 12 months ago; check it with the provider',
    ]);
  });

  it('warns on values to verify and on a service that could never be suggested', () => {
    const report = checkServiceDirectory(
      directory(
        service({
          id: 'a',
          needs: [],
          verify: ['hours unconfirmed'],
          contacts: [{ phone: '0800 1111', verify: 'number unconfirmed' }],
        }),
      ),
      NOW,
    );
    expect(report.warnings).toEqual([
      'services[0] (a): lists no needs, so it is never suggested; add needs from src/signposting/needs.ts',
      'services[0] (a): to verify: hours unconfirmed',
      'services[0] (a).contacts[0]: to verify: number unconfirmed',
    ]);
  });

  it('reports text that is not JSON as a problem', () => {
    expect(checkServiceDirectoryText('{"services": [', NOW).problems).toEqual([
      expect.stringMatching(/^\(file\): not valid JSON: /),
    ]);
  });

  it('reports a top-level problem plainly', () => {
    expect(checkServiceDirectory([], NOW).problems).toEqual([
      '(top level): Invalid input: expected object, received array',
    ]);
    expect(checkServiceDirectory({}, NOW).problems).toEqual(['services: is required']);
  });

  it('writes paths as JavaScript would', () => {
    expect(formatPath(['services', 3, 'contacts', 0, 'phone'])).toBe('services[3].contacts[0].phone');
    expect(formatPath([])).toBe('(top level)');
  });
});
