/**
 * Compiling the lexicons is made faster from time to time (it runs at every bot start, in the CLI
 * and in many test files), and a faster compile must build exactly the same index. The inputs are
 * frozen copies of both shipped lexicons as of 2 December 2026 (commit 2816c7a), so editing the
 * shipped lexicons does not move this test; the digest is of the whole compiled index (every term
 * id, spelling, surface, prefix, fuzzy key, flag and trie node with its edges and phrases) as the
 * compiler before that speed-up built it. Only a deliberate change to what compiling means may
 * change the digest, and then it says so in its commit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SupportedLocale } from '../../../src/i18n/locale';
import { compileLexicons, parseLexicon } from '../../../src/risk';
import { compiledLexiconsText } from '../../support/compiledLexiconsText';

const GOLDEN = join(__dirname, 'compileGolden');
const COMPILED_DIGEST = '6678c17f5947d291377cbf9a2713b5392ede09b7b2652b49fec7eccd5bf79f66';

function frozenLexicon(locale: SupportedLocale) {
  const file = join(GOLDEN, `${locale}.risk-lexicon.json`);
  return parseLexicon(JSON.parse(readFileSync(file, 'utf8')), file);
}

describe('compiling the lexicons', () => {
  it('builds exactly the index it built before it was made faster', () => {
    const compiled = compileLexicons([frozenLexicon('en-GB'), frozenLexicon('cy')]);
    expect(compiled.nodeCount).toBe(11697);
    expect(compiled.phraseCount).toBe(5091);
    expect(compiled.terms.size).toBe(4021);
    expect(createHash('sha256').update(compiledLexiconsText(compiled)).digest('hex')).toBe(COMPILED_DIGEST);
  });
});
