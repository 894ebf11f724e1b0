/**
 * An alarm explained at once in words no list can hold, marked by a generic word that what came before was harmless
 * (s28-X, `contexts.explainedAtOnce`): "…'I've taken loads of tablets'. Two Strepsils, he's fine", "…ma gwaed ym
 * mhobman – sudd mafon, dim anafiadau". The phrases cannot trust such a word on its own: it lowers an alarm only when
 * the learned reader, reading the whole message, agrees (combineLearned.ts `readBackedExplanation`).
 */
import type { ContextName } from '../compile';
import { type Candidate, overlaps, type Span } from '../foundPhrases';
import type { Reader } from '../contextReader';
import { namesRiskIn } from './identified';

/** What no generic explanation answers, in the alarm's sentence or the marker's: real, meant, now, a call made. */
const KEEPS: readonly ContextName[] = ['real', 'earnest', 'imminent', 'emergencyCalled', 'stillHappening'];

/** A risk phrase after the marker in its sentence ("turned out she'd taken the whole packet"): no explanation. */
function riskAfter(reader: Reader, marker: Span): boolean {
  const sentence = reader.tokens[marker.first].sentence;
  return reader.found.risks.some((risk) => risk.first > marker.last && reader.tokens[risk.first].sentence === sentence);
}

/**
 * The sentence of a generic explanation said after the alarm in its sentence or in the next, or undefined. Not a
 * marker that is negated ("not all fine"), followed by a contrast ("he's fine now but dad said…") or by another risk
 * phrase in its sentence, and not when the alarm's sentence or the marker's says it is real, meant, happening now or
 * still going on, or that an emergency call was made (the marker's own words do not count: "fine now").
 */
export function explainedAtOnceIn(reader: Reader, match: Candidate): number | undefined {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  // Two sentences on when the one between names no risk of its own, as what a thing was may be (identifiedIn): "'My
  // dad hit me in the face.' Asked more: dad's shot caught him in the garden. He was laughing about it".
  const reach = namesRiskIn(reader, sentence + 1) ? [0, 1] : [0, 1, 2];
  const marker = reader.contextsNear(sentence, ['explainedAtOnce'], reach).find((context) => {
    if (tokens[context.first].sentence === sentence && context.first <= match.last) return false;
    if (reader.negatedBefore(context.first)) return false;
    return !reader.contrastAfter(context) && !riskAfter(reader, context);
  });
  if (!marker) return undefined;
  const said = tokens[marker.first].sentence;
  const markers = reader.contextsNear(said, ['explainedAtOnce'], [0]);
  for (let at = sentence; at <= said; at += 1) {
    const kept = reader
      .contextsNear(at, KEEPS, [0])
      .some((context) => !markers.some((own) => overlaps(own, context)) && !overlaps(context, match));
    if (kept) return undefined;
  }
  return said;
}
