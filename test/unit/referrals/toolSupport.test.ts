import { operatorActor, parseDateArgument, parseOptions } from '../../../src/referrals/toolSupport';

describe("the referrals tools' arguments", () => {
  it('read a day as midnight UTC and accept ISO date-times', () => {
    expect(parseDateArgument('2025-02-01')?.toISOString()).toBe('2025-02-01T00:00:00.000Z');
    expect(parseDateArgument('2025-02-01T10:30:00+01:00')?.toISOString()).toBe('2025-02-01T09:30:00.000Z');
  });

  it('refuse dates that are not dates', () => {
    for (const text of ['2025-02-30', '01/02/2025', 'yesterday', '2025-2-1', ''])
      expect(parseDateArgument(text)).toBeUndefined();
  });

  it('read --name value, --name=value and flags, and report anything else', () => {
    const parsed = parseOptions(
      ['--since', '2025-01-01', '--format=text', '--help', 'stray', '--organisation'],
      ['--since', '--format', '--organisation'],
      ['--help'],
    );
    expect(Object.fromEntries(parsed.values)).toEqual({ '--since': '2025-01-01', '--format': 'text' });
    expect([...parsed.flags]).toEqual(['--help']);
    expect(parsed.problems).toEqual(['unknown argument "stray"', '--organisation needs a value']);
  });

  it('records the operator by login name as an identifier', () => {
    expect(operatorActor('dsl lead')).toEqual({ id: 'cli:dsl_lead', role: 'operator' });
  });
});
