/**
 * Accidents, injuries and who did them: an accident told before or after a hurt, an injury no game gives, an
 * assailant named, a reason for an adult's blow, a history, a recovery, a screening that found nothing.
 */
import { type ContextName, FLAG } from '../compile';
import { type Span, overlaps } from '../foundPhrases';
import { GAP } from '../tokenize';
import type { Reader } from '../contextReader';
import { REFLEXIVE_WORDS } from './words';
import { ASSAILANT_REACH, EMERGENCY_SENTENCES, EXPLAINING_WINDOW } from './reaches';
import { namesHousehold } from './play';

/**
 * Asked about and denied: a screening question shortly before the phrase in its sentence, no child's telling between,
 * and a denial after the phrase in its sentence or the next ("Asked directly about self-harm and suicidal thoughts;
 * she denies both").
 */
export function isScreenedAndDenied(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  const asked = reader
    .contextsNear(sentence, ['screening'], [0])
    .some(
      (context) =>
        context.last < match.first &&
        match.first - context.last <= EXPLAINING_WINDOW &&
        !reader.toldBetween(context, match),
    );
  if (!asked) return false;
  return reader
    .contextsNear(sentence, ['denial'], [0, 1])
    .some((context) => reader.tokens[context.first].sentence > sentence || context.first > match.last);
}

export function isHistory(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  // A resolution denied is no resolution: "Dydy o ddim wedi'i ffeindio o fewn deg munud" (still missing).
  const here = reader
    .contextsNear(sentence, ['history', 'historyAfter', 'resolution', 'recency'], [0])
    .filter((context) => context.context !== 'resolution' || !reader.negatedBefore(context.first));
  if (here.some((context) => context.context === 'recency')) return false;
  if (here.some((context) => context.context === 'history')) return true;
  if (
    here.some(
      (context) =>
        (context.context === 'historyAfter' || context.context === 'resolution') && context.first > match.last,
    )
  )
    return true;
  return reader.contextsNear(sentence, ['resolution'], [1]).some((context) => !reader.negatedBefore(context.first));
}

export function isAccident(reader: Reader, match: Span): boolean {
  return accidentCues(reader, match).length > 0;
}

function accidentCues(reader: Reader, match: Span): Array<Span & { context: ContextName }> {
  const { tokens } = reader;
  const clause = tokens[match.first].clause;
  return reader
    .contextsNear(tokens[match.first].sentence, ['accident'], [0])
    .filter((context) => tokens[context.first].clause === clause || tokens[context.last].clause === clause);
}

/**
 * An accident happening (`accidentEvent`, not a sport or a place) told in the clause just before, when the hurt opens
 * the next clause as what the accident did: "wedi cael damwain fach ar ei feic, crafu'i freichiau". A hurt named as
 * done to oneself ("torri ei hun") is not explained, nor one the child tells.
 */
export function isAccidentToldBefore(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const { clause, sentence } = tokens[match.first];
  const previous = tokens[match.first - 1];
  if (previous === undefined || previous.sentence !== sentence || previous.clause !== clause - 1) return false;
  for (let at = match.first; at <= match.last; at += 1) if (REFLEXIVE_WORDS.has(tokens[at].form)) return false;
  const inPrevious = (span: Span): boolean =>
    tokens[span.first].clause === clause - 1 && tokens[span.last].clause === clause - 1;
  const inEither = (span: Span): boolean =>
    tokens[span.first].clause === clause - 1 || tokens[span.first].clause === clause;
  return (
    reader.contextsNear(sentence, ['accidentEvent'], [0]).some(inPrevious) &&
    !reader.contextsNear(sentence, ['telling'], [0]).some(inEither)
  );
}

/**
 * An accident told in the clause just after the phrase's, behind a dash or a colon: "wedi brifo'i hun dros y
 * penwythnos – syrthio oddi ar ei feic". A child's telling in that clause ("– says she fell") is the child's account,
 * for the DSL to weigh, so it explains nothing.
 */
export function isAccidentToldAfter(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const { clause, sentence } = tokens[match.last];
  let next = match.last + 1;
  while (next < tokens.length && tokens[next].clause === clause) next += 1;
  const opener = tokens[next];
  if (opener === undefined || opener.sentence !== sentence) return false;
  if (opener.gapBefore !== GAP.dash && opener.gapBefore !== GAP.colon) return false;
  const inExplanation = (span: Span): boolean => tokens[span.first].clause === opener.clause;
  return (
    reader.contextsNear(sentence, ['accident'], [0]).some(inExplanation) &&
    !reader.contextsNear(sentence, ['telling'], [0]).some(inExplanation)
  );
}

/** Every accident cue in the phrase's clause is a sport ("rugby", "football"): a game named, not an accident told. */
export function accidentOnlyBySport(reader: Reader, match: Span): boolean {
  const sports = reader.contextsNear(reader.tokens[match.first].sentence, ['sport'], [0]);
  return accidentCues(reader, match).every((cue) => sports.some((sport) => overlaps(sport, cue)));
}

/** Contexts of one kind in the clause of the phrase's first or last word (one sentence). */
function inClauseOf(reader: Reader, match: Span, name: ContextName): boolean {
  const { tokens } = reader;
  const clauses = new Set([tokens[match.first].clause, tokens[match.last].clause]);
  return reader
    .contextsNear(tokens[match.first].sentence, [name], [0])
    .some((context) => clauses.has(tokens[context.first].clause) || clauses.has(tokens[context.last].clause));
}

/**
 * Someone named as doing it: in the phrase, or just before it in its clause ("older lads punched him", "two boys beat
 * him up"), not a person named further back ("a story about a boy whose dad … gets beaten up").
 */
export function namesAssailant(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const clause = tokens[match.first].clause;
  return reader
    .contextsNear(tokens[match.first].sentence, ['assailant'], [0])
    .some(
      (context) =>
        tokens[context.last].clause === clause &&
        context.first <= match.last &&
        match.first - context.last <= ASSAILANT_REACH,
    );
}

/**
 * A blow by an adult at home with a reason given for it after, in its sentence ("Mae dad yn fy mwrw i efo'r bêl
 * achos dwi'n colli", "my dad hits me with the ball because I lose"): a punishment, so neither the ball an idiom
 * names nor a game said after explains it (s23-H). The caller checks that the phrase is an urgent blow.
 */
export function givesReasonForAdultsBlow(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return (
    namesHousehold(reader, match) &&
    reader.contextsNear(sentence, ['reasonFor'], [0]).some((reason) => reason.first > match.last)
  );
}

/**
 * The sentence that says a medical emergency is over and the child well (s23-B): a `recovered` cue after the phrase
 * in its sentence or in the next ("choking on a grape — back blows and it came out straight away, he was fine"), or
 * two on when the sentence between names no risk of its own; or undefined. Not when a cue is denied ("he wasn't
 * fine"), when a sentence from the phrase's to the cue's says it is real or still going on ("came round but is still
 * drowsy", "taken to A&E"), or when an emergency call is named within two sentences ("ambulance on its way").
 */
export function recoveredIn(reader: Reader, match: Span): number | undefined {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  if (reader.contextsNear(sentence, ['emergencyCalled'], EMERGENCY_SENTENCES).length > 0) return undefined;
  const cues = reader
    .contextsNear(sentence, ['recovered'], [0, 1, 2])
    .filter((cue) => !reader.negatedBefore(cue.first));
  // "Iawn nawr" (fine now) holds a word of now: a cue's own words say nothing real, but a real word that begins
  // before the cue does ("dal heb stopio o fewn deg munud").
  const cue = cues.find((context) => {
    const said = tokens[context.first].sentence;
    if (said === sentence && context.first <= match.last) return false;
    if (said === sentence + 2 && reader.namesRiskIn(sentence + 1)) return false;
    for (let at = sentence; at <= said; at += 1) if (reader.saysRealOutside(at, cues)) return false;
    return true;
  });
  return cue === undefined ? undefined : tokens[cue.first].sentence;
}

/** An injury no game gives in the phrase's clause ("burnt him with a cigarette"). */
export function namesInflicted(reader: Reader, match: Span): boolean {
  return inClauseOf(reader, match, 'inflicted');
}

/**
 * An injury no game gives ("a cigarette", "a lighter") named inside the phrase itself, which also names the child
 * (a pronoun or "me"): "llosgi fi efo'r sigarét", not "hit the man with a stick".
 */
export function namesInflictedOnChild(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  let child = false;
  for (let i = match.first; i <= match.last && !child; i += 1)
    child = (tokens[i].flags & (FLAG.pronoun | FLAG.firstPerson | FLAG.firstPersonCy)) !== 0;
  return (
    child &&
    reader
      .contextsNear(tokens[match.first].sentence, ['inflicted'], [0])
      .some((context) => context.first >= match.first && context.last <= match.last)
  );
}
