/**
 * What an alarm turned out to be, told after it (`identifiedIn`), and the everyday causes, earnest words and adult
 * casualties that say whether an everyday explanation holds.
 */
import { type Candidate, type Span, overlaps } from '../foundPhrases';
import type { EverydayExplanation } from '../policy';
import type { Reader } from '../contextReader';
import { CLAIM_REACH } from './reaches';
import { meaningNamesPerson } from './meanings';
import { subjectOf } from './people';

/** The contexts that say, after an alarm, what it turned out to be. */
export type IdentifiedContext =
  | 'identifiedHarmless'
  | 'identifiedOwner'
  | 'identifiedMinor'
  | 'identifiedPoint'
  | 'identifiedFake'
  | 'identifiedKnown'
  | 'identifiedPlay'
  | 'identifiedMeaning';

/**
 * A contrast within two words after a minor injury, with no other minor thing or recovery after it in its sentence:
 * "paper cut but it's deep and won't stop" says it is more than a paper cut (s25-C). English only: Welsh "ond" is
 * as often "but she's fine" ("gwaed am funud ond ma hi'n iawn"), and its recoveries are not all listed.
 */
function minorContradicted(reader: Reader, context: Span): boolean {
  const { tokens } = reader;
  const sentence = tokens[context.first].sentence;
  for (let i = context.last + 1; i <= context.last + 2 && i < tokens.length; i += 1) {
    if (tokens[i].sentence !== sentence) return false;
    if (reader.contrasts.has(tokens[i].form))
      return !reader.contextsNear(sentence, ['identifiedMinor', 'recovered'], [0]).some((other) => other.first > i);
  }
  return false;
}

/**
 * A weapon used on someone ("pointed it at mum") in the phrase's sentence, reaching outside the phrase and not into
 * `besides`. A use that holds the phrase's own verb counts ("pulled a knife on K": the phrase is "pulled a knife"),
 * s23-F; a context inside the phrase names no one it was used on.
 */
function usedOnSomeoneBeside(reader: Reader, match: Span, besides: Span): boolean {
  return reader
    .contextsNear(reader.tokens[match.first].sentence, ['usedOnSomeone'], [0])
    .some((context) => (!overlaps(context, match) || context.last > match.last) && !overlaps(context, besides));
}

/**
 * A weapon carried (`carried`: "in his bag", "on him", "into school") from the phrase's sentence up to what is said
 * to explain it, unless an adult is named as holding it ("his dad with a gun in his hand") or it is in a child's
 * drawing ("drew a man with a gun in his hand"): whose it is then explains nothing (s23-F).
 */
function carriedBefore(reader: Reader, match: Candidate, explanation: Span): boolean {
  const sentence = reader.tokens[match.first].sentence;
  const said = reader.tokens[explanation.first].sentence;
  const offsets: number[] = [];
  for (let offset = 0; sentence + offset <= said; offset += 1) offsets.push(offset);
  const carried = reader
    .contextsNear(sentence, ['carried'], offsets)
    .some((context) => context.first < explanation.first && !overlaps(context, explanation));
  if (!carried) return false;
  if (subjectOf(reader, match) === 'someone-else') return false;
  return reader.contextsNear(sentence, ['depicted'], [0]).length === 0;
}

/**
 * The sentence that said what it turned out to be, after the phrase in its sentence or in the next ("…has a gun. It's
 * a Nerf gun", "…blood everywhere. It was fake blood"), when the phrase's sentence does not say it is real; or
 * undefined. Only the nearest sentence: a later one may be about something else.
 */
export function identifiedIn(reader: Reader, match: Candidate, name: IdentifiedContext): number | undefined {
  const sentence = reader.tokens[match.first].sentence;
  // "Iawn rŵan" (fine now) holds a word of now: the identification's own words say nothing real (s27-F, as in
  // recoveredIn).
  if (reader.saysRealOutside(sentence, reader.contextsNear(sentence, [name], [0]))) return undefined;
  // A thing may be said two sentences on when the one between names no risk of its own: "…a man with a gun. It's his
  // dad. Dad is a police firearms officer" (s23-B).
  // A thing only: what a person did between ("She went quiet. It was her uncle") is no part of who they were.
  const thing = name === 'identifiedHarmless' || name === 'identifiedOwner';
  // So may a school point a rumoured stab turned out to be: "…'got stabbed' at the bus stop. I've spoken to the PCSO.
  // What happened is a Y9 caught his hand on a compass point, a tiny scratch" (s27-F).
  const reach = (thing || name === 'identifiedPoint') && !reader.namesRiskIn(sentence + 1) ? [0, 1, 2] : [0, 1];
  const identifying = reader.contextsNear(sentence, [name], reach).find((context) => {
    // "Not on the contact list", "not licensed": a denial says nothing. Blood is spared ("oh wait no it's a graze").
    if (name !== 'identifiedMinor' && reader.negatedBefore(context.first)) return false;
    // "He has a knife in his bag, he says it's for food tech": what the child says a weapon is for is their claim.
    if ((thing || name === 'identifiedPlay') && childClaims(reader, match, context)) return false;
    // "Dad has a gun, he's a gamekeeper, and he pointed it at mum": a trade explains having it, not using it on
    // someone. Its use on someone, named in its sentence, keeps the weapon.
    if (thing && usedOnSomeoneBeside(reader, match, context)) return false;
    // "J has a gun in his bag. It's his dad's, dad is a police firearms officer": whose it is explains an adult's
    // weapon at home, never one a child has with them now (s23-F).
    if (name === 'identifiedOwner' && carriedBefore(reader, match, context)) return false;
    // "She means she was squeezed by her stepdad": a person named in the meaning says who did it.
    if (name === 'identifiedMeaning' && (meaningNamesPerson(reader, context) || reader.contrastAfter(context)))
      return false;
    // "Paper cut but it's deep and won't stop": a minor injury with a contrast at once after it is not all it was,
    // unless another minor thing or a recovery follows ("stopped quickly but she's fine") (s25-C).
    if (name === 'identifiedMinor' && match.entry.locale === 'en-GB' && minorContradicted(reader, context))
      return false;
    const said = reader.tokens[context.first].sentence;
    // "Dad punched me because I was too loud on the Xbox": the game is the reason given for the blow, not the blow.
    if (name === 'identifiedPlay' && said === sentence && reader.reasonBetween(sentence, match.last, context.first))
      return false;
    // "'Battered him' last night... at FIFA, 6-0" says what the words were; "... because he lost at FIFA 6-0", "...
    // after he lost at FIFA" in the next sentence is why he was hit (s23-I).
    if (name === 'identifiedPlay' && said > sentence && reader.reasonBetween(said, -1, context.first)) return false;
    // A combination's weapon said to be harmless between its parts: "cyllell ar y stryd - cyllell fenyn o'i focs bwyd
    // oedd hi, prentis cogydd ar ei ffordd o'r coleg" (s23-B).
    if (said === sentence)
      return (
        context.first > match.last ||
        (match.parts !== undefined &&
          context.first > match.parts[0].last &&
          !match.parts.some((part) => overlaps(part, context)))
      );
    // The sentence between, two on, must not say it is real or now, or that it was used on someone, either: "…a man
    // with a gun. He pointed it at mummy last night. He is a police firearms officer" keeps the weapon.
    if (
      said === sentence + 2 &&
      reader.contextsNear(sentence + 1, ['real', 'imminent', 'usedOnSomeone', 'wielded'], [0]).length > 0
    )
      return false;
    // "It's licensed and he said he'd use it tonight": a next sentence that says it is real or now explains nothing;
    // the identification's own words do not count ("mae hi'n iawn nawr": fine now).
    // "Stopio o fewn munud" (stopped within a minute) holds "mewn munud" (in a minute) once mutation is undone: a
    // time inside a resolution is over, not now.
    const resolved = reader.contextsNear(said, ['resolution'], [0]);
    return !reader
      .contextsNear(said, ['real', 'imminent'], [0])
      .some((other) => !overlaps(other, context) && !resolved.some((done) => overlaps(done, other)));
  });
  return identifying === undefined ? undefined : reader.tokens[identifying.first].sentence;
}

/**
 * Said in earnest, in the phrase's sentence or the next ("if you tell", "he meant it", "not joking"): a threat to
 * keep a secret is no game, whatever game is named ("he'll hurt me if I tell, it's our game").
 */
export function saysEarnest(reader: Reader, match: Span): boolean {
  return reader.contextsNear(reader.tokens[match.first].sentence, ['earnest'], [0, 1]).length > 0;
}

/** A child's telling ("he says", "she claims") stands between a phrase and what is said to identify it. */
function childClaims(reader: Reader, match: Span, context: Span): boolean {
  const sentence = reader.tokens[context.first].sentence;
  return reader.tellingWithin(
    sentence,
    sentence === reader.tokens[match.first].sentence ? match.last : -1,
    context.first,
  );
}

/**
 * The sentence of an everyday explanation of a child's alarming words (s24-G): "photo day … 'somebody took my
 * picture'", "'mummy's friend gives me tablets' … mum confirmed she buys them", "'I'm not allowed to tell you'. it's
 * my christmas present", "mum screaming upstairs - at the dog"; every one in reach (photo day before, "say
 * cheese" after), or none. Never one denied, one said after a
 * claim word ("he says they're vitamins": what the adult says is the adult's excuse), words said in earnest ("if you
 * tell"), nor, where `keptByUnrelatedAdult`, a secret an adult who is not a parent is named with ("mummy's friend
 * said it's our secret, a present for mum").
 */
export function everydayExplains(
  reader: Reader,
  match: Span & { readonly parts?: readonly Span[] },
  how: EverydayExplanation,
): number[] {
  const sentence = reader.tokens[match.first].sentence;
  if (saysEarnest(reader, match)) return [];
  const claims = reader.contextsNear(sentence, ['claimedBy'], how.sentences);
  const said = new Set<number>();
  // A combination's own words are its parts: what stands between them may explain it ("I won't be here next week,
  // we're on holiday, sorry everyone", s25-F).
  const own = match.parts ?? [match];
  for (const context of reader.contextsNear(sentence, [how.context], how.sentences)) {
    if (own.some((part) => overlaps(context, part)) || reader.negatedBefore(context.first)) continue;
    if (claims.some((claim) => claim.last < context.first && context.first - claim.last <= CLAIM_REACH)) continue;
    const at = reader.tokens[context.first].sentence;
    if (how.keptByUnrelatedAdult) {
      const offsets: number[] = [];
      for (let k = Math.min(sentence, at); k <= Math.max(sentence, at); k += 1) offsets.push(k - sentence);
      if (reader.contextsNear(sentence, ['unrelatedAdult'], offsets).length > 0) continue;
    }
    said.add(at);
  }
  return [...said];
}

/** An everyday cause of a body sign in its sentence, the one before or the one after ("HPV jabs. Two fainted"). */
export function namesOrdinaryCause(reader: Reader, match: Span): boolean {
  return reader.contextsNear(reader.tokens[match.first].sentence, ['ordinaryCause'], [-1, 0, 1]).length > 0;
}

/**
 * The casualty said in the phrase's own sentence to be an adult or no child (s22-F): "the ambulance on site is for a
 * grandparent who fainted", "no children involved".
 */
export function namesAdultCasualty(reader: Reader, match: Span): boolean {
  return reader.contextsNear(reader.tokens[match.first].sentence, ['adultCasualty'], [0]).length > 0;
}

/** How many words before an alarm a simile may end: "edrych fel bod rhywun 'di stabio fe". */
const LOOKED_LIKE_REACH = 4;

/**
 * A simile ends just before the alarm, in its sentence (s27-F): "looked like someone had stabbed him", "o'dd e'n
 * edrych fel bod rhywun 'di stabio fe". How it looked, not what happened; read only with a fake wound said after it.
 */
export function lookedLikeBefore(reader: Reader, match: Span): boolean {
  return reader
    .contextsNear(reader.tokens[match.first].sentence, ['lookedLike'], [0])
    .some((context) => context.last < match.first && match.first - context.last <= LOOKED_LIKE_REACH);
}

/** How many words into a gloss its harmless thing may begin ("— just a banana"). */
const GLOSS_HARMLESS_REACH = 1;

/**
 * A quoted weapon glossed at once after a dash by a harmless thing (s27-F): "'pew pew I got a gun' — banana in the
 * home corner". The thing opens the gloss; the weapon's sentence and the gloss's say nothing is real.
 */
export function glossNamesHarmless(reader: Reader, match: Span): boolean {
  let gloss = reader.quoteGlossAt(match.first, match.last);
  // A phrase read across the quote's end and into its gloss ("gun' — banana in the home"): the gloss opens inside it.
  for (let i = match.first + 1; gloss === undefined && i <= match.last; i += 1) if (reader.glossOpensAt(i)) gloss = i;
  // Only a gloss a dash opens: a quote that ends its sentence is not glossed by the next ("'…dwi ar y bont…'. Ffôn
  // off ers hynny").
  if (gloss === undefined || !reader.dashAt(gloss)) return false;
  const said = reader.tokens[gloss].sentence;
  const sentence = reader.tokens[match.first].sentence;
  if (reader.contextsNear(sentence, ['real'], said === sentence ? [0] : [0, said - sentence]).length > 0) return false;
  return reader
    .contextsNear(said, ['glossHarmless'], [0])
    .some((context) => context.first >= gloss && context.first - gloss <= GLOSS_HARMLESS_REACH);
}

/** How many words after a scare-quoted dose its dash may stand ("'gwenwyn' medda fo –"). */
const DOSE_DASH_REACH = 3;
/** How many words of the gloss are read for what the dose was. */
const DOSE_GLOSS_REACH = 24;

/**
 * The sentence that says what a scare-quoted dose was (s27-F): a word of the phrase alone in the writer's quotes, a
 * dash within a few words after it, and in the gloss an everyday thing or a double dose checked (`harmlessDose`:
 * Marmite, "accidentally took … twice", "111 said it's fine"); no risk phrase in the gloss, and nothing said to be
 * real or an emergency call in the dose's sentence. Undefined otherwise.
 */
export function doseGlossedIn(reader: Reader, match: Span): number | undefined {
  const { tokens } = reader;
  let quoted = false;
  for (let i = match.first; i <= match.last && !quoted; i += 1) quoted = reader.quotedAlone.has(i);
  if (!quoted) return undefined;
  const sentence = tokens[match.first].sentence;
  let gloss: number | undefined;
  for (let i = match.last + 1; i < tokens.length && i - match.last <= DOSE_DASH_REACH; i += 1) {
    if (tokens[i].sentence !== sentence) break;
    if (reader.dashAt(i)) {
      gloss = i;
      break;
    }
  }
  if (gloss === undefined) return undefined;
  let end = gloss;
  while (end + 1 < tokens.length && end + 1 - gloss < DOSE_GLOSS_REACH && tokens[end + 1].sentence === sentence)
    end += 1;
  if (reader.found.risks.some((risk) => risk.first >= gloss && risk.first <= end)) return undefined;
  if (reader.contextsNear(sentence, ['real', 'emergencyCalled'], [0]).length > 0) return undefined;
  const dose = reader
    .contextsNear(sentence, ['harmlessDose'], [0])
    .find((context) => context.first >= gloss && context.first <= end && !reader.negatedBefore(context.first));
  return dose === undefined ? undefined : sentence;
}
