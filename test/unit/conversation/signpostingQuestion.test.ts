import { parseSignpostingQuestion } from '../../../src/conversation/signpostingQuestion';

describe('recognising a request for signposting on its own', () => {
  it.each([
    ['what help is there for eating difficulties for a 12-year-old?', ['eating'], 12],
    ['Where can I get support for a young carer aged 14 years', ['young-carer'], 14],
    ['are there any services for bereavement?', ['bereavement'], undefined],
    ['Pa gymorth sydd ar gael? help i blentyn 9 oed gyda gorbryder', [], 9],
  ])('reads "%s" as needs %j and age %s', (text, needs, age) => {
    const asked = parseSignpostingQuestion(text);
    expect(asked?.needs).toEqual(needs);
    expect(asked?.age).toBe(age);
  });

  it.each([
    'she has been self-harming and told me not to tell anyone',
    'start',
    'her dad hits her, what help is there for that? '.repeat(20),
  ])('leaves "%s" to the triage', (text) => {
    expect(parseSignpostingQuestion(text)).toBeUndefined();
  });
});
