/**
 * How far each reading of the context reader looks, in words or in sentences, from the phrase it reads.
 */

/** How far back a phrase looks for who it is about ("her grandad … died by suicide"). */
export const SUBJECT_LOOKBACK = 8;
export const NEGATION_LOOKBACK = 8;
/** Sentences either side of a risk phrase where an emergency call made for it is read (s21-I). */
export const EMERGENCY_SENTENCES: readonly number[] = [-2, -1, 0, 1, 2];
/** How near a pretend, sport or what-if context must be to the phrase it explains ("role play of a pupil …"). */
export const EXPLAINING_WINDOW = 12;

/** How far after "on"/"about" a lesson's topic may begin and still be that topic ("an EPQ on child criminal …"). */
export const TOPIC_REACH = 5;
/** A heading opens its sentence: at most this many words before it ("Bl 6 yn neud cymorth cyntaf – …"). */
export const HEADING_LEAD = 3;
/** How near before a violent phrase its doer must be named to be the one who did it ("a lad from Y11 kicked him"). */
export const ASSAILANT_REACH = 4;
/**
 * How far after a wish to die or a threat its trivial cause may begin: "'wants to die' over maths", "'so done with
 * everything' - her coffee shop shift got moved". Further on, it is the cause of something else ("wants to die, she has
 * been crying every day about her mocks").
 */
export const TRIVIAL_CAUSE_REACH = 4;
/** Welsh says the same cause in more words: "'moyn marw' pan welodd hi'r gwaith cartref". */
export const TRIVIAL_CAUSE_REACH_CY = 6;
/** How far after the alarm its word may be quoted again, and how far on the rest of that sentence is read. */
export const REQUOTE_REACH = 30;
/** How far before an alarm a risk phrase overlapping it may start (no phrase is longer). */
export const OVERLAP_REACH = 24;

/** How many words after an alarm, in its clause, the writer may quote again to say what it was (s26-H). */
export const REQUOTE_TAIL = 4;

/** How many words of a gloss after a quoted alarm are read for a person, a risk or a contrast (s24-A). */
export const GLOSS_REACH = 24;

/** How many of a gloss's first words are read for who did it: someone at home, a relation, a stranger (s24-A). */
export const GLOSS_PERSON_REACH = 6;

/** How near after a claim word ("he says") an everyday explanation is the claim, not the writer's word (s24-G). */
export const CLAIM_REACH = 3;

/** How many words after "he means" a person named makes the meaning who did it, not what it was. */
export const MEANING_REACH = 8;
