/**
 * The matcher looks a word's id up in a trie node's map only when both of the id's filter bits are set in the node
 * (`idBits`, `mixedIdBits`): a child whose id lacked either bit would never be found. Every node of the shipped
 * lexicons must hold both bits of every id it has a child for, and the two bits must differ often enough to filter.
 */
import { idBit, mixedIdBit, type TrieNode } from '../../../src/risk/compile';
import { defaultCompiledLexicons } from '../../../src/risk/lexiconFile';

function everyNode(root: TrieNode): TrieNode[] {
  const nodes: TrieNode[] = [];
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    nodes.push(node);
    for (const children of node.byId.values()) stack.push(...children);
    for (const gap of node.gaps) stack.push(gap.next);
    if (node.end) stack.push(node.end);
  }
  return nodes;
}

describe("the trie nodes' id filters", () => {
  const nodes = everyNode(defaultCompiledLexicons().root);

  it('hold both bits of every id a node has a child for', () => {
    let ids = 0;
    for (const node of nodes) {
      for (const id of node.byId.keys()) {
        ids += 1;
        expect(node.idBits & idBit(id)).not.toBe(0);
        expect(node.mixedIdBits & mixedIdBit(id)).not.toBe(0);
      }
    }
    expect(ids).toBeGreaterThan(1000);
  });

  it('give ids with the same first bit different second bits', () => {
    const seconds = new Set<number>();
    for (let id = 0; id < 32 * 64; id += 32) seconds.add(mixedIdBit(id));
    expect(seconds.size).toBeGreaterThan(16);
  });
});
