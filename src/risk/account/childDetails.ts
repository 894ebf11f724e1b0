/**
 * The child's age, year group and initials when the account gives them: "Y9", "year 9",
 * "13-year-old", "aged 13", "blwyddyn 9", "13 oed", "J", "AB". Only synthetic initials ever reach
 * the bot (staff are asked for initials, not names), and they are shown back for confirmation.
 */
import type { ResolvedToken } from '../matcher';
import { numberWord } from './numbers';
import type { YearGroupId } from './optionIds';

const YEAR_WORDS = new Set(['y', 'yr', 'year', 'blwyddyn', 'flwyddyn', 'mlwyddyn', 'bl']);
const AGE_AFTER = new Set(['yo', 'oed']);
const AGE_BEFORE = new Set(['aged', 'age']);
const IS = new Set(['is', 'shes', 'hes', 'theyre']);
const CHILD_CY = new Set(['hi', 'o', 'e', 'fe', 'fo']);
const AND = new Set(['and', 'ac', 'a']);
const CHILD_NOUNS = new Set([
  'girl',
  'boy',
  'lad',
  'yp',
  'child',
  'pupil',
  'son',
  'daughter',
  'bachgen',
  'merch',
  'hogyn',
  'hogan',
  'crwt',
  'croten',
]);
const UNIT_AFTER = new Set([
  'days',
  'weeks',
  'months',
  'years',
  'times',
  'minutes',
  'mins',
  'hours',
  'pupils',
  'of',
  'yr',
  'year',
]);
/** Two capitals that are not initials in staff writing. */
const NOT_INITIALS = new Set(
  'I A GP AP DV OK PE RE IT DT TA YP SH OD UK TV PC HT DH MH EP OT SW FS CP AM PM NO SO HE WE ME MY IN ON AT TO OF OR IF IS BE BY DO GO UP US AN AS EH PA DSL ADY CDU UCD PRU CIN TAF YOT ASD ASC ODD PDA OCD ADHD EBSA SEN ALN EHE CME FTE'.split(
    ' ',
  ),
);
const VERB_AFTER_A = new Set(['is', 'has', 'was', 'said', 'says', 'told', 'seems', 'yn']);

export interface ChildDetails {
  age?: number;
  yearGroup?: YearGroupId;
  initials?: string;
}

function yearGroupAt(tokens: readonly ResolvedToken[], i: number): YearGroupId | undefined {
  const token = tokens[i];
  if (token.form === 'reception' && tokens[i - 1]?.form === 'in') return 'reception';
  if (!YEAR_WORDS.has(token.form)) return undefined;
  // "2 yrs", "13 year old": a number before makes it a period or an age.
  if (i > 0 && numberWord(tokens[i - 1].form) !== undefined && tokens[i - 1].sentence === token.sentence)
    return undefined;
  const next = tokens[i + 1];
  if (!next || next.sentence !== token.sentence) return undefined;
  const value = numberWord(next.form);
  if (value === undefined || value < 1 || value > 13) return undefined;
  // "year 9" but not "a year 6 months" said of time: an "old" after means an age.
  if (tokens[i + 2]?.form === 'old') return undefined;
  return `year-${value}` as YearGroupId;
}

function ageAt(text: string, tokens: readonly ResolvedToken[], i: number): number | undefined {
  const value = numberWord(tokens[i].form);
  if (value === undefined || value < 3 || value > 19) return undefined;
  // "M (16)": a number alone in brackets.
  if (text[tokens[i].start - 1] === '(' && text[tokens[i].end] === ')' && /^\d+$/.test(tokens[i].form)) return value;
  const next = tokens[i + 1]?.form;
  const after = tokens[i + 2]?.form;
  if (next !== undefined && AGE_AFTER.has(next)) return value;
  if ((next === 'year' || next === 'years' || next === 'yr') && after === 'old') return value;
  if (next === 'mlwydd' && after === 'oed') return value;
  const before = tokens[i - 1]?.form;
  if (before !== undefined && AGE_BEFORE.has(before) && /^\d+$/.test(tokens[i].form)) return value;
  // "she's 14," "he is 12", "mae hi'n 14": a bare number after the child and a copula, ending its clause.
  const endsClause =
    tokens[i + 1] === undefined || tokens[i + 1].clause !== tokens[i].clause || AND.has(tokens[i + 1].form);
  // "girl 13 at our drop-in", "lad, 15,": a child noun then a bare number.
  if (
    before !== undefined &&
    CHILD_NOUNS.has(before) &&
    /^\d+$/.test(tokens[i].form) &&
    value >= 8 &&
    (next === undefined || !UNIT_AFTER.has(next))
  )
    return value;
  const copula =
    before !== undefined && (IS.has(before) || (before === 'yn' && CHILD_CY.has(tokens[i - 2]?.form ?? '')));
  if (copula && endsClause && /^\d+$/.test(tokens[i].form)) return value;
  return undefined;
}

function initialsAt(text: string, tokens: readonly ResolvedToken[], i: number): string | undefined {
  const raw = text.slice(tokens[i].start, tokens[i].end);
  if (!/^[A-Z]{1,2}$/.test(raw) || NOT_INITIALS.has(raw)) {
    if (raw === 'A' && VERB_AFTER_A.has(tokens[i + 1]?.form ?? '')) return raw;
    return undefined;
  }
  return raw;
}

export function readChildDetails(text: string, tokens: readonly ResolvedToken[]): ChildDetails {
  const details: ChildDetails = {};
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 12 && letters === letters.toUpperCase();
  for (let i = 0; i < tokens.length; i += 1) {
    if (details.yearGroup === undefined) {
      const yearGroup = yearGroupAt(tokens, i);
      if (yearGroup) details.yearGroup = yearGroup;
    }
    if (details.age === undefined) {
      const age = ageAt(text, tokens, i);
      if (age !== undefined) details.age = age;
    }
    if (details.initials === undefined && !shouting) {
      const initials = initialsAt(text, tokens, i);
      if (initials) details.initials = initials;
    }
  }
  return details;
}
