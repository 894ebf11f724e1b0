import { createDutyRoster, parseRoster, RosterError } from '../../../src/escalation/roster';
import example from '../../../deployment/examples/duty-roster.example.json';

describe('the duty roster', () => {
  const roster = createDutyRoster(parseRoster(example));
  const dsl = { aadObjectId: '11111111-1111-4111-8111-111111111111' };

  it('accepts the shipped example', () => {
    expect(roster.configured).toBe(true);
    expect(roster.organisation('exampleshire-high')?.ladder).toHaveLength(3);
  });

  it('lets only listed duty workers go on duty, by object id or UPN, case-insensitively', () => {
    expect(roster.mayGoOnDuty('exampleshire-high', dsl)).toBe(true);
    expect(roster.mayGoOnDuty('exampleshire-high', { upn: 'DEPUTY.DSL@exampleshire-high.example' })).toBe(true);
    expect(roster.mayGoOnDuty('exampleshire-high', { aadObjectId: '99999999-9999-4999-8999-999999999999' })).toBe(
      false,
    );
    expect(roster.mayGoOnDuty('another-school', dsl)).toBe(false);
  });

  it('places a Teams user by tenant first, then by roster membership', () => {
    expect(roster.organisationForTeamsUser({}, '00000000-0000-4000-8000-000000000001')).toBe('exampleshire-high');
    expect(roster.organisationForTeamsUser(dsl, 'some-other-tenant')).toBe('exampleshire-high');
  });

  it('places a Teams user from a tenant no organisation lists, and on no roster, nowhere (never the first organisation)', () => {
    expect(
      roster.organisationForTeamsUser({ aadObjectId: '99999999-9999-4999-8999-999999999999' }, 'a-stranger-tenant'),
    ).toBeUndefined();
    expect(roster.organisationForTeamsUser({}, undefined)).toBeUndefined();
  });

  it("knows when someone is listed by UPN only, so Teams users' UPNs must be looked up", () => {
    expect(roster.listsUpns).toBe(true);
    expect(
      createDutyRoster(
        parseRoster({
          organisations: [
            {
              id: 'a',
              name: 'A',
              dutyWorkers: [{ aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'D', role: 'DSL' }],
              outOfHoursContact: 'EDT',
            },
          ],
        }),
      ).listsUpns,
    ).toBe(false);
  });

  it('without a file in a rehearsal, fails closed: nobody may go on duty', () => {
    const closed = createDutyRoster(undefined, undefined, 'closed');
    expect(closed.policy).toBe('closed');
    expect(closed.mayGoOnDuty('default', { aadObjectId: '11111111-1111-4111-8111-111111111111' })).toBe(false);
    expect(createDutyRoster(undefined, undefined, 'open').mayGoOnDuty('default', {})).toBe(true);
  });

  it('knows working hours in UK time, across the clock change', () => {
    // Wednesday 25 November 2026, 09:00 and 19:00 GMT; Monday 6 July 2026, 08:30 BST (07:30 UTC).
    expect(roster.isWithinWorkingHours('exampleshire-high', new Date('2026-11-25T09:00:00Z'))).toBe(true);
    expect(roster.isWithinWorkingHours('exampleshire-high', new Date('2026-11-25T19:00:00Z'))).toBe(false);
    expect(roster.isWithinWorkingHours('exampleshire-high', new Date('2026-07-06T07:30:00Z'))).toBe(true);
    expect(roster.isWithinWorkingHours('exampleshire-high', new Date('2026-11-28T10:00:00Z'))).toBe(false);
  });

  it('without a file, has one default organisation where anyone may go on duty', () => {
    const open = createDutyRoster(undefined, 'EDT 01632 960 999');
    expect(open.configured).toBe(false);
    expect(open.organisationForTeamsUser({}, 'any')).toBe('default');
    expect(open.mayGoOnDuty('default', {})).toBe(true);
    expect(open.outOfHoursContact('default')).toBe('EDT 01632 960 999');
  });

  it('reports every problem with its path', () => {
    const broken = {
      organisations: [
        {
          id: 'Bad Id',
          name: '',
          dutyWorkers: [{ name: 'No Id', role: 'DSL' }],
          outOfHoursContact: 'x',
          workingHours: { days: ['mon'], start: '25:00', end: '17:00' },
        },
      ],
    };
    let error: unknown;
    try {
      parseRoster(broken);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RosterError);
    const problems = (error as RosterError).problems.join('\n');
    expect(problems).toContain('organisations.0.id');
    expect(problems).toContain('organisations.0.name');
    expect(problems).toContain('organisations.0.dutyWorkers.0');
    expect(problems).toContain('organisations.0.workingHours.start');
  });
});
