/**
 * An alarm explained at once in words no list can hold, marked by a generic word that what came before was harmless
 * (s28-X, `contexts.explainedAtOnce`): "…going to get battered by his dad. Panic over: it was only at darts", "'Dad
 * wedi fy nharo i' – troi allan mai'r bêl feddal oedd hi, dim anafiadau". Such a word could not be trusted on its
 * own: it lowers an alarm to concern because the learned reader still reads the whole message, the explained sentences
 * too, and raises the level again wherever it reads it urgent (combineLearned.ts). Never a severity signal (judged in
 * assessText.ts).
 */
import type { ContextName } from '../compile';
import { type Candidate, overlaps, type Span } from '../foundPhrases';
import type { Reader } from '../contextReader';
import { ASKED_OR_CLAIMED } from './words';

/** What no generic explanation answers, in the alarm's sentence or the marker's: real, meant, now, a call made. */
const KEEPS: readonly ContextName[] = ['real', 'earnest', 'imminent', 'emergencyCalled', 'stillHappening'];

/**
 * What a message's markers say whatever the alarm, worked out once per message: a hostile 100 KB sentence holds
 * thousands of markers and alarms, and asking again for every alarm made the reading quadratic.
 */
interface Memo {
  /** Per marker (by its first word), whether it can explain anything at all. */
  readonly markerOk: Map<number, boolean>;
  /** Per alarm sentence and marker sentence, the cues that keep the alarm (KEEPS, outside the markers' own words). */
  readonly keeps: Map<string, ReadonlyArray<Span>>;
}

const memos = new WeakMap<Reader, Memo>();

function memoOf(reader: Reader): Memo {
  let memo = memos.get(reader);
  if (!memo) {
    memo = { markerOk: new Map(), keeps: new Map() };
    memos.set(reader, memo);
  }
  return memo;
}

/** A risk phrase after the marker in its sentence ("turned out she'd taken the whole packet"): no explanation. */
function riskAfter(reader: Reader, marker: Span): boolean {
  return (reader.lastRiskStartIn(reader.tokens[marker.first].sentence) ?? -1) > marker.last;
}

/** Someone's claim or telling ("says", "told me"), and how many words before the marker it may end. */
const CLAIMS: readonly ContextName[] = ['claimedBy', 'telling'];
const CLAIM_REACH = 3;

/**
 * Someone's claim or telling up to three words before the marker, or a word of asking or claiming there ("asked if",
 * "insists", "yn mynnu bod"): a question or someone's own account, not the writer's explanation.
 */
function claimedJustBefore(reader: Reader, marker: Span): boolean {
  const sentence = reader.tokens[marker.first].sentence;
  if (reader.wordJustBefore(marker.first, ASKED_OR_CLAIMED)) return true;
  return reader
    .contextsNear(sentence, CLAIMS, [0])
    .some((claim) => claim.last < marker.first && marker.first - claim.last <= CLAIM_REACH);
}

/**
 * The sentence of a generic explanation said after the alarm in its sentence or in the next (two on when the one
 * between names no risk), or undefined. Not a marker that is negated ("not all fine"), inside quotation marks (the
 * child's own "it's fine"), asked or claimed ("asked if she was ok", "mum insists she's fine"), followed by a contrast
 * ("he's fine now but dad said…") or by another risk phrase in its sentence; and not when a sentence from the alarm's
 * to the marker's says it is real, meant, happening now or still going on, or that an emergency call was made (the
 * marker's own words do not count: "fine now").
 */
export function explainedAtOnceIn(reader: Reader, match: Candidate): number | undefined {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  // Two sentences on when the one between names no risk of its own, as what a thing was may be (identifiedIn): "'My
  // dad hit me in the face.' Asked more: dad's shot caught him in the garden. He was laughing about it".
  const memo = memoOf(reader);
  const reach = reader.namesRiskIn(sentence + 1) ? [0, 1] : [0, 1, 2];
  const marker = reader.contextsNear(sentence, ['explainedAtOnce'], reach).find((context) => {
    if (tokens[context.first].sentence === sentence && context.first <= match.last) return false;
    let ok = memo.markerOk.get(context.first);
    if (ok === undefined) {
      ok = markerExplains(reader, context);
      memo.markerOk.set(context.first, ok);
    }
    return ok;
  });
  if (!marker) return undefined;
  const said = tokens[marker.first].sentence;
  for (let at = sentence; at <= said; at += 1)
    if (keepsIn(reader, memo, at, said).some((context) => !overlaps(context, match))) return undefined;
  return said;
}

/** Whether a marker can explain anything, whatever the alarm (see explainedAtOnceIn). */
function markerExplains(reader: Reader, context: Span): boolean {
  if (reader.negatedBefore(context.first)) return false;
  // "She said 'it's fine, I'm fine'", "mum insists she's fine": what the child or an adult says of it is their own
  // word, often the minimising that is itself a sign, never the writer's explanation.
  if (reader.quotedAt(context.first) || claimedJustBefore(reader, context)) return false;
  return !reader.contrastAfter(context) && !riskAfter(reader, context);
}

/** The cues of KEEPS in sentence `at` that are not the own words of a marker in sentence `said` ("fine now"). */
function keepsIn(reader: Reader, memo: Memo, at: number, said: number): ReadonlyArray<Span> {
  const key = `${at}:${said}`;
  let kept = memo.keeps.get(key);
  if (!kept) {
    // Only a cue inside the marker is its own word ("fine now").
    kept = reader.contextsOutside(at, KEEPS, reader.contextsNear(said, ['explainedAtOnce'], [0]));
    memo.keeps.set(key, kept);
  }
  return kept;
}
