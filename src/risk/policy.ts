/**
 * How context changes a level. This is safeguarding judgement, not language, so it lives in code
 * beside its tests; the words that signal each context live in the lexicons.
 */
import type { ContextName } from './compile';
import type { EntryKind, EntryTag } from './lexiconSchema';
import type { RiskIndicator } from './types';

/**
 * Described as past and over ("self-harmed in year 7, nothing since"): a concern for the DSL's
 * chronology, not a same-day response. Abuse is not here: a disclosure of past abuse still needs
 * acting on today (KCSIE), and neither are FGM, forced marriage or radicalisation.
 */
export const HISTORY_LOWERS: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>([
  'self-harm',
  'suicidal-ideation',
  'eating-disorder',
  'missing',
  'substance-misuse',
  'immediate-danger',
  'exploitation',
]);

/**
 * About someone else ("her grandad died by suicide", "his friend self-harms"): contextual risk for
 * this child, a concern-level record (early-help brief §4). The indicator is kept only where it still
 * describes this child's situation (a parent's drinking is part of the child's home life).
 */
export const THIRD_PARTY_LOWERS: ReadonlyMap<RiskIndicator, { keepIndicator: boolean }> = new Map<
  RiskIndicator,
  { keepIndicator: boolean }
>([
  ['self-harm', { keepIndicator: false }],
  ['suicidal-ideation', { keepIndicator: false }],
  ['eating-disorder', { keepIndicator: false }],
  ['missing', { keepIndicator: false }],
  ['exploitation', { keepIndicator: false }],
  ['substance-misuse', { keepIndicator: true }],
]);

/** Said to be an accident ("burnt her hand on the oven by accident"): not a risk on its own. */
// Not immediate-danger: heavy bleeding or a fall from a window needs 999 whatever the cause.
export const ACCIDENT_CLEARS: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>(['self-harm', 'physical-abuse']);

/**
 * Explained by an accident told just after a dash or a colon ("hurt himself at the weekend – fell off his bike"). Not
 * physical abuse: a bruise "– says he fell down the stairs" is the account a DSL must weigh, not an explanation.
 */
export const ACCIDENT_AFTER_CLEARS: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>(['self-harm']);

/** Intent, travel for FGM or marriage, or an unsafe place tonight, that may happen now: 999 territory. */
export const IMMINENT_RAISES: ReadonlySet<EntryTag> = new Set<EntryTag>(['intent', 'travel', 'unsafe-now']);

/**
 * A danger in the scene the child is in (`unsafe-now`, not `danger-to-subject`: a weapon out, a threat at the door),
 * not a wound or a body in danger. A story can hold one, and a harmless object can be all it names ("a butter knife");
 * a wound or a body in danger is never explained by a story ("reading Macbeth when a Y10 got stabbed" is real).
 */
export function isSceneDanger(tags: ReadonlySet<EntryTag>): boolean {
  return tags.has('unsafe-now') && !tags.has('danger-to-subject');
}

/** Blood seen ("blood everywhere", "bleeding loads"): a later "it was fake blood" can say what it was. */
export function isBleeding(tags: ReadonlySet<EntryTag>): boolean {
  return tags.has('bleeding');
}

/** A threat or a plan for when the child gets home (s21-I): not travel, whose "when they go" may be months away. */
export const GOING_HOME_RAISES: ReadonlySet<EntryTag> = new Set<EntryTag>(['intent', 'unsafe-now']);

/** Travel for FGM or forced marriage within days is imminent in the brief's tiers. */
export const SOON_RAISES: ReadonlySet<EntryTag> = new Set<EntryTag>(['travel']);

/** Passive or joking talk of suicide is a concern (brief §4); it is recorded, not dismissed. */
export const JOKING_LOWERS: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>(['suicidal-ideation']);

/**
 * A threat said laughing ("ma Mam yn mynd i'n lladd i … yn chwerthin 😂") is hyperbole, recorded as a concern like a
 * joke about suicide. Only words that threaten (`threat`): an adult who laughs while hitting a child is still abuse,
 * and a threat that is a severity signal (at the door now) is never lowered.
 */
export function jokingLowersThreat(tags: ReadonlySet<EntryTag>, severity: boolean): boolean {
  return tags.has('threat') && !severity;
}

/**
 * A subject named bare in a lesson, a book or a general question is not a disclosure; nor is a
 * personal phrase about someone who is not the child ("Romeo and Juliet both kill themselves").
 */
export const CURRICULUM_CLEARS: ReadonlySet<EntryKind> = new Set<EntryKind>(['topic', 'contextual']);

/**
 * Explained by a sport or a game named nearby ("got battered 40-7", "a boot to the face in a tackle"): violence in
 * play, not abuse. Never a severity signal or a weapon (immediate-danger), never an adult at home.
 */
export const SPORT_EXPLAINS: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>(['physical-abuse']);

/**
 * A disclosure of abuse, and the child handed over today ("dad is collecting her at 3", s22-I): she is about to be
 * taken by the person she spoke of, so the danger is now. Not domestic abuse alone, which is harm to another adult,
 * nor secrecy or grooming alone (`abuse-disclosure`), whose "picks her up after school" is a habit, not today.
 */
export const HANDOVER_RAISES: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>(['sexual-abuse', 'physical-abuse']);

/** Violence still going on as it is told ("it's still going on", "he hasn't stopped", s22-I): a 999 call. */
export const STILL_HAPPENING_RAISES: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>([
  'physical-abuse',
  'domestic-abuse',
]);

/**
 * What a child says in hyperbole that a gloss can explain (s24-A): a threat or a blow, a wish to die, running away, a
 * faint, not wanting to go home. Never a sexual disclosure, exploitation, violence between adults at home (read by its
 * own rule, `domesticPlayed`), FGM, forced marriage, radicalisation or online harm: "'mum's boyfriend touches me' - in
 * the pool" names no cause that explains it.
 */
export const QUOTE_GLOSS_LOWERS: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>([
  'physical-abuse',
  'abuse-disclosure',
  'immediate-danger',
  'self-harm',
  'suicidal-ideation',
  'missing',
  'eating-disorder',
]);

/**
 * The signs that keep a missing episode at its level though the child is back (s25-D): "in school now but has a new
 * phone and won't say where from". Not a search's own alarm (a child not found, a danger while missing).
 */
export const MISSING_KEPT_BY: ReadonlySet<RiskIndicator> = new Set<RiskIndicator>([
  'exploitation',
  'sexual-abuse',
  'substance-misuse',
  'physical-abuse',
  'online-harm',
]);

/**
 * An alarm in a child's words that an everyday explanation said with it clears (s24-G): which context explains an
 * entry with the tag, in which sentences around the phrase, and whether an adult who is not a parent named from the
 * phrase's sentence to the explanation keeps it (a secret "a present for mum" kept with mummy's friend is still a
 * secret with an adult). The explained sentence bounds the learned reader.
 */
export interface EverydayExplanation {
  readonly context: ContextName;
  readonly sentences: readonly number[];
  readonly keptByUnrelatedAdult: boolean;
  /** Kept when another urgent alarm is read in the sentence before, its own or the next (s25-D). */
  readonly keptByOtherAlarm?: boolean;
}

export const EVERYDAY_EXPLAINS: ReadonlyMap<EntryTag, EverydayExplanation> = new Map<EntryTag, EverydayExplanation>([
  ['photo-taken', { context: 'photoOccasion', sentences: [-1, 0, 1], keptByUnrelatedAdult: false }],
  ['given-tablets', { context: 'parentConfirmed', sentences: [0, 1, 2], keptByUnrelatedAdult: false }],
  ['secret-kept', { context: 'surpriseGift', sentences: [0, 1], keptByUnrelatedAdult: true }],
  ['screaming-heard', { context: 'everydayShouting', sentences: [0, 1], keptByUnrelatedAdult: false }],
  // s25-D: "going country for half term – his family's got a caravan in Cornwall" is a holiday, not county lines; with
  // drugs, money or an older person read beside it, it stays.
  [
    'country-trip',
    { context: 'familyTrip', sentences: [-1, 0, 1], keptByUnrelatedAdult: false, keptByOtherAlarm: true },
  ],
  // s25-D: a Y7's "getting married" with a Ring Pop, or an 18-year-old's own wedding, is no forced marriage; a wedding
  // abroad, a cousin or a promise read beside it stays.
  [
    'wedding-said',
    { context: 'everydayWedding', sentences: [-1, 0, 1], keptByUnrelatedAdult: false, keptByOtherAlarm: true },
  ],
  // s25-F: "sorry everyone, I won't be here for club tonight, dentist" is an absence, not a goodbye; a method, a place
  // or another alarm read beside it keeps it.
  [
    'absence-said',
    { context: 'everydayAbsence', sentences: [-1, 0, 1], keptByUnrelatedAdult: false, keptByOtherAlarm: true },
  ],
]);
