/**
 * Missing and found: whether what is lost is a thing (a teddy, a coat, a phone) rather than a child, whether a
 * missing child is found after, and a missing episode that keeps its level (one of many, or told with another risk).
 */
import { FLAG } from '../compile';
import type { Candidate, Span } from '../foundPhrases';
import { MISSING_KEPT_BY } from '../policy';
import { GAP } from '../tokenize';
import type { Reader } from '../contextReader';
import {
  ENGLISH_NEW_CLAUSE,
  ENGLISH_POINTS_BACK,
  ENGLISH_POSSESSIVES,
  ENGLISH_THING_HELD,
  PARTITIVES,
  PERSON_FLAGS,
  THING_OWNER_BREAKS,
  THING_PRONOUNS,
  YEAR_WORDS,
  isInitial,
} from './words';
import { EXPLAINING_WINDOW, SUBJECT_LOOKBACK } from './reaches';

/**
 * What went missing is a thing: the nearest thing named before the phrase in its sentence, no person and no contrast
 * between ("sgidia rygbi D (bl 8) AR GOLL ers dydd Llun", "y morthwyl mawr heb ei ddod yn ôl"); an aside in brackets
 * or after a comma is passed over. A pronoun before the thing ("ei", "fy") makes it an object someone has ("wedi
 * colli ei ffôn, heb ddod adre" is about her). A phrase opened by "fe", "hi" or "nhw" may point back at a thing in
 * the sentence before, as Welsh nouns have a gender ("Oes rhywun 'di gweld y meic? Ma fe 'di diflannu"); any other
 * person in or before the phrase, or an initial, is its subject, and only a question or a condition ("os oes
 * rhywun yn gweld…") asks after a thing. Welsh phrases only: the things are Welsh words.
 */
export function isThingLost(reader: Reader, match: Candidate): boolean {
  const { tokens } = reader;
  if (match.entry.locale === 'en-GB') return isEnglishThingLost(reader, match);
  if (match.entry.locale !== 'cy') return false;
  const named = PERSON_FLAGS & ~FLAG.pronoun;
  const pointsBack = THING_PRONOUNS.has(tokens[match.first].form);
  if (!pointsBack && tokens[match.first].flags & PERSON_FLAGS) return false;
  // Only the phrase's own clause names its subject: a gap may run on past a dash or a comma into the next clause
  // ("4 ffurflen dal heb ddod nôl - dwi di textio'r rhieni"), whose person is someone else's doing.
  const clause = tokens[match.first].clause;
  for (let i = match.first + (pointsBack ? 1 : 0); i <= match.last && tokens[i].clause === clause; i += 1)
    if (tokens[i].flags & named) return false;
  // A thing named inside the phrase after its opening word is its subject, and an opening "o" is "of": "Dros 30 o
  // gyllyll a ffyrc wedi diflannu".
  if (pointsBack && thingInside(reader, match)) return true;
  if (isInitial(tokens[match.first].form) && ownsThingBefore(reader, match.first)) return true;
  return thingBefore(reader, match.first, pointsBack || answersQuestionBefore(reader, match.first));
}

/**
 * English puts the subject first (s23-K): a thing named before the phrase in its sentence, no person, initial, year
 * group or contrast between, and no "and" or "then" that may start another doer's clause, is what went missing
 * ("G's blue cardigan has gone missing", "one pink wellie missing since Tuesday", "a spare HDMI cable, mine's gone
 * missing"); after a question the phrase may open its sentence ("the key to the PE cupboard? missing since monday").
 * "Mine" stands for the thing named before it. A thing someone has in a clause before the phrase is that person's
 * object ("lost her phone, missing since Friday" is about her), and a person in the phrase is its subject.
 */
function isEnglishThingLost(reader: Reader, match: Candidate): boolean {
  const { tokens } = reader;
  const opening = tokens[match.first];
  const sentence = opening.sentence;
  const start = englishOpening(reader, match.first);
  const asked =
    start === match.first
      ? answersQuestionBefore(reader, start)
      : tokens[start - 1].sentence !== sentence && tokens[start].gapBefore === GAP.question;
  const reach = asked ? [0, -1] : [0];
  const things = reader.contextsNear(sentence, ['lostThing'], reach);
  if (things.length === 0) return false;
  const persons = reader.contextsNear(sentence, ['lostPerson', 'glossPerson'], reach);
  const isPerson = (i: number): boolean =>
    tokens[i].flags & PERSON_FLAGS
      ? tokens[i].form !== 'mine'
      : // A number is no initial: "trip money still missing for 3" counts children, it names none.
        (isInitial(tokens[i].form) && !/\d/.test(tokens[i].form)) ||
        persons.some((person) => person.first <= i && i <= person.last);
  for (let i = match.first; i <= match.last && tokens[i].clause === opening.clause; i += 1)
    if (isPerson(i)) return false;
  for (let j = match.first - 1; j >= 0 && match.first - j <= SUBJECT_LOOKBACK; j -= 1) {
    const token = tokens[j];
    if (token.sentence !== sentence && !(asked && token.sentence === sentence - 1)) return false;
    if (reader.contrasts.has(token.form) || ENGLISH_NEW_CLAUSE.has(token.form)) return false;
    const thing = things.find((context) => context.first <= j && j <= context.last);
    if (thing) {
      const before = tokens[thing.first - 1];
      const owned = before !== undefined && before.sentence === token.sentence && (before.flags & FLAG.pronoun) !== 0;
      return !(owned && tokens[thing.last].clause !== opening.clause) && !thingIsObject(reader, thing.first);
    }
    // "his name in it": a possessive before what it owns names no subject.
    const owned = ENGLISH_POSSESSIVES.has(token.form) && j + 1 < match.first && !isPerson(j + 1);
    if (isPerson(j) && !owned) return false;
  }
  return false;
}

/**
 * Where an English phrase's sentence opens, when only "mine" or "it" and a verb stand before it there ("mine's gone
 * missing" after "has anyone seen a spare lead?"): the phrase reads on from the question as if it opened it.
 */
function englishOpening(reader: Reader, first: number): number {
  const { tokens } = reader;
  const start = reader.sentenceStart(first);
  for (let i = start; i < first; i += 1) if (!ENGLISH_POINTS_BACK.has(tokens[i].form)) return first;
  return start > 0 ? start : first;
}

/**
 * A thing worn, held or taken by someone, up to three words before it in its sentence ("the girl in the blue coat",
 * "took her phone"): the one who wears or takes it is the subject, not the thing.
 */
function thingIsObject(reader: Reader, first: number): boolean {
  return reader.wordJustBefore(first, ENGLISH_THING_HELD);
}

/**
 * A phrase with no subject opening the sentence right after a question: it reads on from what the question asked
 * after, like a pronoun would ("Oes rhywun 'di gweld y trombôn? Ar goll ers y cyngerdd"). Whoever the question names
 * ("Welodd rhywun T? Ar goll ers cinio") is still its subject: the walk back stops at a person or an initial.
 */
function answersQuestionBefore(reader: Reader, first: number): boolean {
  const { tokens } = reader;
  const opening = tokens[first];
  return (
    first > 0 &&
    tokens[first - 1].sentence !== opening.sentence &&
    opening.gapBefore === GAP.question &&
    !(opening.flags & PERSON_FLAGS)
  );
}

/** A lost thing named between the phrase's opening word and its last. */
function thingInside(reader: Reader, match: Candidate): boolean {
  return reader
    .contextsNear(reader.tokens[match.first].sentence, ['lostThing'], [0])
    .some((thing) => thing.first > match.first && thing.last < match.last);
}

/**
 * The nearest thing before `from`, with no person, initial or contrast between; `pointsBack` (a pronoun at `from`)
 * reaches into the sentence before when that one is a question. A subjectless phrase whose nearest person is "fe",
 * "hi" or "nhw" reads on from that pronoun ("…siwmper las fach gyda Ll ar y label, ma hi ar goll ers dydd Mawrth").
 */
function thingBefore(reader: Reader, from: number, pointsBack: boolean): boolean {
  const { tokens } = reader;
  const sentence = tokens[from].sentence;
  const things = reader.contextsNear(sentence, ['lostThing'], pointsBack ? [0, -1] : [0]);
  if (things.length === 0) return false;
  const reach = pointsBack ? EXPLAINING_WINDOW : SUBJECT_LOOKBACK;
  for (let j = from - 1; j >= 0 && from - j <= reach; j -= 1) {
    const token = tokens[j];
    if (sentence - token.sentence > (pointsBack ? 1 : 0) || reader.contrasts.has(token.form)) return false;
    // Only a question before it is asking after a thing ("Oes rhywun 'di gweld y meic? Ma fe 'di diflannu"): after
    // "Ffôn bant." a "hi" is the child.
    if (token.sentence !== sentence && tokens[j + 1].sentence === sentence && tokens[j + 1].gapBefore !== GAP.question)
      return false;
    const thing = things.find((context) => context.first <= j && j <= context.last);
    if (thing) {
      const before = tokens[thing.first - 1];
      if (before && before.sentence === token.sentence && before.flags & FLAG.pronoun) return false;
      // In its own sentence a pronoun's thing is one asked after ("Os oes rhywun yn gweld siwmper…, ma hi ar goll"),
      // not one a child took ("mae hi wedi mynd â'r allweddi ac mae hi ar goll").
      return !pointsBack || token.sentence !== sentence || askedAfter(reader, thing) || sharedOut(reader, from);
    }
    if (!pointsBack && THING_PRONOUNS.has(token.form)) return thingBefore(reader, j, true);
    const owner = thingOwnerAt(reader, j);
    if (owner !== undefined) {
      j = owner;
      continue;
    }
    // A child's initial is the subject, whichever way the walk came ("Ffôn T ar y bws, T ar goll"); a number is not.
    if (token.flags & PERSON_FLAGS || (isInitial(token.form) && (pointsBack || !/\d/.test(token.form)))) return false;
  }
  return false;
}

/** The pronoun at `at` is a share of a set: "hanner nhw", "rhai ohonyn nhw". */
function sharedOut(reader: Reader, at: number): boolean {
  const { tokens } = reader;
  const before = tokens[at - 1];
  if (before === undefined || before.sentence !== tokens[at].sentence) return false;
  if (PARTITIVES.has(before.form)) return true;
  const share = tokens[at - 2];
  return before.form === 'ohonyn' && share !== undefined && PARTITIVES.has(share.form);
}

/**
 * Where the owner of a thing starts when `at` is its initial or the year group after it ("cot las E Bl 2"), so a walk
 * back passes over the owner to the thing; undefined when `at` is no such owner.
 */
function thingOwnerAt(reader: Reader, at: number): number | undefined {
  const { tokens } = reader;
  const isYear = (i: number): boolean => i >= 0 && YEAR_WORDS.has(tokens[i].form);
  const owns = (i: number): boolean => i >= 0 && isInitial(tokens[i].form) && ownsThingBefore(reader, i);
  if (owns(at)) return at;
  if (isYear(at) && owns(at - 1)) return at - 1;
  if (/^\d+$/.test(tokens[at].form) && isYear(at - 1) && owns(at - 2)) return at - 2;
  return undefined;
}

/**
 * A child's initial right after a thing, or after a thing and one more word, is its owner: Welsh puts the owner after
 * what is owned ("tedi T", "cot las E Bl 2"), so the thing, not the child, is what went missing.
 */
function ownsThingBefore(reader: Reader, at: number): boolean {
  const { tokens } = reader;
  // Up to two words may describe the thing before its owner ("sgidie rygbi newydd E ar goll", s26-H): none a person,
  // an initial, a verb's particle or a joining word, which would open another clause about someone.
  const describes = (i: number): boolean =>
    tokens[i].sentence === tokens[at].sentence &&
    !(tokens[i].flags & PERSON_FLAGS) &&
    !isInitial(tokens[i].form) &&
    !THING_OWNER_BREAKS.has(tokens[i].form);
  return reader.contextsNear(tokens[at].sentence, ['lostThing'], [0]).some((thing) => {
    if (thing.last >= at || at - 1 - thing.last > 2) return false;
    for (let i = thing.last + 1; i < at; i += 1) if (!describes(i)) return false;
    return true;
  });
}

/** A condition before a thing in its sentence: a notice asking after it ("Os weloch chi feicroffon y llwyfan"). */
function askedAfter(reader: Reader, thing: Span): boolean {
  return reader
    .contextsNear(reader.tokens[thing.first].sentence, ['conditional'], [0])
    .some((context) => context.last < thing.first);
}

/**
 * Said after it, in its sentence or the two after, that the missing child is back or was never far ("'di cyrraedd,
 * oedd o jyst yn y siop jips", "found them straight away"), and not denied ("heb ddod yn ôl", "not back").
 */
export function isFoundAfter(reader: Reader, match: Candidate): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return reader.contextsNear(sentence, ['returned'], [0, 1, 2]).some(
    (context) =>
      (reader.tokens[context.first].sentence > sentence ||
        context.first > match.last ||
        // The return begins inside the phrase and runs on past it ("wedi mynd ar goll yn y ffair am ddau funud"),
        // or opens with it ("went missing on the night hike for about 10 mins"), or is a combination's last part
        // ("we couldn't find her for about 2 mins").
        (context.first >= match.first && context.last > match.last) ||
        (context.first > match.first && match.parts !== undefined && context.last === match.last) ||
        // A combination's parts may reach past a return told between them ("disappeared from the line - found him
        // 1 min later in the cloakroom looking for his rubber").
        (match.parts !== undefined && context.first > match.parts[0].last)) &&
      !reader.negatedBefore(context.first),
  );
}

/**
 * A missing episode said to be one of many in its sentence or the next ("again", "the third time this term"), or told
 * with a sign of another risk in its sentence or the two after ("in school now but has a new phone"), s25-D.
 */
export function isMissingKept(reader: Reader, match: Candidate): boolean {
  const sentence = reader.tokens[match.first].sentence;
  if (reader.contextsNear(sentence, ['missingAgain'], [0, 1]).length > 0) return true;
  return reader.found.risks.some((risk) => {
    const at = reader.tokens[risk.first].sentence;
    return (
      at >= sentence &&
      at <= sentence + 2 &&
      risk.entry !== match.entry &&
      !risk.entry.indicators.includes('missing') &&
      risk.entry.indicators.some((indicator) => MISSING_KEPT_BY.has(indicator))
    );
  });
}
