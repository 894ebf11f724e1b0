/**
 * Threats and fears: a phrase explained away after it, said as a joke, a fear of going home that is of a ghost or
 * the dark, another urgent alarm near.
 */
import { FLAG } from '../compile';
import { type Candidate, contains, type Span } from '../foundPhrases';
import { EVERYDAY_EXPLAINS } from '../policy';
import { compareLevels } from '../levels';
import type { EntryTag } from '../lexiconSchema';
import type { Reader } from '../contextReader';
import { WILL_DO } from './words';
import { TRIVIAL_CAUSE_REACH, TRIVIAL_CAUSE_REACH_CY } from './reaches';

/** Explained away after the phrase: later in its sentence, or in the two sentences after. */
export function isDismissed(reader: Reader, match: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  // "Mae dad yn fy mwrw i … pan dwi'n colli ar y gwyddbwyll": a game after a reason word is the blow's occasion, not
  // the writer's explanation (s23-H).
  if (
    reader
      .contextsNear(sentence, ['dismissal'], [0])
      .some((context) => context.first > match.last && !reader.reasonBetween(sentence, match.last, context.first))
  )
    return true;
  return reader.contextsNear(sentence, ['dismissal'], [1, 2]).length > 0;
}

/**
 * Said as a joke: a joking cue in its sentence, or in the next when its sentence ends in "!" ("'dwi isho MARW!!!'
 * wedyn chwerthin"); or a laugh shared by a crowd or the writer in its sentence or the next (the one after when its
 * sentence ends in "!"), which answers any remark
 * ("'dwi isho marw' yn ddramatig … Chwerthin mawr", "'wanted to die' … tbf so did the whole staffroom"). A lone
 * laugh after a plain full stop may be a child masking ("eisiau marw. Chwerthin wedyn."): no joke; a laugh about
 * it later on is the remark's result ("laughing about it by lunch", `laughedAfter`). Said in earnest
 * or laughed at ("dim jôc", "not joking", "chwerthin ar ei phen", "laughed it off") in the phrase's sentence or the
 * laugh's is no joke, unless that cue lies inside a joking one ("ddim o ddifri").
 */
export function isJoking(reader: Reader, match: Candidate): boolean {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  const causeReach = match.entry.locale === 'cy' ? TRIVIAL_CAUSE_REACH_CY : TRIVIAL_CAUSE_REACH;
  const jokes = [
    ...reader.contextsNear(sentence, ['joking'], reader.exclaimed.has(sentence) ? [0, 1] : [0]),
    ...reader.contextsNear(sentence, ['sharedLaugh'], reader.exclaimed.has(sentence) ? [0, 1, 2] : [0, 1]),
    // "She 'wants to die' after the egg and spoon", "'so done with everything' - her shift got moved": a trivial
    // cause stated just after it in its sentence makes the wish or the threat hyperbole.
    ...reader
      .contextsNear(sentence, ['trivialCause'], [0])
      .filter((context) => context.first > match.last && context.first - match.last <= causeReach),
    // "'I literally want to die' - her trousers split in PE. Laughing about it with her mates by lunch.": a laugh
    // about the remark, told after it, is the result that followed. Up to two sentences on: a quoted remark ending
    // in "!" is a sentence of its own ("'I'm going to KILL you!' – Y1 lad… Both laughing about it after.").
    ...reader
      .contextsNear(sentence, ['laughedAfter'], [0, 1, 2])
      .filter((context) => tokens[context.first].sentence > sentence || context.first > match.last),
  ];
  const earnest = reader
    .contextsNear(sentence, ['earnest'], [0, 1])
    .filter((context) => !jokes.some((joke) => contains(joke, context)));
  // "'lol I'm gonna unalive myself'. Laughs it off…": the earnest cue of the next sentence answers only its own.
  const answered = (joke: Span): boolean =>
    earnest.some((cue) => {
      const said = tokens[cue.first].sentence;
      return said === sentence || said === tokens[joke.first].sentence;
    });
  return jokes.some((joke) => !answered(joke));
}

/**
 * A child's fear of going home said to be of a ghost, a monster, a film or the dark (s24-F): "scared to go home
 * because her cousin said there's a ghost in the attic", "'ma gin i ofn mynd adra' … ysbryd yn yr atig". The fear
 * word lies in the phrase (`homeFear`), the everyday fear (`harmlessFear`, not denied) follows it in its sentence or
 * the next, and no other urgent alarm is read from the phrase's sentence to the fear's ("scared to go home because of
 * the monster - dad hits her when he's drunk" keeps the blow, and the fear beside it).
 */
export function isFearExplained(reader: Reader, match: Candidate): boolean {
  const { tokens } = reader;
  const sentence = tokens[match.first].sentence;
  const fearful = reader
    .contextsNear(sentence, ['homeFear'], [0])
    .some((fear) => fear.first >= match.first && fear.first <= match.last);
  if (!fearful) return false;
  const cause = reader
    .contextsNear(sentence, ['harmlessFear'], [0, 1])
    .find(
      (context) =>
        (tokens[context.first].sentence > sentence || context.first > match.last) &&
        !reader.negatedBefore(context.first),
    );
  if (cause === undefined) return false;
  // "Scared to go home cos he broke the window with the ball, dad will go mad", "… bydd dad yn ei ladd o": someone at
  // home named after the cause with what they will do is what the child fears, whatever words say it (s26-H). "Her
  // dad refuses to catch it" (the spider) says nothing they will do.
  const causeSentence = tokens[cause.first].sentence;
  for (let i = cause.last + 1; i < tokens.length && tokens[i].sentence === causeSentence; i += 1) {
    if (!(tokens[i].flags & FLAG.household)) continue;
    for (let j = Math.max(cause.last + 1, i - 2); j <= i + 2 && j < tokens.length; j += 1)
      if (tokens[j].sentence === causeSentence && WILL_DO.has(tokens[j].form)) return false;
  }
  return !otherUrgentAlarmIn(reader, match, sentence, causeSentence);
}

/**
 * An urgent alarm of another entry read in the phrase's sentence or the one either side: "red marks round his neck
 * from his lanyard. Says his stepdad grabbed him by the throat" is no lanyard's mark (s24-F).
 */
export function namesOtherAlarmNear(reader: Reader, match: Candidate): boolean {
  const sentence = reader.tokens[match.first].sentence;
  return otherUrgentAlarmIn(reader, match, sentence - 1, sentence + 1);
}

/**
 * An urgent or higher alarm of an entry other than `match`'s read in sentences `from` to `to`, both included. An
 * alarm the same everyday reason explains (an entry sharing an `EVERYDAY_EXPLAINS` tag with `match`: "I won't be here
 * next year" beside "I won't be here, thanks for everything") is the same absence said twice, not another (s26-R).
 */
export function otherUrgentAlarmIn(reader: Reader, match: Candidate, from: number, to: number): boolean {
  const explainedAlike = (tags: ReadonlySet<EntryTag>): boolean =>
    [...tags].some((tag) => EVERYDAY_EXPLAINS.has(tag) && match.entry.tags.has(tag));
  return reader.found.risks.some((risk) => {
    const at = reader.tokens[risk.first].sentence;
    return (
      at >= from &&
      at <= to &&
      risk.entry !== match.entry &&
      compareLevels(risk.entry.level, 'urgent') >= 0 &&
      !explainedAlike(risk.entry.tags)
    );
  });
}
