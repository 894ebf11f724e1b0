/**
 * A stable text of everything compileLexicons produces (every term id, spelling, surface, prefix,
 * fuzzy key, flag and trie node with its edges and phrases, in build order), so two compilations can
 * be compared exactly: a change that only makes compiling faster must leave this text unchanged.
 */
import type { CompiledLexicons, PhraseMeaning, TrieNode } from '../../src/risk/compile';

function meaningText(meaning: PhraseMeaning): unknown {
  switch (meaning.role) {
    case 'risk':
      return ['risk', entryText(meaning.entry)];
    case 'comboPart':
      return [
        'part',
        meaning.part,
        meaning.combination.parts,
        meaning.combination.within,
        entryText(meaning.combination.entry),
      ];
    case 'negBefore':
      return ['negBefore', meaning.window, meaning.crossesPronoun];
    case 'negAfter':
      return ['negAfter', meaning.separator];
    case 'context':
      return ['context', meaning.context];
    default:
      return [meaning.role];
  }
}

function entryText(entry: Extract<PhraseMeaning, { role: 'risk' }>['entry']): unknown {
  return [entry.id, entry.locale, entry.level, entry.kind, entry.indicators, [...entry.tags], entry.reason];
}

function nodeText(node: TrieNode): unknown {
  return [
    node.id,
    [...node.byId].map(([id, next]) => [id, next.map((child) => child.id)]),
    node.gaps.map((gap) => [gap.max, gap.next.id]),
    node.end?.id ?? null,
    node.accepts.map((phrase) => [phrase.uid, phrase.source, meaningText(phrase.meaning)]),
    [...node.children].map(([key, child]) => [key, child.id]),
  ];
}

export function compiledLexiconsText(compiled: CompiledLexicons): string {
  const nodes: TrieNode[] = [];
  const stack: TrieNode[] = [compiled.root];
  const seen = new Set<TrieNode>();
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    if (seen.has(node)) continue;
    seen.add(node);
    nodes.push(node);
    for (const child of node.children.values()) stack.push(child);
  }
  nodes.sort((a, b) => a.id - b.id);
  const { spellings, clitics, clauseBreakers } = compiled.tokenizeOptions;
  return JSON.stringify({
    spellings: [...spellings],
    clitics: [...clitics],
    clauseBreakers: [...clauseBreakers],
    terms: [...compiled.terms],
    surfaces: [...compiled.surfaces],
    prefixes: [...compiled.prefixes],
    minPrefix: compiled.minPrefix,
    maxPrefix: compiled.maxPrefix,
    fuzzy: [...compiled.fuzzy],
    fuzzyTerms: [...compiled.fuzzyTerms],
    flags: compiled.flags,
    nodeCount: compiled.nodeCount,
    phraseCount: compiled.phraseCount,
    locales: [...compiled.lexicons.keys()],
    nodes: nodes.map(nodeText),
  });
}
