/**
 * "Ask when unsure": when the risk reading has weak signals but no urgent level, the bot asks the
 * member of staff one direct safety question at once, and reads the answer on the next message.
 * Unsure answers ("not sure", "dwn i'm") count as yes: when in doubt the higher level stands.
 */
import { compareLevels, type RiskAssessment } from '../risk';
import type { Line } from './model';

export type SafetyAnswer = 'yes' | 'no';

export const SAFETY_QUESTION: readonly Line[] = [{ key: 'safety:question' }];
export const SAFETY_ANSWERED_YES: Line = { key: 'safety:answeredYes' };
export const SAFETY_ANSWERED_NO: Line = { key: 'safety:answeredNo' };

// English and Welsh, north and south; matched against the start of the answer.
const YES = [
  'yes',
  'y',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'yh',
  'they are',
  'she is',
  'he is',
  'i think so',
  'maybe',
  'possibly',
  'not sure',
  'unsure',
  'dont know',
  'i dont know',
  'idk',
  'oes',
  'ydy',
  'ydi',
  'ydyn',
  'ydyn nhw',
  'ie',
  'ia',
  'efallai',
  'falle',
  'dwn i ddim',
  'dwn im',
  'dw i ddim yn siwr',
  'dwi ddim yn siwr',
  'sai n siwr',
  'sain siwr',
  'smo fi n siwr',
  'ddim yn siwr',
];
const NO = [
  'no',
  'n',
  'nope',
  'nah',
  'no one',
  'nobody',
  'not now',
  'na',
  'naddo',
  'nac oes',
  'nag oes',
  'nac ydy',
  'nac ydi',
  'nag ydi',
  'nag ydy',
  'neb',
  'dim',
  'dim un',
  'dim neb',
];

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function startsWithAny(text: string, forms: readonly string[]): number {
  let longest = 0;
  for (const form of forms)
    if ((text === form || text.startsWith(`${form} `)) && form.length > longest) longest = form.length;
  return longest;
}

/** Yes, no, or undefined when the message is not an answer (it is then read as a new message). */
export function readSafetyAnswer(text: string): SafetyAnswer | undefined {
  const normal = normalise(text);
  if (normal === '' || normal.split(' ').length > 12) return undefined;
  const yes = startsWithAny(normal, YES);
  const no = startsWithAny(normal, NO);
  if (yes === 0 && no === 0) return undefined;
  // "no one is safe" starts with "no" but says more: the longer form wins, and a tie is a yes.
  return no > yes ? 'no' : 'yes';
}

/** Unsure readings below urgent get the question; an urgent or immediate one is escalated already. */
export function shouldAskSafetyQuestion(assessment: RiskAssessment): boolean {
  return assessment.ask === true && compareLevels(assessment.level, 'urgent') < 0;
}
