import { CODE_KEYS, TYPED_WORDS_PREFIX } from '../../../src/flows/keys';
import { SUMMARY_CHOICES } from '../../../src/flows/compile';
import { leafKeys, lookupKey } from '../../../src/flows/resources';
import { isQuestionNode, type FlowNode } from '../../../src/flows/schema';
import { readLocale } from './support/translate';
import { realFlows } from './support/conversation';

const en = readLocale('en-GB');
const cy = readLocale('cy');

function flowKeys(node: FlowNode): string[] {
  const keys: string[] = [];
  if (node.kind === 'info' || node.kind === 'end') keys.push(node.message);
  if (isQuestionNode(node)) keys.push(node.prompt, node.label, ...(node.hint ? [node.hint] : []));
  const choices =
    node.kind === 'choice' || node.kind === 'multiChoice' || node.kind === 'reflect'
      ? (node.choices ?? [])
      : node.kind === 'number'
        ? (node.alternatives ?? [])
        : [];
  keys.push(...choices.map((choice) => choice.label));
  return keys;
}

function choiceValues(node: FlowNode): string[] {
  const choices =
    node.kind === 'choice' || node.kind === 'multiChoice' || node.kind === 'reflect'
      ? (node.choices ?? [])
      : node.kind === 'number'
        ? (node.alternatives ?? [])
        : [];
  return choices.map((choice) => choice.value);
}

const nodes = [...realFlows().values()].flatMap((flow) => flow.nodes);
const used = new Set([...nodes.flatMap(flowKeys), ...CODE_KEYS]);
const values = new Set([...nodes.flatMap(choiceValues), ...SUMMARY_CHOICES.map((choice) => choice.value)]);

describe('the triage wording (locales/en-GB/triage.json and locales/cy/triage.json)', () => {
  it('has exactly the same keys in English and Welsh', () => {
    expect(leafKeys(cy).sort()).toEqual(leafKeys(en).sort());
  });

  it('has wording in both languages for every key the flows and the code use', () => {
    const missing = [...used].flatMap((key) =>
      [['en-GB', en] as const, ['cy', cy] as const]
        .filter(([, resource]) => lookupKey(resource, key) === undefined)
        .map(([locale]) => `${locale}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('holds no wording nothing uses (typed words only for choice values that exist)', () => {
    const orphans = leafKeys(en).filter((key) => {
      if (used.has(key)) return false;
      const [prefix, value, ...rest] = key.split('.');
      return !(prefix === TYPED_WORDS_PREFIX && rest.length === 0 && values.has(value));
    });
    expect(orphans).toEqual([]);
  });

  it('is written in Welsh, not copied from English (only a list separator may be the same)', () => {
    const same = leafKeys(en).filter((key) => lookupKey(en, key) === lookupKey(cy, key));
    expect(same).toEqual(['summary.listSeparator']);
  });

  it('uses the same {{parameters}} in both languages', () => {
    const params = (text: string | undefined) =>
      [...(text ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
    const differing = leafKeys(en).filter(
      (key) => JSON.stringify(params(lookupKey(en, key))) !== JSON.stringify(params(lookupKey(cy, key))),
    );
    expect(differing).toEqual([]);
  });

  it('never puts a placeholder or an untranslated marker in Welsh', () => {
    const suspicious = leafKeys(cy).filter((key) => /TODO|TBC|\bFIXME\b|^\s*$|\[cy\]/i.test(lookupKey(cy, key) ?? ''));
    expect(suspicious).toEqual([]);
  });
});
