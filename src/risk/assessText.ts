/**
 * Reads one message the way a careful DSL would: finds the risk phrases, then asks of each whether
 * it is negated, an idiom, a lesson topic, in the past, about someone else, an accident, or about to
 * happen — and only then gives it a level. When in doubt the higher level stands.
 */
import type { SupportedLocale } from '../i18n/locale';
import type { CompiledEntry, CompiledLexicons } from './compile';
import {
  accidentOnlyBySport,
  givesReasonForAdultsBlow,
  isAccident,
  isAccidentToldAfter,
  isAccidentToldBefore,
  isHistory,
  isScreenedAndDenied,
  namesAssailant,
  namesInflicted,
  namesInflictedOnChild,
  recoveredIn,
} from './context/accidents';
import { isAnimalBlood, isKitchenKnife, isStoryBlood, namesHarmlessObject } from './context/harmlessThings';
import {
  doseGlossedIn,
  everydayExplains,
  glossNamesHarmless,
  identifiedIn,
  type IdentifiedContext,
  lookedLikeBefore,
  namesAdultCasualty,
  namesOrdinaryCause,
  saysEarnest,
} from './context/identified';
import { isFoundAfter, isMissingKept, isThingLost } from './context/lostThings';
import { adultCasualtySentences, glossSentences, meaningSentences, passingVehicleSentences } from './context/meanings';
import { namesTwoDoers, pronounJustAfter, subjectOf } from './context/people';
import {
  isCurriculum,
  isCurriculumTopic,
  isFiction,
  isHypothetical,
  isPlayedAt,
  isPretend,
  isSport,
  namesHousehold,
  namesPlayInLaterClause,
} from './context/play';
import { isQuoteGlossed, playToldCleanly, requotedIn } from './context/quotes';
import { isDismissed, isFearExplained, isJoking, namesOtherAlarmNear } from './context/threats';
import { explainedAtOnceIn } from './context/explainedAtOnce';
import {
  emergencyCalledNear,
  isAccidentOrGameNear,
  isGoingHomeNear,
  isHandoverTodayNear,
  isImminent,
  isStillHappeningNear,
  namesEarlierTime,
} from './context/time';
import { Reader } from './contextReader';
import {
  type Candidate,
  combinationCandidates,
  type Found,
  heldByIdiom,
  insideIdiom,
  sortFound,
  withoutContained,
} from './foundPhrases';
import { compareLevels, minLevel, NO_RISK, sortIndicators } from './levels';
import { findPhrases, type ResolvedToken, tokensFor } from './matcher';
import {
  ACCIDENT_AFTER_CLEARS,
  ACCIDENT_CLEARS,
  CURRICULUM_CLEARS,
  HISTORY_LOWERS,
  GOING_HOME_RAISES,
  EVERYDAY_EXPLAINS,
  HANDOVER_RAISES,
  IMMINENT_RAISES,
  isBleeding,
  isSceneDanger,
  JOKING_LOWERS,
  jokingLowersThreat,
  SOON_RAISES,
  QUOTE_GLOSS_LOWERS,
  SPORT_EXPLAINS,
  STILL_HAPPENING_RAISES,
  THIRD_PARTY_LOWERS,
} from './policy';
import { readingsOf } from './confusables';
import { raiseWithLearnedReader } from './combineLearned';
import { explanationFeatures } from './explanationFeatures';
import { writtenTokens } from './tokenize';
import {
  dashBefore,
  exclaimedSentences,
  opensAfterQuoteAndDash,
  quotedAlarmGloss,
  quotedAloneWords,
  quotedWords,
  saidWordByWord,
  welshPrepositionI,
} from './quoteMarks';
import type { LearnedReader } from './learnedReader';
import type { RiskAssessment, RiskIndicator, RiskLevel, RiskMatch } from './types';

/** Enough for a duty worker to read; the level is computed from every match, not only these. */
const MAX_MATCHES = 100;
const MAX_REASONS = 12;
const MAX_QUOTE = 100;

type Modifier =
  | 'history'
  | 'thirdParty'
  | 'imminent'
  | 'joking'
  | 'dismissed'
  | 'assault'
  | 'returned'
  | 'emergency'
  | 'explainedAtOnce';

/**
 * The languages whose lexicon lists sport words: a sport explains only that lexicon's phrases, so an English sport word
 * never explains a Welsh phrase whose adults at home (`words.household`) the Welsh lexicon does not list yet.
 */
const sportLocalesOf = new WeakMap<CompiledLexicons, ReadonlySet<string>>();
function sportLocales(compiled: CompiledLexicons): ReadonlySet<string> {
  let locales = sportLocalesOf.get(compiled);
  if (!locales) {
    locales = new Set(
      [...compiled.lexicons.values()]
        .filter((lexicon) => (lexicon.contexts.sport?.length ?? 0) > 0)
        .map((lexicon) => lexicon.locale),
    );
    sportLocalesOf.set(compiled, locales);
  }
  return locales;
}

interface Finding {
  readonly entry: CompiledEntry;
  readonly sentence: number;
  readonly indicator: RiskIndicator | null;
  readonly level: RiskLevel;
  readonly modifiers: readonly Modifier[];
  readonly start: number;
  readonly end: number;
}

/**
 * What a child denies of their own thoughts and acts ("no thoughts of harming herself", "denies any thoughts of
 * suicide") is a screening answer the learned reader cannot tell from the thought: its sentence is explained. A denial
 * of what someone did to the child is not: "nobody at home has hit him" is still the learned reader's to weigh.
 */
const SELF_DENIABLE: readonly RiskIndicator[] = ['suicidal-ideation', 'self-harm'];

/**
 * Judges one phrase in its context. A phrase cleared by what the message says it turned out to be (a harmless thing,
 * a minor injury, someone known, an ordinary cause), or a thought of self-harm or suicide denied, adds its sentence to
 * `explained`, which bounds the learned reader (combineLearned.ts). A lesson, a story, play or a sport named nearby
 * does not: those clear a topic, and the learned reader must still see the cut "in DT" that is pumping through the
 * towel.
 */
function judge(
  reader: Reader,
  match: Candidate,
  start: number,
  end: number,
  sentence: number,
  explained: Set<number>,
): Finding[] {
  const explainedAway = (): Finding[] => {
    explained.add(sentence);
    return [];
  };
  const { entry } = match;
  const negated = match.parts
    ? // A part's own span lies after its first word, so every part can be passed as "the other parts".
      match.parts.some((part, _, parts) => reader.negatedBefore(part.first, parts))
    : reader.negatedBefore(match.first) ||
      // "fi 'di'i gloi e, dim byd ar goll": nothing is missing, though the pronoun before the comma opened the phrase.
      (entry.indicators.includes('missing') && reader.negatedInsideLastClause(match));
  if (negated || reader.negatedAfter(match.last)) {
    if (SELF_DENIABLE.some((indicator) => entry.indicators.includes(indicator))) explained.add(sentence);
    return [];
  }
  const subject = subjectOf(reader, match);
  // A lesson, a story or a room named nearby explains a topic, never a severity signal ("bleeding", "unconscious").
  const severity =
    entry.level === 'immediate' && entry.kind !== 'topic' && entry.indicators.includes('immediate-danger');
  // "swimming: fresh cuts on her arms": a pronoun in or just after the phrase makes it about the child too.
  const aboutChild = subject === 'child' || pronounJustAfter(reader, match);
  // Someone named as doing it ("older lads punched him after rugby training"): a lesson, a room or a game named
  // nearby explains a topic, not what a named person did to the child.
  const assailant =
    entry.kind === 'personal' &&
    entry.level !== 'concern' &&
    entry.indicators.includes('physical-abuse') &&
    namesAssailant(reader, match);
  // A burn or a wound someone gave is never explained by a sport, a place or a word of accident.
  const inflicted = assailant && namesInflicted(reader, match);
  if (!severity && !assailant && (CURRICULUM_CLEARS.has(entry.kind) || !aboutChild) && isCurriculum(reader, match))
    return [];
  // "Y10 lad doing his coursework on county lines": the subject of the work, though the child is named doing it. Not
  // a child's own thoughts of dying or self-harm: a song or a poem "about never waking up" may be how they feel.
  const ownThought = SELF_DENIABLE.some((indicator) => entry.indicators.includes(indicator));
  if (!severity && !assailant && !ownThought && isCurriculumTopic(reader, match)) return [];
  // In a scenario or a story "ei" points at the invented child, not at this one. A weapon in a story is the story's,
  // unless the child is named with it ("…when he pulled a knife on K"); a wound only when a "where" puts it in the
  // story ("Of Mice and Men, where Lennie is shot"), not "reading Macbeth when a Y10 got stabbed".
  const storyWeapon = severity && isSceneDanger(entry.tags) && !aboutChild;
  const storyWound = severity && !storyWeapon && entry.tags.has('unsafe-now') && !aboutChild;
  if ((!severity || storyWeapon) && isFiction(reader, match)) return [];
  if (storyWound && isFiction(reader, match, true)) return [];
  // "Her dad battered her at chess", "gonna batter him at FIFA tonight": a game or a score named with the verb of
  // beating makes it mean won, whoever is named; never a severity signal or a wound someone gave.
  if (!severity && !inflicted && isPlayedAt(reader, match)) return explainedAway();
  // A weapon of an innocent kind is no weapon: "had a butter knife", "brought a deactivated rifle". Only its own span.
  if (severity && isSceneDanger(entry.tags) && namesHarmlessObject(reader, match)) return explainedAway();
  // Said after it to be a harmless thing or a minor injury: "…has a gun. It's a Nerf gun", "blood everywhere. It was
  // fake blood". A weapon only by a harmless object, blood only by a minor injury.
  // The sentence that says what it was is explained too ("…a knife! It was a spork.").
  const identifiedBy = (name: IdentifiedContext): boolean => {
    const said = identifiedIn(reader, match, name);
    if (said !== undefined) explained.add(said);
    return said !== undefined;
  };
  if (severity && isSceneDanger(entry.tags) && identifiedBy('identifiedHarmless')) return explainedAway();
  // "'pew pew I got a gun' — banana in the home corner": the gloss after the quote names the thing (s27-F).
  if (severity && isSceneDanger(entry.tags) && glossNamesHarmless(reader, match)) return explainedAway();
  // Whose it is or the owner's trade ("dad's a gamekeeper, it's licensed"), never for a weapon a child carries (s23-F).
  if (severity && isSceneDanger(entry.tags) && identifiedBy('identifiedOwner')) return explainedAway();
  // A cook's knife in a cooking lesson is a topic cleared (the learned reader still weighs it); looked for after what
  // it was said to be, which bounds the learned reader ("…one of the butter knives from the food tech room").
  if (severity && isSceneDanger(entry.tags) && !assailant && isKitchenKnife(reader, match)) return [];
  // "How to make a bomb" said next to be a bath bomb: the words of the search, not a plan. Only a bomb's own phrase.
  if (entry.tags.has('explosive') && identifiedBy('identifiedHarmless')) return explainedAway();
  if (severity && isBleeding(entry.tags) && identifiedBy('identifiedMinor')) return explainedAway();
  // "'I've been stabbed!' - compass in maths, tiny scratch on his finger": a stab said to be a school point's, with a
  // minor injury said too, in its sentence or the next (s26-H). Never a sentence that says it is real, nor with an
  // emergency call near it.
  if (severity && entry.tags.has('stab-said') && !emergencyCalledNear(reader, match)) {
    const point = identifiedIn(reader, match, 'identifiedPoint');
    // The minor injury in the wound's sentence or the next, or in the one that names the point (s27-F).
    if (
      point !== undefined &&
      (identifiedBy('identifiedMinor') || reader.contextsNear(point, ['identifiedMinor'], [0]).length > 0)
    ) {
      explained.add(point);
      return explainedAway();
    }
    // "Said he'd been shot. They're playing army and it was his turn to die": a shot or a stab a child at play says he
    // took, said next to be the game, as pretend already is in its own sentence (s26-H). The sentence that says so
    // names no one else, nothing real, no contrast and nothing that happened during the game.
    const played = identifiedIn(reader, match, 'identifiedPlay');
    if (played !== undefined && playToldCleanly(reader, match, played)) {
      explained.add(played);
      return explainedAway();
    }
  }
  // "A girl 'overdosed' - she accidentally took her hay fever tablet twice, mum rang 111, it's fine", "'di llyncu
  // 'gwenwyn' medda fo – llwy fwrdd o Marmite": a dose the writer holds in scare quotes and glosses at once after a
  // dash with an everyday thing or a double dose checked with 111 (s27-F). Never with an emergency call near, a
  // sentence said to be real, or another risk phrase in the gloss.
  if (severity && entry.tags.has('dose-said') && !emergencyCalledNear(reader, match)) {
    const said = doseGlossedIn(reader, match);
    if (said !== undefined) {
      explained.add(said);
      return explainedAway();
    }
  }
  // "Choking on a grape — back blows, it came out straight away, he was fine": a medical emergency first aid ended,
  // with the child well, is over (s23-B). Never a weapon, an overdose or a ligature (none is tagged `first-aid`), and
  // never one still going on or with an ambulance on its way.
  if (severity && entry.tags.has('first-aid')) {
    const over = recoveredIn(reader, match);
    if (over !== undefined) {
      explained.add(over);
      return explainedAway();
    }
  }
  // "'I'm going to jump off the roof!' - the 'roof' is the soft block tower": the writer quotes the alarm's own word
  // again and says what it was (s25-C). Never a wound someone gave the child.
  if (!inflicted && !namesInflictedOnChild(reader, match)) {
    const requoted = requotedIn(reader, match);
    if (requoted !== undefined) {
      explained.add(requoted);
      return explainedAway();
    }
  }
  // "Wedi bod yn wyna efo'i daid … gwaed ym mhobman": an animal's blood, not a child's bleeding.
  if (isBleeding(entry.tags) && isAnimalBlood(reader, match)) return [];
  // "Y9 did the Macbeth murder scene … 'blood' everywhere": a story's blood, not a child's bleeding.
  if (isBleeding(entry.tags) && isStoryBlood(reader, match)) return [];
  // An adult who may be a stranger, said next to be someone known: "it's his uncle, on the approved list".
  if (entry.tags.has('unknown-adult') && identifiedBy('identifiedKnown')) return explainedAway();
  // "'dad' 'hurt' 'knee'" told with dad's football injury: single words say nothing of whose body it was (s23-D).
  if (entry.tags.has('single-words') && isAccidentOrGameNear(reader, match)) return [];
  // A faint at a jab or in the heat is ordinary; the same faint with not eating is a combination, never tagged.
  // A mark round the neck from a lanyard is ordinary; one told beside another alarm (a grab by the throat) is not.
  if (
    entry.tags.has('ordinary-cause') &&
    namesOrdinaryCause(reader, match) &&
    !(entry.indicators.includes('physical-abuse') && namesOtherAlarmNear(reader, match))
  )
    return explainedAway();
  // "Photo day … 'somebody took my picture'", "'I'm not allowed to tell you'. it's my christmas present": a child's
  // grooming words with their everyday explanation (s24-G) bound the learned reader; never a severity signal.
  if (!severity) {
    for (const tag of entry.tags) {
      const how = EVERYDAY_EXPLAINS.get(tag);
      const said =
        how && !(how.keptByOtherAlarm === true && namesOtherAlarmNear(reader, match))
          ? everydayExplains(reader, match, how)
          : [];
      if (said.length > 0) {
        for (const at of said) explained.add(at);
        return explainedAway();
      }
    }
  }
  // "The ambulance on site is for a grandparent who fainted", "NOT for us … the groundsman's wife, she had a fall": a
  // body in danger or a faint told in the sentence that says the casualty is an adult or no child is no child's
  // emergency (s22-F). Never a scene danger (a weapon, a fire).
  const bodyInDanger = entry.tags.has('danger-to-subject') && !entry.tags.has('unsafe-now');
  const faint = entry.tags.has('ordinary-cause') && entry.indicators.includes('eating-disorder');
  if ((bodyInDanger || faint) && namesAdultCasualty(reader, match)) return explainedAway();
  // "'Mummy hit me!' … with a snowball", "'I'm gonna kill you!' - it's tag": a blow or a threat said next to be play is
  // a concern on the record, not an alarm; never a wound, a severity signal or what a named assailant did.
  // A burn or a wound the phrase itself names and gives the child ("llosgi fi efo'r sigarét") is never play, whatever
  // game the child went back to after.
  const playedOut =
    !severity &&
    !assailant &&
    !namesInflictedOnChild(reader, match) &&
    entry.kind === 'personal' &&
    (entry.tags.has('threat') || entry.indicators.includes('physical-abuse')) &&
    !saysEarnest(reader, match) &&
    !punishedByAdult(reader, match) &&
    identifiedBy('identifiedPlay');
  if (playedOut) explained.add(sentence);
  // "'Daddy threw me' - he means in the swimming pool", "said she's 'starving herself' - meaning she's saving room for
  // her nan's roast": what the child's words meant, said at once (s23-A), is a concern on the record, not an alarm.
  // Never a severity signal, a wound given to the child, or words said in earnest ("he means it").
  const meaningGiven =
    !severity &&
    !inflicted &&
    !namesInflictedOnChild(reader, match) &&
    !saysEarnest(reader, match) &&
    identifiedBy('identifiedMeaning');
  if (meaningGiven) explained.add(sentence);
  // "'my mum's gonna batter me' - ripped the knee out of his trackies": a child's quoted alarm glossed at once after
  // a dash with no risk, no one at home and no stranger in the gloss is a concern on the record, not an alarm (s24-A).
  // Never a severity signal, a wound given to the child, or words said in earnest. Bounds the learned reader there.
  const quoteGlossed =
    !meaningGiven &&
    !playedOut &&
    !severity &&
    !inflicted &&
    entry.kind === 'personal' &&
    // An unknown adult the gloss names ("'a man followed me' - it was Mr H the new site manager") is no stranger.
    (entry.indicators.every((indicator) => QUOTE_GLOSS_LOWERS.has(indicator)) || entry.tags.has('unknown-adult')) &&
    !namesInflictedOnChild(reader, match) &&
    !saysEarnest(reader, match) &&
    isQuoteGlossed(reader, match);
  if (quoteGlossed) explained.add(sentence);
  // "'ma dadi 'di bwrw mami' - … o'dd e'n sôn am y gêm pêl-eira": violence at home said next, in its own sentence and
  // past a break in the telling, to be a game is a concern on the record (s23-H). Never said in earnest or still going
  // on, never a game in a later sentence, and never a toy in the child's own clause.
  const domesticPlayed =
    !playedOut &&
    !severity &&
    entry.kind === 'personal' &&
    entry.indicators.includes('domestic-abuse') &&
    !saysEarnest(reader, match) &&
    namesPlayInLaterClause(reader, match) &&
    identifiedIn(reader, match, 'identifiedPlay') === sentence &&
    !isStillHappeningNear(reader, match);
  if (domesticPlayed) explained.add(sentence);
  // "Scared to go home - her cousin said there's a ghost in the attic. Mum will take her up with a torch tonight": a
  // fear of going home said to be of a ghost, a monster, a film or the dark is a concern on the record, and a "tonight"
  // beside it no danger now (s24-F). Never with another alarm told from the fear to its cause.
  const fearExplained = !severity && isFearExplained(reader, match);
  if (fearExplained) explained.add(sentence);
  // "What to do if a child is unconscious": a what-if about no one in particular names no real child, even in danger.
  if (isHypothetical(reader, match)) return [];
  // "Mum was drunk so nan drove the kids home": the drink and the drive are two people's (s24-E).
  if (namesTwoDoers(reader, match)) return [];
  // "sgidia rygbi AR GOLL ers dydd Llun": a thing went missing, not a child.
  if (entry.indicators.includes('missing') && isThingLost(reader, match)) return [];
  // Pretend explains the span it sits in, whoever it names: a dummy "not breathing", a Nerf "shot", stage "blood".
  const bodily = severity && !entry.tags.has('unsafe-now') && !entry.tags.has('intent');
  if (isPretend(reader, match, bodily)) return [];
  // Not pretend in its own span (a game named there explains a topic, and the learned reader still weighs it):
  // "'He's been stabbed!' … ketchup all down his tee, a TikTok prank", "got shot at the weekend, paintballing", "o'dd
  // e'n edrych fel bod rhywun 'di stabio fe 😂 paent coch": a wound said next to be fake, or a game of shooting (s27-F).
  // A weapon only when the writer said it looked like one had been used. Never real, never with an emergency call near.
  if (
    severity &&
    (entry.tags.has('stab-said') || (isSceneDanger(entry.tags) && lookedLikeBefore(reader, match))) &&
    !emergencyCalledNear(reader, match) &&
    identifiedBy('identifiedFake')
  )
    return explainedAway();
  const history = isHistory(reader, match);
  // A child shut out in the cold "last night" or "on Tuesday" (s25-A): over now, so urgent, not a 999 call.
  const over = entry.tags.has('while-it-lasts') && namesEarlierTime(reader, match);
  const thirdParty = entry.kind !== 'contextual' && subject === 'someone-else';
  // A combination is an accident only when every part's clause says so: "her black eye is from netball but she got it
  // at home off her mum's new fella" is not.
  const accident =
    !inflicted && (match.parts ? match.parts.every((part) => isAccident(reader, part)) : isAccident(reader, match));
  // "Hurt himself at the weekend – fell off his bike": the accident told after a dash explains a hurt, one phrase only;
  // so does one told just before, the hurt opening the next clause ("damwain ar ei feic, crafu'i freichiau").
  // Looked for only when the entry names a hurt it can explain: most matches name none, and this walks the sentence.
  const toldAfter =
    !inflicted &&
    !match.parts &&
    entry.indicators.some((indicator) => ACCIDENT_AFTER_CLEARS.has(indicator)) &&
    (isAccidentToldAfter(reader, match) || isAccidentToldBefore(reader, match));
  // "Older lads punched him after rugby": the sport word in the accident list names a game, not an accident.
  const assaultAtSport = accident && assailant && accidentOnlyBySport(reader, match);
  // Violence in a game or a sport ("got battered 40-7") is no alarm; never a severity signal or an adult at home, and
  // a concern-level sign (a bruise the child says is from football) stays on the record for the DSL to weigh.
  const sport = !severity && !inflicted && entry.level !== 'concern' && isSport(reader, match);
  const joking = isJoking(reader, match);
  // "Asked about self-harm and suicidal thoughts; she denies both": a screening question answered no is a concern on
  // the record, like a writer's explanation, not an alarm.
  const dismissed = !severity && (isDismissed(reader, match) || isScreenedAndDenied(reader, match));
  // A child missing and found in the same message is a concern on the record, and in no danger now.
  // Not one of many ("again", "the third time") nor with a sign of another risk ("a new phone"), s25-D: the pattern or
  // the sign is the risk, the child back or not.
  const returned = entry.indicators.includes('missing') && isFoundAfter(reader, match) && !isMissingKept(reader, match);
  const tags = [...entry.tags];
  // The game's "now" is not a danger now: "'I'm gonna shoot you!' right now - it's cops and robbers".
  const happeningNow =
    !returned && !playedOut && !meaningGiven && !quoteGlossed && !fearExplained && isImminent(reader, match, false);
  // Going home is a time, not a sign of earnest: a threat said laughing or explained away stays where it was lowered.
  const goingHomeNow =
    !returned &&
    !playedOut &&
    !fearExplained &&
    !joking &&
    !dismissed &&
    !history &&
    tags.some((tag) => GOING_HOME_RAISES.has(tag)) &&
    isGoingHomeNear(reader, match);
  const imminent =
    (tags.some((tag) => IMMINENT_RAISES.has(tag)) && happeningNow) ||
    goingHomeNow ||
    (!returned && tags.some((tag) => SOON_RAISES.has(tag)) && isImminent(reader, match, true));
  // Someone else's overdose at the weekend is this child's contextual risk; one happening now is still 999, and so is
  // one the phrase says is not over (the child's mum on the floor, not moving).
  const someoneElsesPastDanger =
    thirdParty && entry.tags.has('danger-to-subject') && !happeningNow && !entry.tags.has('ongoing');
  // Looked for only when an urgent finding could be raised: most matches need no walk of the sentences around.
  let emergency: boolean | undefined;
  const emergencyCalled = (): boolean => (emergency ??= !returned && !playedOut && emergencyCalledNear(reader, match));
  // An abuse disclosure and the child handed over today, or violence still going on (s22-I): never when the writer
  // explained it away, it was play, a joke, or the child is back; violence told as past is not going on.
  const earnest = !returned && !playedOut && !meaningGiven && !quoteGlossed && !fearExplained && !joking && !dismissed;
  let handover: boolean | undefined;
  const handoverToday = (): boolean => (handover ??= earnest && isHandoverTodayNear(reader, match));
  let still: boolean | undefined;
  const stillHappening = (): boolean => (still ??= earnest && !history && isStillHappeningNear(reader, match));
  // "'Daddy smacked me' … It was only a high five lol": explained at once by a generic word (s28-X), looked for only
  // for a finding above concern. Never a severity signal. Its sentence is not `explained`: the learned reader reads it
  // whole and raises the level again wherever it reads the message urgent (combineLearned.ts), which is what makes so
  // generic a word safe to trust (s28-N: it read 545 of 554 real risks the phrases caught, at first sight).
  let atOnce: number | null | undefined;
  const explainedAtOnce = (): boolean => {
    if (atOnce === undefined) atOnce = severity ? null : (explainedAtOnceIn(reader, match) ?? null);
    return atOnce !== null;
  };
  const findings: Finding[] = [];
  const indicators: ReadonlyArray<RiskIndicator | null> = entry.indicators.length > 0 ? entry.indicators : [null];
  for (const original of indicators) {
    let indicator = original;
    let level: RiskLevel = entry.level;
    const modifiers: Modifier[] = [];
    if (original !== null) {
      // "Fell at football" is an accident; "his dad punched him at football" is not, whatever the sport.
      // A concern-level mark a parent explains as a fall stays explained.
      const adultAtHome = original === 'physical-abuse' && entry.level !== 'concern' && namesHousehold(reader, match);
      const peerAssault = original === 'physical-abuse' && (assaultAtSport || (sport && assailant));
      if (accident && ACCIDENT_CLEARS.has(original) && !adultAtHome && !peerAssault) continue;
      // What it turned out to be, like an ordinary cause: the learned reader is bounded in this sentence too.
      if (toldAfter && ACCIDENT_AFTER_CLEARS.has(original)) {
        explained.add(sentence);
        continue;
      }
      if (sport && SPORT_EXPLAINS.has(original) && !peerAssault) continue;
      // A peer assault with a named assailant is not explained by the game it followed: a concern for the DSL.
      if (peerAssault && !adultAtHome) {
        level = minLevel(level, 'concern');
        modifiers.push('assault');
      }
      if (
        (dismissed || playedOut || meaningGiven || domesticPlayed || quoteGlossed || fearExplained) &&
        original !== 'immediate-danger'
      ) {
        level = minLevel(level, 'concern');
        modifiers.push('dismissed');
      }
      if (returned) {
        level = minLevel(level, 'concern');
        modifiers.push('returned');
      }
      if (joking && (JOKING_LOWERS.has(original) || jokingLowersThreat(entry.tags, severity))) {
        level = minLevel(level, 'concern');
        modifiers.push('joking');
      }
      if (over) {
        if (original === 'immediate-danger') continue;
        level = minLevel(level, 'urgent');
        modifiers.push('history');
      }
      if (history && HISTORY_LOWERS.has(original)) {
        level = minLevel(level, 'concern');
        modifiers.push('history');
      }
      const thirdPartyRule = thirdParty
        ? (THIRD_PARTY_LOWERS.get(original) ??
          (someoneElsesPastDanger && original === 'immediate-danger' ? { keepIndicator: false } : undefined))
        : undefined;
      if (thirdPartyRule) {
        level = minLevel(level, 'concern');
        modifiers.push('thirdParty');
        if (!thirdPartyRule.keepIndicator) indicator = null;
      }
    }
    if (imminent) {
      level = 'immediate';
      modifiers.push('imminent');
    } else if (
      original !== null &&
      level === 'urgent' &&
      ((HANDOVER_RAISES.has(original) && handoverToday()) || (STILL_HAPPENING_RAISES.has(original) && stillHappening()))
    ) {
      // "Daddy hurt her bottom again … dad is collecting her today at 3"; "beating her child in the garden, it's still
      // going on": the harm is now.
      level = 'immediate';
      modifiers.push('imminent');
    } else if (original !== null && level === 'urgent' && emergencyCalled()) {
      // "Heart rate 38, dizzy … I've rung 999": a call already made says the harm is now, not that she is safe.
      level = 'immediate';
      modifiers.push('emergency');
    }
    // Above concern, not an immediate danger and not made now: explained at once, it is a concern.
    if (
      original !== null &&
      original !== 'immediate-danger' &&
      compareLevels(level, 'concern') > 0 &&
      !modifiers.includes('imminent') &&
      !modifiers.includes('emergency') &&
      explainedAtOnce()
    ) {
      level = 'concern';
      modifiers.push('explainedAtOnce');
    }
    findings.push({ entry, sentence, indicator, level, modifiers, start, end });
  }
  // Raised to immediate by "tonight", "right now"…: the duty worker must see that a child is in danger now.
  const raisedNow = imminent || findings.some((finding) => finding.modifiers.includes('imminent'));
  if (raisedNow && !findings.some((finding) => finding.indicator === 'immediate-danger')) {
    findings.push({
      entry,
      sentence,
      indicator: 'immediate-danger',
      level: 'immediate',
      modifiers: ['imminent'],
      start,
      end,
    });
  }
  return findings;
}

/**
 * An urgent blow (not a threat: "my dad's gonna kill me cos I lost my blazer" is a child's dread of being told off) by
 * an adult at home given a reason after it ("… efo'r bêl achos dwi'n colli", "… with the ball because
 * I lose"): a punishment, not play; an idiom of a ball that hit or a game said after explains nothing (s23-H).
 */
function punishedByAdult(reader: Reader, match: Candidate): boolean {
  return (
    match.entry.indicators.includes('physical-abuse') &&
    match.entry.level !== 'concern' &&
    !match.entry.tags.has('threat') &&
    givesReasonForAdultsBlow(reader, match)
  );
}

function quote(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_QUOTE ? `${raw.slice(0, MAX_QUOTE - 1)}…` : raw;
}

function reasonFor(finding: Finding, text: string): string {
  // A lexicon without wording for a newer modifier (`assault`) says nothing rather than a code word.
  const modifiers = finding.modifiers
    .map((modifier) => finding.entry.modifiers[modifier])
    .filter((wording) => wording !== undefined)
    .map((wording) => ` — ${wording}`)
    .join('');
  return `${finding.entry.reason}${modifiers} ("${quote(text, finding.start, finding.end)}")`;
}

/** Keeps one finding per indicator and span: the higher level, then the caller's language. */
function preferred(findings: readonly Finding[], locale: SupportedLocale): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.indicator ?? ''}|${finding.start}|${finding.end}`;
    const current = best.get(key);
    if (!current) {
      best.set(key, finding);
      continue;
    }
    const byLevel = compareLevels(finding.level, current.level);
    if (byLevel > 0 || (byLevel === 0 && finding.entry.locale === locale && current.entry.locale !== locale))
      best.set(key, finding);
  }
  return [...best.values()];
}

/**
 * Assesses text against compiled lexicons and, when given, the learned reader, which can only raise
 * the level the phrases gave (and asks when it is unsure). Pure: the same inputs give the same result.
 */
export function assessTextWith(
  compiled: CompiledLexicons,
  text: string,
  locale: SupportedLocale,
  learned?: LearnedReader,
): RiskAssessment {
  if (typeof text !== 'string' || text.length === 0) return { ...NO_RISK, indicators: [], matches: [], reasons: [] };
  // Lookalike letters read as the letters they pass for; an invisible separator both as nothing and as a space: the
  // higher level stands.
  const readings = readingsOf(text).map((reading) => assessReading(compiled, text, reading, locale, learned));
  return readings.reduce((worst, next) =>
    compareLevels(next.level, worst.level) > 0 ||
    (next.level === worst.level && next.indicators.length > worst.indicators.length)
      ? next
      : worst,
  );
}

/**
 * Reads `reading` (the text with confusables folded, as long as `text`), quoting `text`; the learned reader may only
 * raise it.
 */
function assessReading(
  compiled: CompiledLexicons,
  text: string,
  reading: string,
  locale: SupportedLocale,
  learned?: LearnedReader,
): RiskAssessment {
  const tokens = tokensFor(compiled, reading);
  const { assessment: byPhrases, explained, found } = readPhrases(compiled, tokens, text, locale);
  if (!learned) return byPhrases;
  // What the message names after its alarms, for a second urgent head trained with it (s26-M).
  const explanations = () => explanationFeatures(tokens, found);
  // The learned reader reads the words as written, as it was trained: not a word added for the phrases.
  return raiseWithLearnedReader(byPhrases, learned, writtenTokens(tokens), compiled, locale, explained, explanations);
}

/**
 * The signs of each tally read in their own contexts, kept only when signs of at least `atLeast` different kinds were
 * read at the tally's level in the message (one sign lowered as someone else's or in the past does not count).
 */
function tallied(signs: readonly Finding[]): Finding[] {
  const kinds = new Map<string, Set<string>>();
  const counted = signs.filter(
    (finding) => finding.entry.tally && compareLevels(finding.level, finding.entry.level) >= 0,
  );
  for (const finding of counted) {
    const tally = finding.entry.tally;
    if (!tally) continue;
    const seen = kinds.get(tally.id) ?? new Set<string>();
    seen.add(tally.sign);
    kinds.set(tally.id, seen);
  }
  return counted.filter((finding) => {
    const tally = finding.entry.tally;
    return tally !== undefined && (kinds.get(tally.id)?.size ?? 0) >= tally.atLeast;
  });
}

/** The phrase reading, and the sentences that hold an alarm it explained and what explained it. */
interface PhraseReading {
  readonly assessment: RiskAssessment;
  readonly explained: ReadonlySet<number>;
  /** The phrases and contexts found (explanationFeatures.ts reads them for the learned reader). */
  readonly found: Found;
}

/** The phrase reading alone: phrases and combinations, each judged in its context. */
function readPhrases(
  compiled: CompiledLexicons,
  tokens: ResolvedToken[],
  text: string,
  locale: SupportedLocale,
): PhraseReading {
  const found = sortFound(tokens, findPhrases(compiled, tokens));
  // The quoted words are found only when an explanation at once is asked about (s28-X).
  let quoted: Set<number> | undefined;
  const reader = new Reader(
    tokens,
    found,
    sportLocales(compiled),
    compiled.tokenizeOptions.clauseBreakers,
    locale === 'cy' ? welshPrepositionI(tokens, text) : undefined,
    exclaimedSentences(tokens, text),
    (first, last) => quotedAlarmGloss(tokens, text, first, last, locale === 'cy'),
    quotedAloneWords(tokens, text),
    (index) => opensAfterQuoteAndDash(tokens, text, index),
    (index) => dashBefore(tokens, text, index),
    (index) => (quoted ??= quotedWords(tokens, text, locale === 'cy')).has(index),
  );
  const explained = new Set<number>();
  const judgeAll = (candidates: readonly Candidate[]): Finding[] =>
    candidates
      .flatMap((match) =>
        judge(
          reader,
          match,
          tokens[match.first].start,
          tokens[match.last].end,
          tokens[match.first].sentence,
          explained,
        ),
      )
      .filter((finding) => finding.level !== 'none');
  const said = found.risks.filter(
    (match) =>
      // A blow by an adult at home given a reason is no idiom of a ball that hit, unless the idiom is all of it.
      (!insideIdiom(match, found.idiomsAt) ||
        (punishedByAdult(reader, match) && !heldByIdiom(match, found.idiomsAt))) &&
      (!match.entry.tags.has('single-words') || saidWordByWord(tokens, text, match)),
  );
  const visible = said.filter((match) => !match.entry.tally);
  const kept = withoutContained(visible);
  // A shorter phrase inside a longer one still brings its danger now: "stepdad says he will hurt her" holds the threat
  // "will hurt her", which "he is at the gate now" makes immediate. Intent is left to its container, which knows
  // whether it is someone else's or in the past.
  const keptSet = kept.length < visible.length ? new Set(kept) : undefined;
  const raisedInside = keptSet
    ? judgeAll(visible.filter((match) => !keptSet.has(match) && match.entry.tags.has('unsafe-now'))).filter((finding) =>
        finding.modifiers.includes('imminent'),
      )
    : [];
  const phraseFindings = [...judgeAll(kept), ...raisedInside];
  // A combination only adds what the phrases missed: not when a phrase found the same indicator in that sentence at
  // its level or higher ("left alone" is a concern; a young child left alone is urgent).
  const foundBy = new Map<string, RiskLevel>();
  for (const finding of phraseFindings) {
    const key = `${finding.indicator ?? ''}|${finding.sentence}`;
    const before = foundBy.get(key);
    if (!before || compareLevels(finding.level, before) > 0) foundBy.set(key, finding.level);
  }
  const comboFindings = judgeAll(combinationCandidates(tokens, found)).filter((finding) => {
    const byPhrase = foundBy.get(`${finding.indicator ?? ''}|${finding.sentence}`);
    return !byPhrase || compareLevels(finding.level, byPhrase) > 0;
  });
  // Each kind of sign is read apart: "the same clothes since Monday, smells" holds a sign of clothes and of hygiene.
  const signKinds = new Map<string, Candidate[]>();
  for (const match of said) {
    if (!match.entry.tally) continue;
    const kind = signKinds.get(match.entry.id) ?? [];
    kind.push(match);
    signKinds.set(match.entry.id, kind);
  }
  const tallyFindings = tallied(judgeAll([...signKinds.values()].flatMap((kind) => withoutContained(kind))));
  const findings = preferred([...phraseFindings, ...comboFindings, ...tallyFindings], locale);
  // An ambulance for an adult ("it's for the groundsman's wife next door, she had a fall"): no child's emergency there.
  for (const adult of adultCasualtySentences(reader)) explained.add(adult);
  // A fire engine or an ambulance going past (s24-C): bounds the learned reader only, clears no phrase.
  for (const passing of passingVehicleSentences(reader)) explained.add(passing);
  // A child's words and what they meant, said at once (s23-A): the learned reader cannot tell the words from their
  // meaning, whether or not a phrase read them.
  for (const meaning of meaningSentences(reader)) explained.add(meaning);
  // A quoted alarm glossed at once after a dash ("'daddy locks me in the car' - it's the child locks"): bounds only.
  for (const gloss of glossSentences(reader, (index) => opensAfterQuoteAndDash(tokens, text, index)))
    explained.add(gloss);
  // An everyday event the phrases read at its level ("my friend's dad passed away") says what its sentence is about.
  for (const finding of findings) if (finding.entry.tags.has('everyday-event')) explained.add(finding.sentence);
  if (findings.length === 0)
    return { assessment: { ...NO_RISK, indicators: [], matches: [], reasons: [] }, explained, found };
  return { assessment: assessmentOf(findings, text), explained, found };
}

/** The assessment findings make: the highest level, each indicator at its highest, the worst matches and reasons. */
function assessmentOf(findings: readonly Finding[], text: string): RiskAssessment {
  let level: RiskLevel = 'none';
  const indicatorLevels = new Map<RiskIndicator, RiskLevel>();
  for (const finding of findings) {
    if (compareLevels(finding.level, level) > 0) level = finding.level;
    if (finding.indicator && compareLevels(finding.level, indicatorLevels.get(finding.indicator) ?? 'none') > 0)
      indicatorLevels.set(finding.indicator, finding.level);
  }
  // The worst first, then in reading order; a flood of repeats is cut to what a person can read.
  const ordered = [...findings].sort((a, b) => compareLevels(b.level, a.level) || a.start - b.start);
  const shown = ordered.slice(0, MAX_MATCHES).sort((a, b) => a.start - b.start || compareLevels(b.level, a.level));
  const matches: RiskMatch[] = shown.map((finding) => ({
    indicator: finding.indicator,
    level: finding.level,
    start: finding.start,
    end: finding.end,
    text: text.slice(finding.start, finding.end),
    rule: `${finding.entry.locale}:${finding.entry.id}`,
  }));
  const reasons: string[] = [];
  const reasonKeys = new Set<string>();
  for (const finding of ordered) {
    const key = `${finding.entry.locale}|${finding.entry.id}|${finding.modifiers.join(',')}`;
    if (reasonKeys.has(key)) continue;
    reasonKeys.add(key);
    reasons.push(reasonFor(finding, text));
    if (reasons.length >= MAX_REASONS) break;
  }
  // A weak signal (an entry tagged `ask`) below urgent: the bot asks its direct safety question.
  const ask = compareLevels(level, 'urgent') < 0 && findings.some((finding) => finding.entry.tags.has('ask'));
  return {
    level,
    indicators: sortIndicators(indicatorLevels),
    matches,
    reasons,
    ...(ask ? { ask: true as const } : {}),
  };
}
