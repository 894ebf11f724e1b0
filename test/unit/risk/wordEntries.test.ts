/**
 * The shared word table is an open-addressing hash table written for speed (wordEntries.ts): it must behave as a Map
 * by form does, through its growth and its restart at the entry limit.
 */
import type { TokenizeOptions } from '../../../src/risk/tokenize';
import { wordEntriesFor, wordEntry } from '../../../src/risk/wordEntries';

function freshOptions(): TokenizeOptions {
  return {
    spellings: new Map([['wanna', ['want', 'to']]]),
    clitics: new Map(),
    clauseBreakers: new Set(),
  };
}

/** Distinct forms, many sharing their first and last letters, as words of a message do. */
const forms = Array.from({ length: 12_000 }, (_, i) => `w${i.toString(36)}s`);

describe('the shared word table', () => {
  it('gives one entry per form, the same entry each time, through every doubling of its slots', () => {
    const options = freshOptions();
    const table = wordEntriesFor(options);
    const first = forms.map((form) => wordEntry(table, options, form));
    expect(new Set(first).size).toBe(forms.length);
    forms.forEach((form, i) => {
      const again = wordEntry(table, options, form);
      expect(again).toBe(first[i]);
      expect(again.form).toBe(form);
    });
  });

  it("keeps a form's spelling from its own tokenizer options, one table per options", () => {
    const options = freshOptions();
    const other = freshOptions();
    const entry = wordEntry(wordEntriesFor(options), options, 'wanna');
    expect(entry.spelling).toEqual(['want', 'to']);
    expect(wordEntry(wordEntriesFor(other), other, 'wanna')).not.toBe(entry);
    expect(wordEntry(wordEntriesFor(options), options, 'hello').spelling).toBeUndefined();
  });

  it('starts again past 50,000 forms, so hostile text cannot grow it without bound, and still finds every form', () => {
    const options = freshOptions();
    const table = wordEntriesFor(options);
    const many = Array.from({ length: 50_001 }, (_, i) => `x${i}`);
    const before = wordEntry(table, options, many[0]);
    for (const form of many) wordEntry(table, options, form);
    expect(table.entries.length).toBeLessThanOrEqual(50_000);
    const after = wordEntry(table, options, many[0]);
    expect(after.form).toBe(many[0]);
    expect(after).not.toBe(before);
    expect(wordEntry(table, options, many[50_000])).toBe(wordEntry(table, options, many[50_000]));
  });
});
