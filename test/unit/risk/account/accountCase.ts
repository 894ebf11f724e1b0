/** One account and every fact the reader must find in it; any fact not listed must be absent. */
import type { AccountFacts } from '../../../../src/risk/account';

export interface AccountCase {
  readonly voice: 'teacher' | 'youth worker';
  readonly locale: 'en-GB' | 'cy';
  readonly text: string;
  readonly facts: Omit<AccountFacts, 'evidence'>;
}
