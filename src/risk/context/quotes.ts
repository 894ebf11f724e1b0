/**
 * Quotes the writer explains: a word of the alarm quoted again and said what it was ("the 'knife' was a playdough
 * cutter"), a quoted alarm glossed after a dash, the game a child's shot or stab was told cleanly.
 */
import { FLAG } from '../compile';
import { type Candidate, type Span, overlaps } from '../foundPhrases';
import type { Reader } from '../contextReader';
import {
  GLOSS_EXPLAINS,
  GLOSS_PEERS,
  PLAY_INTERRUPTED,
  REQUOTE_AFTER,
  REQUOTE_BEFORE,
  REQUOTE_NOT_WHAT,
} from './words';
import { GLOSS_PERSON_REACH, GLOSS_REACH, OVERLAP_REACH, REQUOTE_REACH, REQUOTE_TAIL } from './reaches';
import { otherUrgentAlarmIn } from './threats';

/**
 * The sentence where the writer quotes a word of the alarm again and says what it was (s25-C): "'I'm going to jump
 * off the roof!' - the 'roof' is the soft block tower", "the 'knife' was a playdough cutter". After the phrase, in
 * its sentence or the next, a word of the phrase alone in quotation marks, after "the", "that" or a possessive and
 * before "is", "was" or "means", not named again after it ("the 'roof' is the school roof"); no risk phrase after it
 * in its sentence, and neither sentence says it is real, in earnest or happening now. Undefined when there is none.
 */
export function requotedIn(reader: Reader, match: Candidate): number | undefined {
  // Most messages quote no word alone; the rest look only REQUOTE_REACH words on, so a long run of alarms costs no
  // more per alarm than a short one.
  if (reader.quotedAlone.size === 0) return undefined;
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  const reachEnd = Math.min(tokens.length - 2, match.last + REQUOTE_REACH);
  let words: ReadonlySet<string> | undefined;
  for (let i = match.last + 1; i <= reachEnd && tokens[i].sentence <= sentence + 1; i += 1) {
    if (!reader.quotedAlone.has(i)) continue;
    const word = tokens[i].form;
    words ??= alarmWords(reader, match);
    if (!words.has(word)) continue;
    if (!REQUOTE_BEFORE.has(tokens[i - 1].form) || !REQUOTE_AFTER.has(tokens[i + 1].form)) continue;
    // "The 'knife' was in his bag", "the 'belt' is a real one": where it was or that it was real says no other thing.
    if (i + 2 >= tokens.length || REQUOTE_NOT_WHAT.has(tokens[i + 2].form)) continue;
    const said = tokens[i].sentence;
    const starts = reader.risksByStart();
    for (let j = i + 1; j < tokens.length && j - i <= REQUOTE_REACH && tokens[j].sentence === said; j += 1)
      if (tokens[j].form === word || starts.has(j)) return undefined;
    const near = said === sentence ? [0] : [0, 1];
    if (reader.contextsNear(sentence, ['real', 'earnest', 'imminent'], near).length > 0) return undefined;
    return said;
  }
  return undefined;
}

/**
 * The words (three letters or more) of the phrase and of any risk phrase it overlaps ("going to jump" in "… jump off
 * the roof").
 */
function alarmWords(reader: Reader, match: Candidate): ReadonlySet<string> {
  const { tokens } = reader;
  const words = new Set<string>();
  const byStart = reader.risksByStart();
  for (let start = Math.max(0, match.first - OVERLAP_REACH); start <= match.last; start += 1)
    for (const risk of byStart.get(start) ?? [])
      if (overlaps(risk, match))
        for (let i = Math.min(risk.first, match.first); i <= Math.max(risk.last, match.last); i += 1)
          if (tokens[i].form.length >= 3) words.add(tokens[i].form);
  // Where or how, told straight after it in its clause ("pushed him down the stairs … the 'stairs' is the bumpy
  // slide", s26-H): the writer may quote one of those words to say what it was.
  const { sentence, clause } = tokens[match.last];
  for (let i = match.last + 1; i < tokens.length && i - match.last <= REQUOTE_TAIL; i += 1) {
    if (tokens[i].sentence !== sentence || tokens[i].clause !== clause) break;
    if (tokens[i].form.length >= 3) words.add(tokens[i].form);
  }
  return words;
}

/**
 * The sentence `said` that names the game a child's shot or stab was (s26-H: "They're playing army and it was his
 * turn to be the one who dies") names, after the phrase, no one at home and no stranger, no contrast, nothing that
 * happened while they played ("when a man…", "then"), nothing real or in earnest, and no other urgent alarm.
 */
export function playToldCleanly(reader: Reader, match: Candidate, said: number): boolean {
  const { tokens } = reader;
  for (let i = match.last + 1; i < tokens.length && tokens[i].sentence <= said; i += 1) {
    const token = tokens[i];
    if (token.sentence !== said) continue;
    if (reader.contrasts.has(token.form) || PLAY_INTERRUPTED.has(token.form)) return false;
    if (token.flags & FLAG.household) return false;
  }
  if (otherUrgentAlarmIn(reader, match, said, said)) return false;
  return (
    reader.contextsNear(said, ['glossPerson', 'real', 'earnest', 'afterwards', 'inflicted', 'assailant'], [0])
      .length === 0
  );
}

/**
 * A quoted alarm glossed at once after a dash (s24-A): the gloss, to the end of its sentence (`GLOSS_REACH` words at
 * most), holds no risk phrase and no injury no game gives (`inflicted`) of its own; names in its first words
 * (`GLOSS_PERSON_REACH`) no one at home, no relation but a friend, a sibling or a pet, no stranger (`glossPerson`);
 * holds no contrast ("- but she's scared of him"), and nothing in the quote's sentence or the gloss's is said to be
 * real or in earnest. It must say what it was (`GLOSS_EXPLAINS`) before any word of what followed ("- then we…").
 */
export function isQuoteGlossed(reader: Reader, match: Candidate): boolean {
  const { tokens } = reader;
  // "Llygad du gan hogyn Bl 10. … 'dad yn colli'i dymer …'. Mae o'n gofyn am aros yn y clwb gwaith cartref": a frame
  // whose parts lie in two sentences is what the writer put together (an injury seen, then the child's words); a
  // gloss after the quoted part explains the quote, never the injury told before it (s26-R).
  if (match.parts && match.parts.some((part) => tokens[part.first].sentence !== tokens[match.last].sentence))
    return false;
  const gloss = reader.quoteGlossAt(match.first, match.last);
  if (gloss === undefined) return false;
  const sentence = tokens[gloss].sentence;
  let end = gloss;
  while (end + 1 < tokens.length && tokens[end + 1].sentence === sentence && end + 1 - gloss < GLOSS_REACH) end += 1;
  for (let i = gloss; i <= end; i += 1) {
    const token = tokens[i];
    if (reader.contrasts.has(token.form)) return false;
    // Who did it is named first ("- it was her uncle"); someone at home later in a long gloss is company ("- to a
    // tent at the bottom of the garden with her dad").
    // A gloss in the next sentence is read for a person to its end ("'mummy hurt me'. She means … by her stepdad").
    if (i - gloss >= GLOSS_PERSON_REACH && tokens[match.last].sentence === sentence) continue;
    if (token.flags & FLAG.household) return false;
    if (token.flags & FLAG.relation && !GLOSS_PEERS.has(token.form)) return false;
  }
  if (reader.found.risks.some((risk) => risk.first >= gloss && risk.first <= end)) return false;
  const near = [tokens[match.first].sentence, sentence];
  const explaining: Span[] = [];
  // "- then we had a snowball fight": what followed is no explanation of what was said.
  let followed = end + 1;
  for (const at of near)
    for (const context of reader.found.contexts.get(at) ?? []) {
      if (context.context === 'real' || context.context === 'earnest') return false;
      if (context.first < gloss || context.first > end) continue;
      if (context.context === 'glossPerson' && context.first - gloss < GLOSS_PERSON_REACH) return false;
      // "- he burnt him with a lighter", "- with the belt": an injury no game gives is what happened.
      if (context.context === 'inflicted') return false;
      if (context.context === 'afterwards') followed = Math.min(followed, context.first);
      if (GLOSS_EXPLAINS.has(context.context) && !reader.negatedBefore(context.first)) explaining.push(context);
    }
  return explaining.some((context) => context.first < followed);
}
