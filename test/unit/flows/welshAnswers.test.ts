/** Typed Welsh yes, no and "don't know", in the forms people type in north and south Wales (issue 21). */
import { matchChoice } from '../../../src/flows/words';
import { choicesOf } from '../../../src/flows/schema';
import { realFlow } from './support/conversation';

const triage = realFlow('triage');

function typedAnswer(nodeId: string, typed: string): string | undefined {
  const node = triage.nodeById.get(nodeId);
  if (!node) throw new Error(`no node ${nodeId}`);
  const values = (choicesOf(node) ?? []).map((choice) => choice.value);
  const match = matchChoice(typed, values, triage.words.choiceWords[nodeId] ?? {}, true);
  return match.kind === 'one' ? match.value : match.kind;
}

describe('typed Welsh answers to "is the child in danger now?"', () => {
  it.each(['ia', 'Ie', 'ydi', 'Yndi', 'ydy', 'oes', 'do', 'Ia!'])('%j means yes', (typed) =>
    expect(typedAnswer('immediateDanger', typed)).toBe('yes'),
  );
  it.each(['na', 'naddo', 'nac ydi', 'Nag ydi', 'nac ydy', 'nac oes', 'nag oes'])('%j means no', (typed) =>
    expect(typedAnswer('immediateDanger', typed)).toBe('no'),
  );
  it.each([
    "dwn i'm",
    'dwn im',
    'wn i ddim',
    "sai'n siŵr",
    'sain siwr',
    "sai'n gwybod",
    'dim syniad',
    "dwi'm yn siŵr",
    'falle',
    'hwyrach',
  ])('%j means unsure', (typed) => expect(typedAnswer('immediateDanger', typed)).toBe('unsure'));
});

describe('typed Welsh answers to the questions with "none" and "don\'t know"', () => {
  it.each(['naddo', 'nac oes', 'dim byd', 'na'])('%j to "has the child self-harmed?" means none', (typed) =>
    expect(typedAnswer('selfHarm', typed)).toBe('none'),
  );
  it.each(["dwn i'm", 'dim syniad', "sai'n siŵr", 'wn i ddim'])(
    '%j to "has the child self-harmed?" means not known',
    (typed) => expect(typedAnswer('selfHarm', typed)).toBe('unknown'),
  );
  it.each(["dwn i'm", 'dim clem'])('%j to "is it getting worse?" means not known', (typed) =>
    expect(typedAnswer('deterioration', typed)).toBe('unknown'),
  );
  it('"naddo" to "has the child gone missing?" means no', () => expect(typedAnswer('missing', 'naddo')).toBe('no'));
});

describe('the summary question "Ydy hyn yn gywir?"', () => {
  const summaryId = triage.nodes.find((node) => node.kind === 'summary')?.id ?? '';
  it.each([
    ['ia', 'confirm'],
    ['ydi', 'confirm'],
    ['nac ydi', 'change'],
  ])('%j means %s', (typed, value) =>
    expect(matchChoice(typed, ['confirm', 'change'], triage.words.choiceWords[summaryId] ?? {}, true)).toEqual({
      kind: 'one',
      value,
    }),
  );
});
