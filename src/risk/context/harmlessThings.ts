/**
 * Harmless things named as the alarm: an object of an innocent kind, a knife in a cooking lesson or kitchen task, an
 * animal's blood or a story's blood.
 */
import { type ContextName, FLAG } from '../compile';
import { type Candidate, contains, type Span, overlaps } from '../foundPhrases';
import type { Reader } from '../contextReader';
import { SUBJECT_LOOKBACK } from './reaches';
import { pronounJustAfter } from './people';

/**
 * An object of an innocent kind inside the phrase or one of its parts ("had a butter knife", "a BB gun"). Used on
 * someone ("pulled a butter knife on him"), only a kind that cannot hurt is still harmless ("pointed a Nerf gun at
 * him", "the temperature gun at her").
 */
export function namesHarmlessObject(reader: Reader, match: Candidate): boolean {
  const spans: readonly Span[] = match.parts ?? [match];
  const sentence = reader.tokens[match.first].sentence;
  const inPhrase = (context: Span): boolean => spans.some((span) => overlaps(span, context));
  const usedOnSomeone = reader.contextsNear(sentence, ['usedOnSomeone'], [0]).some(inPhrase);
  const kinds: readonly ContextName[] = usedOnSomeone ? ['harmlessWhenAimed'] : ['harmless'];
  return reader.contextsNear(sentence, kinds, [0]).some(inPhrase);
}

/**
 * A knife in a cooking lesson or kitchen task ("28 knives out, 28 knives back" in knife skills, "bring a sharp
 * knife" in a food tech letter): the sentence or the one before names cooking, the phrase's weapon word is a kitchen
 * tool, and nothing in its sentence wields it ("in food tech he pulled a knife on K" is still a weapon).
 */
export function isKitchenKnife(reader: Reader, match: Candidate): boolean {
  const sentence = reader.tokens[match.first].sentence;
  // The lesson may head the sentence before ("Y8 knife skills tomorrow. 28 knives out, 28 knives back").
  if (reader.contextsNear(sentence, ['cooking'], [-1, 0]).length === 0) return false;
  if (reader.contextsNear(sentence, ['wielded', 'inflicted'], [0]).length > 0) return false;
  return reader.contextsNear(sentence, ['kitchenTool'], [0]).some((tool) => overlaps(tool, match));
}

/**
 * Blood that is an animal's: lambing, a fox shot, a pig's heart, named in the phrase's sentence or the two before,
 * and no injury named in the phrase's sentence and no child named as bleeding before, in or just after the phrase
 * ("gwaed ym mhobman ar ei dillad" and "mae e'n gwaedu heb stopio" are about the child, "torrodd ei llaw ar y
 * weiren" is an injury; "a ewe gave birth … Lots of blood" is the ewe's).
 */
export function isAnimalBlood(reader: Reader, match: Candidate): boolean {
  return isBloodOf(reader, match, 'animalBlood');
}

/**
 * Blood in a story: Macbeth, a gothic story, the story a child wrote, named in the phrase's sentence or the two
 * before, with no child telling it there ("she told me the story of last night") and, like an animal's blood, no
 * injury named and no child named as bleeding ("reading Macbeth when J cut his hand, blood everywhere" is real).
 */
export function isStoryBlood(reader: Reader, match: Candidate): boolean {
  const sentence = reader.tokens[match.first].sentence;
  if (reader.contextsNear(sentence, ['telling'], [-2, -1, 0]).length > 0) return false;
  return isBloodOf(reader, match, 'storyBlood');
}

/** Blood named with `source` in its sentence or the two before, and neither an injury nor the child bleeding. */
function isBloodOf(reader: Reader, match: Candidate, source: 'animalBlood' | 'storyBlood'): boolean {
  const sentence = reader.tokens[match.first].sentence;
  const sources = reader.contextsNear(sentence, [source], [-2, -1, 0]);
  if (sources.length === 0) return false;
  // A cut made in the animal is no injury: "yn torri oen" (cutting up a lamb) is the source itself.
  // A wound told inside a story named before it with a "where" is the story's ("wrote a story where the dragon
  // 'stabbed the knight and blood went everywhere'", s23-B).
  const inSource = (context: Span): boolean =>
    sources.some(
      (named) =>
        contains(named, context) ||
        (source === 'storyBlood' && named.last < context.first && reader.storyWhereBetween(named, context)),
    );
  if (reader.contextsNear(sentence, ['injury', 'real'], [0]).some((context) => !inSource(context))) return false;
  for (let i = match.first; i <= match.last; i += 1) if (reader.tokens[i].flags & FLAG.pronoun) return false;
  return !childBleeds(reader, match) && !pronounJustAfter(reader, match);
}

/**
 * A child named as the one bleeding: a subject pronoun before the phrase in its clause ("mae e'n gwaedu heb
 * stopio"), or any pronoun just before it ("mae ei law yn gwaedu lot"). A possessive further back is someone's arm
 * in a ewe, not the bleeding ("efo'i fraich i mewn at y penelin ac oedd 'na waed ym mhobman").
 */
function childBleeds(reader: Reader, match: Span): boolean {
  const { tokens } = reader;
  const clause = tokens[match.first].clause;
  const sentence = tokens[match.first].sentence;
  for (let j = match.first - 1; j >= 0 && match.first - j <= SUBJECT_LOOKBACK; j -= 1) {
    const token = tokens[j];
    if (token.sentence !== sentence || token.clause !== clause) break;
    // A Welsh lower-case "i" here is the preposition ("i mewn at y penelin"); "dw i" is read by its "dw".
    if (reader.welshPrepositionI.has(j)) continue;
    if (token.flags & (FLAG.subject | FLAG.firstPerson | FLAG.firstPersonCy)) return true;
    if (token.flags & FLAG.pronoun && match.first - j <= 3) return true;
  }
  return false;
}
