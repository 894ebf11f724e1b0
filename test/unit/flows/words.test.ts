import { matchChoice, matchChoices, mentionsAny, normalizeWords, type ChoiceWords } from '../../../src/flows/words';

const words: ChoiceWords = {
  no: { exact: ['no', 'nac ydy', 'na'], labels: ['no', 'nac ydy'] },
  unsure: { exact: ["i'm not sure", 'not sure', 'dw i ddim yn siwr'], labels: ["i'm not sure", 'dw i ddim yn siwr'] },
  yes: {
    exact: ['yes in danger now', 'yes', 'ydy mewn perygl nawr', 'ie'],
    labels: ['yes in danger now', 'ydy mewn perygl nawr'],
  },
};
const values = ['no', 'unsure', 'yes'];

describe('normalising what people type', () => {
  it.each([
    ['  Dw i ddim yn SIŴR!! ', 'dw i ddim yn siwr'],
    ['I’m not sure', "i'm not sure"],
    ['Worry, anxiety — or low mood', 'worry anxiety or low mood'],
    ["'quoted'", 'quoted'],
  ])('%j → %j', (typed, normal) => expect(normalizeWords(typed)).toBe(normal));
});

describe('matching a typed answer to one choice', () => {
  it.each([
    ['2', 'unsure'],
    ['Not sure', 'unsure'],
    ['Yes', 'yes'],
    ['yes in danger', 'yes'],
    ['Ydy', 'yes'],
    ['ie', 'yes'],
    ['Nac ydy', 'no'],
  ])('%j means %s', (typed, value) => expect(matchChoice(typed, values, words, true)).toEqual({ kind: 'one', value }));

  it.each(['4', '0', 'maybe', 'n', ''])('%j matches nothing', (typed) =>
    expect(matchChoice(typed, values, words, true).kind).toBe('none'),
  );

  it('never takes the start of an extra typed word as an answer ("no" is not "no idea")', () => {
    const extra: ChoiceWords = {
      unknown: { exact: ['no idea'], labels: ["i don't know"] },
      weeks: { exact: ['a few weeks'], labels: ['a few weeks'] },
    };
    expect(matchChoice('no', ['unknown', 'weeks'], extra, true).kind).toBe('none');
  });

  it('refuses to guess between two labels that start the same way', () => {
    const two: ChoiceWords = {
      past: { exact: ['yes in the past'], labels: ['yes in the past'] },
      recent: { exact: ['yes recently'], labels: ['yes recently'] },
    };
    expect(matchChoice('yes', ['past', 'recent'], two, true)).toEqual({ kind: 'ambiguous' });
  });

  it('does not read a number as an option when numbers are answers (ages)', () => {
    expect(matchChoice('2', values, words, false).kind).toBe('none');
  });
});

describe('matching several typed choices', () => {
  const needs: ChoiceWords = {
    anxiety: { exact: ['worry anxiety or low mood'], labels: ['worry anxiety or low mood'] },
    sleep: { exact: ['sleep problems'], labels: ['sleep problems'] },
    bullying: { exact: ['friendships relationships or bullying'], labels: ['friendships relationships or bullying'] },
  };
  const ids = ['anxiety', 'sleep', 'bullying'];
  it.each([
    ['1, 3', ['anxiety', 'bullying']],
    ['1 2 and 3', ['anxiety', 'sleep', 'bullying']],
    ['Worry, anxiety or low mood, Sleep problems', ['anxiety', 'sleep']],
    ['friendships, relationships or bullying; worry, anxiety or low mood', ['bullying', 'anxiety']],
    ['sleep', ['sleep']],
    ['2, 2', ['sleep']],
  ])('%j → %j', (typed, chosen) => expect(matchChoices(typed, ids, needs)).toEqual(chosen));

  it.each(['1, 7', 'sleep, cats', ',,,', '1,'.repeat(400)])('%j → nothing (ask again)', (typed) =>
    expect(matchChoices(typed, ids, needs)).toBeUndefined(),
  );
});

describe('spotting a diagnosis, neurodivergence or disability in free text', () => {
  const list = ['adhd', 'autis*', 'diagnos*', 'learning disabilit*', 'ddiagnos*', 'awtisti*', 'anabledd*'];
  it.each([
    ['Has ADHD.', true],
    ['She is Autistic', true],
    ['diagnosed in Year 5', true],
    ['has learning disabilities', true],
    ['Mae ganddo ddiagnosis', true],
    ['awtistiaeth', true],
    ['ei anableddau', true],
    ['learning is hard', false],
    ['the diagram shows', false],
    ['', false],
  ])('%j → %s', (text, found) => expect(mentionsAny(text, list)).toBe(found));
});
