/**
 * Time and imminence: whether a phrase is now or soon, told as earlier, and the emergency calls, handovers today,
 * things still happening, accidents or games and going home told near it.
 */
import { type ContextName, FLAG } from '../compile';
import type { Candidate, Span } from '../foundPhrases';
import type { Reader } from '../contextReader';
import { EMERGENCY_SENTENCES } from './reaches';
import { welshRadicals } from '../welshMutation';

export function isImminent(reader: Reader, match: Candidate, soon: boolean): boolean {
  const names: ContextName[] = soon ? ['imminent', 'soon'] : ['imminent'];
  const sentence = reader.tokens[match.first].sentence;
  return reader
    .contextsNear(sentence, names, toldAsEarlier(reader, match) ? [0] : [0, -1, 1])
    .some((cue) => !isNotNow(reader, cue) && !(cue.context === 'soon' && isLater(reader, cue)));
}

/**
 * An act told in a sentence that names an earlier time ("Ddoe … gyrrodd e bant gyda nhw", "this morning he'd driven
 * them in"): a now-cue in the sentence before or after is the time of the telling, not of the act (s24-E).
 */
function toldAsEarlier(reader: Reader, match: Candidate): boolean {
  if (!match.entry.tags.has('one-doer')) return false;
  return reader.contextsNear(reader.tokens[match.first].sentence, ['emergencyEarlier', 'toldEarlier'], [0]).length > 0;
}

/**
 * A danger that lasts only while it goes on (a child shut out of home in the cold, s25-A), told in a sentence of one
 * of its parts that names an earlier time ("last night she was locked out in the garden", "it was minus 2 on Tuesday
 * night"): it is over now, however cold it was, unless one of those sentences or the next says the child is still
 * out or out again tonight ("chucked out last night. mam wont answer. nowhere to go tonight").
 */
export function namesEarlierTime(reader: Reader, match: Candidate): boolean {
  const sentences = [...new Set((match.parts ?? [match]).map((part) => reader.tokens[part.first].sentence))];
  const earlier = sentences.some(
    (sentence) => reader.contextsNear(sentence, ['emergencyEarlier', 'toldEarlier'], [0]).length > 0,
  );
  const last = Math.max(...sentences);
  return earlier && ![...sentences, last + 1].some((at) => reader.contextsNear(at, ['stillOut'], [0]).length > 0);
}

/**
 * "Flights booked for the summer", "tickets for July" (s21-I): a time months away in the travel word's sentence makes
 * travel booked not travel within days. Tonight and today still are.
 */
function isLater(reader: Reader, cue: Span): boolean {
  return reader.contextsNear(reader.tokens[cue.first].sentence, ['later'], [0]).length > 0;
}

/**
 * An emergency call made for it, in its sentence or within two either side ("… soaked through. I've rung 999"), not
 * denied ("mum hasn't rung 999") and not told as before today ("I rang 999 on Saturday"): the danger is now.
 */
export function emergencyCalledNear(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return reader.contextsNear(sentence, ['emergencyCalled'], EMERGENCY_SENTENCES).some(
    (call) =>
      !reader.negatedBefore(call.first) &&
      // "I rang 999 myself. Happened last night": the time may follow in the next sentence.
      reader.contextsNear(reader.tokens[call.first].sentence, ['emergencyEarlier', 'history'], [0, 1]).length === 0,
  );
}

/**
 * The child handed over today (s22-I): a handover in the phrase's sentence, the two after or the one before, not
 * denied ("dad isn't collecting her"), with a time today in the handover's own sentence ("dad is collecting her
 * today at 3"). A handover on another day or every week ("collects her on Fridays") names no time today.
 */
export function isHandoverTodayNear(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return reader
    .contextsNear(sentence, ['handover'], [0, 1, 2, -1])
    .some(
      (handover) =>
        !reader.negatedBefore(handover.first) &&
        reader.contextsNear(reader.tokens[handover.first].sentence, ['today'], [0]).length > 0 &&
        !collectedBySomeoneElse(reader, match, handover),
    );
}

/**
 * Someone else collects (s27-A): the harm's sentence names the people in it by a relation or an adult at home ("my
 * brother put a pillow on my face"), and the handover's clause names, before the handover, only other people ("Nan is
 * collecting her today"). The child goes home with a safe adult, so the harm stays urgent. A collector named by a
 * name or a pronoun ("Kyle is the named pickup", "he is coming to get her"), or a harm whose doer has no relation
 * named in its sentence, is read as the same person: when unsure, the higher level stands.
 */
function collectedBySomeoneElse(reader: Reader, match: Span, handover: Span): boolean {
  const { tokens } = reader;
  const harmPeople = peopleIn(reader, (token) => token.sentence === tokens[match.first].sentence);
  if (harmPeople.length === 0) return false;
  const { sentence, clause } = tokens[handover.first];
  const collectors = peopleIn(
    reader,
    (token, at) => token.sentence === sentence && token.clause === clause && at < handover.first,
  );
  return (
    collectors.length > 0 && !collectors.some((collector) => harmPeople.some((person) => samePerson(collector, person)))
  );
}

/** The relations and adults at home named in the tokens `where` picks (not pronouns). */
function peopleIn(reader: Reader, where: (token: Reader['tokens'][number], at: number) => boolean): string[] {
  const out: string[] = [];
  reader.tokens.forEach((token, at) => {
    if (token.flags & (FLAG.relation | FLAG.household) && where(token, at)) out.push(token.form);
  });
  return out;
}

/** One word for a parent however it is written: "daddy", "father", Welsh "tad" (and its mutations, `welshRadicals`). */
const PARENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['daddy', 'dad'],
  ['dada', 'dad'],
  ['dadi', 'dad'],
  ['father', 'dad'],
  ['tad', 'dad'],
  ['mummy', 'mum'],
  ['mammy', 'mum'],
  ['mam', 'mum'],
  ['mami', 'mum'],
  ['mom', 'mum'],
  ['mommy', 'mum'],
  ['mother', 'mum'],
]);

/** The forms a person word may stand for: itself, without an English possessive "s", its Welsh radicals. */
function personKeys(form: string): Set<string> {
  const forms = [form];
  if (form.length > 3 && form.endsWith('s')) forms.push(form.slice(0, -1));
  forms.push(...welshRadicals(form));
  return new Set(forms.map((word) => PARENT_WORDS.get(word) ?? word));
}

function samePerson(a: string, b: string): boolean {
  const keys = personKeys(a);
  for (const key of personKeys(b)) if (keys.has(key)) return true;
  return false;
}

/**
 * Violence said to be going on now, in the phrase's sentence or the next ("… beating her in the garden. It's still
 * going on.", s22-I), and not denied ("it isn't still going on").
 */
export function isStillHappeningNear(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return reader.contextsNear(sentence, ['stillHappening'], [0, 1]).some((cue) => !reader.negatedBefore(cue.first));
}

/**
 * An accident or a game named in the sentence of words told one at a time, or in the next (s23-D): "'dad' 'hurt'
 * 'knee'" while telling of dad's football injury. Single words do not say whose body was hurt, so the household adult
 * they name does not keep them an alarm, as "his dad punched him at football" does.
 */
export function isAccidentOrGameNear(reader: Reader, match: Span): boolean {
  return reader.contextsNear(reader.tokens[match.first].sentence, ['accident', 'sport'], [0, 1]).length > 0;
}

/** The child's going home said in its sentence or next to it ("when I get in", "if I go home"). */
export function isGoingHomeNear(reader: Reader, match: Span): boolean {
  return reader.contextsNear(reader.tokens[match.first].sentence, ['goingHome'], [0, -1, 1]).length > 0;
}

/** A cue inside a "now" that tells an age or a stage ("the brother is now 24 and recovered"): not a time. */
function isNotNow(reader: Reader, cue: Span): boolean {
  return reader
    .contextsNear(reader.tokens[cue.first].sentence, ['notNow'], [0])
    .some((age) => age.first <= cue.first && age.last >= cue.last);
}
