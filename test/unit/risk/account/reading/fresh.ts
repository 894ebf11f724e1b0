/**
 * Issue 17 report: accounts written after the reader was finished (see accounts.fresh.ts for the
 * first-sight figures). They now guard what was learned from them.
 */
import { readAccount } from '../../../../../src/risk/account';
import { FRESH_ACCOUNTS } from '../accounts.fresh';
import { SECOND_FRESH_ACCOUNTS } from '../accounts.second';

describe('readAccount: accounts written after the reader was finished', () => {
  it('keeps twenty of them and a second batch of twelve, in both languages and both voices', () => {
    expect(FRESH_ACCOUNTS).toHaveLength(20);
    expect(SECOND_FRESH_ACCOUNTS).toHaveLength(12);
    expect(new Set(FRESH_ACCOUNTS.map((one) => `${one.locale}|${one.voice}`)).size).toBe(4);
  });

  it.each([...FRESH_ACCOUNTS, ...SECOND_FRESH_ACCOUNTS].map((one) => [one.locale, one.voice, one.text, one] as const))(
    '%s, %s: %s',
    (_locale, _voice, _text, one) => {
      const { evidence, ...facts } = readAccount(one.text, one.locale);
      expect(evidence.length).toBeGreaterThan(0);
      expect(facts).toEqual(one.facts);
    },
  );
});
