/**
 * The sentences that say what a child's words meant or what the writer saw: a meaning, a gloss after a quote, an
 * adult casualty, an emergency vehicle going past; and whether such a sentence names a person (who, not what).
 */
import { type ContextName, FLAG } from '../compile';
import type { Span } from '../foundPhrases';
import type { Reader } from '../contextReader';
import { GLOSS_PERSON_FLAGS } from './words';
import { MEANING_REACH } from './reaches';

/** The sentences that say the casualty is an adult or no child: what they tell is no child's emergency. */
/**
 * A meaning told as a clause of its own ("she means she was…", "meaning he's…"), not a place or an activity ("he
 * means in the pool"): only such a clause can go on to say who did something.
 */
function meaningIsClause(reader: Reader, context: Span): boolean {
  for (let i = context.first + 1; i <= context.last; i += 1) if (reader.tokens[i].flags & FLAG.subject) return true;
  return false;
}

/** A meaning told as a clause that names a person in its next words (`MEANING_REACH`): who did it. */
export function meaningNamesPerson(reader: Reader, context: Span): boolean {
  if (meaningIsClause(reader, context)) return namesPersonAfter(reader, context, MEANING_REACH, false);
  // A place or an activity never says who a man or a stranger named in the words or the meaning was: "'the man took
  // my clothes off'. He means at the swimming baths".
  const sentence = reader.tokens[context.first].sentence;
  return reader
    .contextsNear(sentence, ['glossPerson'], [0, -1])
    .some((person) => person.last < context.first || person.first <= context.last + MEANING_REACH);
}

/**
 * A person named in the `reach` words after a gloss or a meaning, in its sentence: a relation, someone at home,
 * `glossPerson` ("man", "lodger"), and with `subjects` "he" or "she" too. "It's his uncle", "she means she was
 * squeezed by her stepdad": who did it, not a harmless meaning.
 */
function namesPersonAfter(reader: Reader, context: Span, reach: number, subjects: boolean): boolean {
  const sentence = reader.tokens[context.first].sentence;
  const flags = subjects ? GLOSS_PERSON_FLAGS : GLOSS_PERSON_FLAGS & ~FLAG.subject;
  const last = context.last + reach;
  for (let i = context.last + 1; i <= last && i < reader.tokens.length; i += 1) {
    if (reader.tokens[i].sentence !== sentence) break;
    // "Step" is someone at home only as "step dad": "time out on the step" names no one.
    const partOnly = reader.tokens[i].form === 'step' && !((reader.tokens[i + 1]?.flags ?? 0) & FLAG.household);
    if (reader.tokens[i].flags & flags && !partOnly) return true;
  }
  return (reader.found.contexts.get(sentence) ?? []).some(
    (person) => person.context === 'glossPerson' && person.first > context.last && person.first <= last,
  );
}

/**
 * The sentences that say what a child's words meant (`identifiedMeaning`, not negated), each with the sentence before
 * when the meaning opens its sentence (within its first four words): the words it explains were said there.
 */
export function meaningSentences(reader: Reader): number[] {
  const out: number[] = [];
  for (const [sentence, contexts] of reader.found.contexts) {
    const meaning = contexts.find(
      (context) =>
        context.context === 'identifiedMeaning' &&
        !reader.negatedBefore(context.first) &&
        !meaningNamesPerson(reader, context) &&
        !reader.contrastAfter(context) &&
        reader.contextsNear(sentence, ['real', 'earnest'], [0]).length === 0,
    );
    if (!meaning) continue;
    out.push(sentence);
    const opening = meaning.first - reader.sentenceStart(meaning.first) < 4;
    if (opening && sentence > 0) out.push(sentence - 1);
  }
  return out;
}

/**
 * The sentences where a quoted alarm is glossed at once (`quoteGloss`: "'daddy locks me in the car' - it's the child
 * locks"): the gloss opens right after the closing quote and a dash (`opensAfterQuote`, asked of the gloss's first
 * token), and names no person in its next two words (a relation, someone at home, "he", or `glossPerson`: "man",
 * "lodger").
 */
export function glossSentences(reader: Reader, opensAfterQuote: (token: number) => boolean): number[] {
  const out: number[] = [];
  for (const [sentence, contexts] of reader.found.contexts)
    if (
      contexts.some(
        (context) =>
          context.context === 'quoteGloss' &&
          opensAfterQuote(context.first) &&
          !reader.contrastAfter(context) &&
          // "- it's his grandad", "- it's the lodger, he comes in at night": a person is who, not what it was.
          !namesPersonAfter(reader, context, 2, true),
      )
    )
      out.push(sentence);
  return out;
}

export function adultCasualtySentences(reader: Reader): number[] {
  return sentencesNaming(reader, 'adultCasualty');
}

/**
 * The sentences that name an emergency vehicle going past (s24-C): a sight, not an emergency of the child's. One that
 * opens its sentence says what the sentence before was about too ("… pulling me to the fire door. Fire engine going
 * past outside, she loves them").
 */
export function passingVehicleSentences(reader: Reader): number[] {
  const out: number[] = [];
  for (const [sentence, contexts] of reader.found.contexts) {
    const passing = contexts.find((context) => context.context === 'passingVehicle');
    if (!passing) continue;
    out.push(sentence);
    if (sentence > 0 && passing.first - reader.sentenceStart(passing.first) < 4) out.push(sentence - 1);
  }
  return out;
}

function sentencesNaming(reader: Reader, name: ContextName): number[] {
  const out: number[] = [];
  for (const [sentence, contexts] of reader.found.contexts)
    if (contexts.some((context) => context.context === name)) out.push(sentence);
  return out;
}
