/**
 * People and doers: who a phrase is about, a pronoun just after it, a pet beside or a lost thing's owner, two doers.
 */
import { FLAG } from '../compile';
import type { Candidate } from '../foundPhrases';
import type { Reader } from '../contextReader';
import { ENGLISH_PET_BESIDE, WRITER_DOERS } from './words';
import { SUBJECT_LOOKBACK } from './reaches';

/** Who a phrase is about, read from the nearest person named before it. */
export type Subject = 'child' | 'someone-else' | 'unknown';

/**
 * Whether a token is no pronoun for this phrase: in a Welsh message a lower-case "i" is the preposition "to" ("sesiwn
 * i Bl 8 ar sextortion"), never English "I", for an English phrase. Welsh phrases keep it: there "i" is also "me".
 */
function notAPronounFor(reader: Reader, match: Candidate, index: number): boolean {
  return match.entry.locale !== 'cy' && reader.welshPrepositionI.has(index);
}

/**
 * A pronoun for the child inside the phrase (not its last word) or within three words after it, in its clause ("… on
 * her arms"); or a combination across clauses whose last clause opens with a subject pronoun ("L (8) dropped off at
 * 7.45 for training, he walks home alone 2 miles").
 */
export function pronounJustAfter(reader: Reader, match: Candidate): boolean {
  const { tokens } = reader;
  const clause = tokens[match.last].clause;
  if (match.parts && tokens[match.first].clause !== clause && opensWithSubject(reader, match, clause)) return true;
  for (let j = match.first + 1; j < tokens.length && j <= match.last + 3 && tokens[j].clause === clause; j += 1) {
    // The phrase's own last word is its object ("kill themselves"), not who it is about.
    if (j === match.last || !(tokens[j].flags & FLAG.pronoun) || notAPronounFor(reader, match, j)) continue;
    // "Gwaed ym mhobman medde hi": the pronoun after a reporting verb is the teller.
    if (tokens[j - 1].flags & FLAG.reporting) continue;
    return true;
  }
  return false;
}

/** The first word of `clause` inside the match is a subject pronoun ("he", "she"), not the match's last word. */
function opensWithSubject(reader: Reader, match: Candidate, clause: number): boolean {
  const { tokens } = reader;
  for (let j = match.first + 1; j < match.last; j += 1) {
    if (tokens[j].clause !== clause) continue;
    return (tokens[j].flags & FLAG.subject) !== 0 && (tokens[j].flags & FLAG.pronoun) !== 0;
  }
  return false;
}

/**
 * An English relation right before a thing someone took ("took her mum's money and went missing", "his dad's car
 * keys") owns the thing; it is not who went missing, so the walk back for a missing phrase's subject passes it.
 */
function ownsLostThing(reader: Reader, match: Candidate, at: number): boolean {
  if (match.entry.locale !== 'en-GB' || !match.entry.indicators.includes('missing')) return false;
  return reader
    .contextsNear(reader.tokens[at].sentence, ['lostThing'], [0])
    .some((thing) => thing.first > at && thing.first - at <= 2 && thing.last < match.first);
}

/**
 * An English pet that is also a thing one may lose ("dog", "cat": `lostThing`), named as what someone has with them
 * ("the lad with the dog has gone missing", "a girl walking her dog"): a description of the one it is about, not a
 * third party, so the walk back for the phrase's subject passes it.
 */
function isPetBeside(reader: Reader, match: Candidate, at: number): boolean {
  if (match.entry.locale !== 'en-GB') return false;
  const { tokens } = reader;
  const pet = reader
    .contextsNear(tokens[at].sentence, ['lostThing'], [0])
    .some((thing) => thing.first <= at && at <= thing.last);
  return pet && reader.wordJustBefore(at, ENGLISH_PET_BESIDE);
}

/**
 * Two people named as the doers of a `one-doer` combination's first two parts (s24-E): the nearest person named
 * before each part in its clause (a relation, an adult at home, or the writer: "I", "we"), two different words, the
 * later one after the earlier part: "Mum was drunk so nan drove the kids home", "Dad had been drinking so I drove
 * them". A pronoun before a part points back ("dad's drunk and he's driving them"): no second doer.
 */
export function namesTwoDoers(reader: Reader, match: Candidate): boolean {
  if (!match.entry.tags.has('one-doer') || match.parts === undefined || match.parts.length < 2) return false;
  const [a, b] = match.parts[0].first <= match.parts[1].first ? match.parts : [match.parts[1], match.parts[0]];
  const writer = WRITER_DOERS[match.entry.locale];
  // A rule whose first part is itself the person ("the TA", `person-first`) names its doer there: "cuddle with the TA
  // … mum messaged to say…" is mum's message, not the TA's (s26-H).
  // Only someone named in another clause: "a volunteer coach has been messaging her" is the coach's own message.
  const personFirst = match.entry.tags.has('person-first');
  const first = personFirst ? a.last : doerBefore(reader, a.first, writer);
  const second = doerBefore(reader, b.first, writer);
  if (first === undefined || second === undefined || second <= a.last) return false;
  if (personFirst && reader.tokens[second].clause === reader.tokens[a.last].clause) return false;
  return reader.tokens[first].form !== reader.tokens[second].form;
}

/** The person named just before `at` in its clause (up to four words back), or undefined at a pronoun or none. */
function doerBefore(reader: Reader, at: number, writer: ReadonlySet<string>): number | undefined {
  const { tokens } = reader;
  for (let k = at - 1; k >= 0 && at - k <= 4 && tokens[k].clause === tokens[at].clause; k -= 1) {
    if (tokens[k].flags & (FLAG.relation | FLAG.household) || writer.has(tokens[k].form)) return k;
    if (tokens[k].flags & (FLAG.pronoun | FLAG.subject)) return undefined;
  }
  return undefined;
}

/** The child (a pronoun, or "me" in the phrase), someone else (a relation), or no one named. */
export function subjectOf(reader: Reader, match: Candidate): Subject {
  const { tokens } = reader;
  const ownFirstPerson = match.entry.locale === 'cy' ? FLAG.firstPersonCy : FLAG.firstPerson;
  for (let i = match.first; i <= match.last; i += 1) if (tokens[i].flags & ownFirstPerson) return 'child';
  // "she's on the bridge": the phrase opens with its own subject.
  if (tokens[match.first].flags & FLAG.subject) return 'child';
  const sentence = tokens[match.first].sentence;
  for (let j = match.first - 1; j >= 0 && match.first - j <= SUBJECT_LOOKBACK; j -= 1) {
    const token = tokens[j];
    if (token.sentence !== sentence) break;
    if (token.flags & (FLAG.pronoun | FLAG.firstPerson | FLAG.firstPersonCy) && !notAPronounFor(reader, match, j)) {
      // Welsh puts a possessive pronoun after its noun: "ffrind hi" is "her friend".
      const before = tokens[j - 1];
      const possessive =
        (token.flags & FLAG.possessive) !== 0 &&
        before !== undefined &&
        before.sentence === sentence &&
        (before.flags & FLAG.relation) !== 0;
      return possessive ? 'someone-else' : 'child';
    }
    if (token.flags & FLAG.relation && !ownsLostThing(reader, match, j) && !isPetBeside(reader, match, j))
      return 'someone-else';
  }
  return 'unknown';
}
