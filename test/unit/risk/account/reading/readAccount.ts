/**
 * Issue 17 item 1: the bot reads a member of staff's own account with the risk reading and finds
 * every answer it states — and nothing it does not state. Each account lists every fact expected;
 * any other fact appearing is a failure, so silence is never read as "no".
 */
import { readAccount } from '../../../../../src/risk/account';
import type { AccountCase } from '../accountCase';
import { ENGLISH_ACCOUNTS } from '../accounts.en';
import { WELSH_ACCOUNTS } from '../accounts.cy';

const ALL: readonly AccountCase[] = [...ENGLISH_ACCOUNTS, ...WELSH_ACCOUNTS];

function factsOf(text: string, locale: AccountCase['locale']): Omit<ReturnType<typeof readAccount>, 'evidence'> {
  const { evidence, ...facts } = readAccount(text, locale);
  expect(Array.isArray(evidence)).toBe(true);
  return facts;
}

describe('readAccount: the table of accounts', () => {
  it('has at least 60 accounts, in both languages and both voices', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(60);
    for (const locale of ['en-GB', 'cy'] as const)
      for (const voice of ['teacher', 'youth worker'] as const)
        expect(ALL.filter((one) => one.locale === locale && one.voice === voice).length).toBeGreaterThanOrEqual(8);
  });

  it.each(ALL.map((one) => [one.locale, one.voice, one.text, one] as const))(
    '%s, %s: %s',
    (_locale, _voice, _text, one) => {
      expect(factsOf(one.text, one.locale)).toEqual(one.facts);
    },
  );
});
