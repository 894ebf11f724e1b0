import { parseAnswer, type RawAnswer } from '../../../src/flows/answers';
import { isQuestionNode, type QuestionNode } from '../../../src/flows/schema';
import { realFlow } from './support/conversation';

const triage = realFlow('triage');
const node = (id: string): QuestionNode => {
  const found = triage.nodeById.get(id);
  if (!found || !isQuestionNode(found)) throw new Error(`no question ${id}`);
  return found;
};
const typed = (id: string, text: string) => parseAnswer(node(id), { kind: 'text', text }, triage.words);
const card = (id: string, raw: Omit<Extract<RawAnswer, { kind: 'card' }>, 'kind'>) =>
  parseAnswer(node(id), { kind: 'card', ...raw }, triage.words);

describe('reading an age or a year group', () => {
  it.each([
    ['12', 12],
    ['12 years old', 12],
    ['aged 12', 12],
    ['about 12', 12],
    ['12 oed', 12],
    ['0', 0],
    ['25', 25],
    ['Year 8', 'year-8'],
    ['y8', 'year-8'],
    ['Yr 11', 'year-11'],
    ['Blwyddyn 13', 'year-13'],
    ['bl 6', 'year-6'],
    ['Reception', 'reception'],
    ['Derbyn', 'reception'],
  ])('%j → %j', (text, value) => expect(typed('age', text)).toEqual({ kind: 'answer', value }));

  it.each([
    ['26', 'outOfRange'],
    ['-3', 'numberExpected'],
    ['12.5', 'numberExpected'],
    ['twelve', 'numberExpected'],
    ['Year 14', 'numberExpected'],
  ])('%j is asked again (%s)', (text, reason) =>
    expect(typed('age', text)).toMatchObject({ kind: 'reask', reason: `reask.${reason}` }),
  );

  it('prefers the number typed on the card to the year group picked with it', () => {
    expect(card('age', { values: ['year-8'], text: '13' })).toEqual({ kind: 'answer', value: 13 });
    expect(card('age', { values: ['year-8'] })).toEqual({ kind: 'answer', value: 'year-8' });
  });
});

describe('initials or a reference, never a name', () => {
  it.each(['J.B.', 'JB', 'jb', '7R-04', 'Y8 girl', 'K.L. (7B)', 'ref 1234'])('accepts %j', (text) =>
    expect(typed('childReference', text)).toEqual({ kind: 'answer', value: text }),
  );
  it.each(['Jane Smith', 'jane smith', 'Mary-Jane O’Neill', 'Tomos ap Rhys'])('asks again for %j', (text) =>
    expect(typed('childReference', text)).toEqual({ kind: 'reask', reason: 'reask.noFullNames' }),
  );
});

describe('optional questions', () => {
  it.each(['skip', 'Skip', 'hepgor', 'n/a', ''])('%j leaves an optional question blank', (text) =>
    expect(typed('organisation', text)).toEqual({ kind: 'skip' }),
  );
  it('leaves an optional choice blank from an empty card, and answers it from a typed number', () => {
    expect(card('area', { values: [] })).toEqual({ kind: 'skip' });
    expect(typed('area', '2')).toEqual({ kind: 'answer', value: 'wales' });
  });
  it('never treats "no" or "none" as skipping a required choice', () => {
    expect(typed('selfHarm', 'none')).toEqual({ kind: 'answer', value: 'none' });
    expect(typed('immediateDanger', 'no')).toEqual({ kind: 'answer', value: 'no' });
  });
});
