/**
 * Contexts that make a phrase no event of the child's: a lesson and its topic, a story, pretend play, a sport, a game
 * played at, a what-if or a plan's condition, play named in a later clause.
 */
import { type ContextName, FLAG } from '../compile';
import { type Candidate, type Span, overlaps } from '../foundPhrases';
import { GAP } from '../tokenize';
import type { Reader } from '../contextReader';
import { EXPLAINING_WINDOW, HEADING_LEAD, TOPIC_REACH } from './reaches';
import { CARRIED_AFTER_LESSON_WORD } from './words';

/** A lesson or a training named nearby, unless a child's telling stands between ("after PSHE she told me…"). */
export function isCurriculum(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return reader
    .contextsNear(sentence, ['curriculum', 'generalQuestion'], [0, -1])
    .some((context) => !reader.toldBetween(context, match) && !isCarriedThing(reader, context));
}

/** A lesson word that names a bag the child carries ("food in his book bag", s27-A): no lesson is named. */
function isCarriedThing(reader: Reader, context: Span & { context: ContextName }): boolean {
  const next = reader.tokens[context.last + 1];
  return (
    context.context === 'curriculum' &&
    next !== undefined &&
    next.sentence === reader.tokens[context.last].sentence &&
    CARRIED_AFTER_LESSON_WORD.has(next.form)
  );
}

/**
 * The topic of a lesson or a piece of work: a curriculum word, "on" or "about" right after it, and the phrase a few
 * words on in the same clause ("his coursework on county lines", "Gwers ABCh ar gamfanteisio"). The phrase names
 * the subject studied, whoever does the work; a child's telling between still stops it.
 */
export function isCurriculumTopic(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  const topics = reader.contextsNear(sentence, ['topicPreposition'], [0]);
  return reader
    .contextsNear(sentence, ['curriculum'], [0])
    .some(
      (lesson) =>
        lesson.last < match.first &&
        topics.some(
          (about) =>
            about.first === lesson.last + 1 &&
            about.last < match.first &&
            match.first - about.last <= TOPIC_REACH &&
            tokens[about.last].clause === tokens[match.first].clause,
        ) &&
        !reader.toldBetween(lesson, match),
    );
}

/** An invented person or scene named earlier in the sentence: "senario lle mae plentyn yn dweud bod ei llysdad…". */
export function isFiction(reader: Reader, match: Span, storyEventOnly = false): boolean {
  const sentence = reader.tokens[match.first].sentence;
  // "Mae hi'n actio fel bod popeth yn iawn" is a child's real pretending, not a part in a play.
  return reader
    .contextsNear(sentence, ['fiction'], [0])
    .some(
      (context) =>
        !isFeigning(reader, sentence, context) &&
        context.last < match.first &&
        !reader.toldBetween(context, match) &&
        !reader.contrastBetween(context, match) &&
        (!storyEventOnly || reader.storyWhereBetween(context, match)),
    );
}

/** A pretend or fiction word inside a `feigning` phrase ("pretending to be asleep"): a child's real pretending. */
function isFeigning(reader: Reader, sentence: number, context: Span): boolean {
  return reader.contextsNear(sentence, ['feigning'], [0]).some((feigned) => overlaps(feigned, context));
}

/**
 * Pretend, practice or fiction within a few words in the same sentence ("CPR on the dummies: he's not
 * breathing", "Nerf war", "the scene where he beats her"), unless the sentence says it is real ("real blood",
 * "ambulance called").
 */
export function isPretend(reader: Reader, match: Span, bodily: boolean): boolean {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  // A body in danger is pretend only on a dummy or in fake blood: "collapsed during the rehearsal" is real.
  const names: ContextName[] = bodily ? ['simulated'] : ['pretend', 'simulated'];
  const near = reader.contextsNear(sentence, names, [0]).some(
    (context) =>
      // "pretending to be asleep" is a child's real pretending, not a game: it explains nothing.
      !isFeigning(reader, sentence, context) &&
      (context.last >= match.first - EXPLAINING_WINDOW || headsList(reader, context, match)) &&
      context.first <= match.last + EXPLAINING_WINDOW &&
      !reader.toldBetween(context, match) &&
      !reader.contrastBetween(context, match),
  );
  return near && reader.contextsNear(sentence, ['real'], [0]).length === 0;
}

/**
 * A context that opens its sentence as a heading, with a dash or a colon after it and before the phrase: what
 * follows is what it covered, however long the list ("Cwrs cymorth cyntaf nos Iau – CPR, gwaedu trwm, tagu, rhywun
 * anymwybodol"), so it reaches the end of that sentence, not beyond.
 */
function headsList(reader: Reader, context: Span, match: Span): boolean {
  const { tokens } = reader;
  const sentence = tokens[context.first].sentence;
  const opening = context.first - HEADING_LEAD - 1;
  if (opening >= 0 && tokens[opening].sentence === sentence) return false;
  for (let i = context.last + 1; i <= match.first; i += 1)
    if (tokens[i].gapBefore === GAP.dash || tokens[i].gapBefore === GAP.colon) return true;
  return false;
}

/**
 * A sport or a game within a few words in the same sentence ("battered 40-7", "a boot to the face in a tackle"), and
 * no adult at home named in that sentence up to the phrase's end ("his dad battered him at FIFA" is not explained).
 */
export function isSport(reader: Reader, match: Candidate): boolean {
  if (!reader.sportExplains.has(match.entry.locale) || namesHousehold(reader, match)) return false;
  const { tokens } = reader;
  return reader
    .contextsNear(tokens[match.first].sentence, ['sport'], [0])
    .some(
      (context) => context.last >= match.first - EXPLAINING_WINDOW && context.first <= match.last + EXPLAINING_WINDOW,
    );
}

/**
 * A game or a score named in one span with the verb of beating the phrase holds ("battered her at chess",
 * "whipped him 3-0"): the verb means won, for that span only. Any part of a combination may hold it.
 */
export function isPlayedAt(reader: Reader, match: Candidate): boolean {
  const spans: readonly Span[] = match.parts ?? [match];
  const sentence = reader.tokens[match.first].sentence;
  // "Grandad beats him every Sunday at chess" is a game; "… beats him when he loses at chess" is why (s24-F).
  return reader
    .contextsNear(sentence, ['playedAt'], [0])
    .some(
      (context) =>
        spans.some((span) => overlaps(span, context)) && !reader.reasonBetween(sentence, match.last, context.last),
    );
}

/**
 * An adult at home or in charge named in the phrase's sentence up to its end ("his dad punched him at football"),
 * not before a colon the phrase comes after: that adult reports it ("Tad wedi ffono: … wedi cael ei bwrw gan gar").
 */
export function namesHousehold(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  for (let i = match.last; i >= 0 && tokens[i].sentence === sentence; i -= 1) {
    if (tokens[i].flags & FLAG.household) return true;
    if (i <= match.first && tokens[i].gapBefore === GAP.colon) return false;
  }
  return false;
}

/** A generic what-if shortly before the phrase in its sentence: "what to do if a child is unconscious". */
export function isHypothetical(reader: Reader, match: Span): boolean {
  const generic = reader
    .contextsNear(reader.tokens[match.first].sentence, ['hypothetical'], [0])
    .some(
      (context) =>
        context.last < match.first &&
        match.first - context.last <= EXPLAINING_WINDOW &&
        !reader.toldBetween(context, match),
    );
  return generic || isPlanCondition(reader, match);
}

/**
 * A care plan's condition: the phrase inside a clause opened by "os" or "rhag ofn", and what to do then said after
 * it in its sentence ("Os oes ffit dros 5 munud, midazolam a ffonio ambiwlans"). The condition governs its own
 * clause only, so a threat in the clause after it ("os ti'n deud, fydd o'n dy ladd di") is not in it, and a time of
 * now in the sentence ("mae hi'n ffitio nawr") makes it no plan.
 */
function isPlanCondition(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  const clause = tokens[match.first].clause;
  const conditioned = reader
    .contextsNear(sentence, ['conditional'], [0])
    .some(
      (context) =>
        tokens[context.first].clause === clause &&
        context.last < match.first &&
        match.first - context.last <= EXPLAINING_WINDOW,
    );
  if (!conditioned || tokens[match.last].clause !== clause) return false;
  const instructed = reader
    .contextsNear(sentence, ['instruction'], [0])
    .some((context) => context.first > match.last && tokens[context.first].clause !== clause);
  return instructed && reader.contextsNear(sentence, ['imminent'], [0]).length === 0;
}

/**
 * A game named after the phrase in its sentence, past a break in the telling (a dash, a colon, "ond"/"but"):
 * "'ma dadi 'di bwrw mami' - … ond o'dd e'n sôn am y gêm pêl-eira". Not a toy in the child's own clause ("… a fi'n
 * cwato yn y cwpwrdd gyda Tedi"), which says what the child did, not what the act was, nor a game after a word of
 * what followed (`afterwards`: "then", "wedyn") (s23-H).
 */
export function namesPlayInLaterClause(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const { clause, sentence } = tokens[match.last];
  const followed = reader.contextsNear(sentence, ['afterwards'], [0]);
  return reader.contextsNear(sentence, ['identifiedPlay'], [0]).some(
    (context) =>
      context.first > match.last &&
      tokens[context.first].clause > clause &&
      // "- wedyn naethon ni gael ffeit peli eira": a game that came after the act is not what it was.
      !followed.some((then) => then.first > match.last && then.last < context.first),
  );
}
