/**
 * Chooses the learned reader's thresholds on the dev split: for each level, the lowest threshold
 * (the most recall) whose added false alarms stay inside a budget.
 */
import { compareLevels, maxLevel } from '../risk/levels';
import {
  agreedLevel,
  logit,
  type ModelFile,
  sigmoid,
  urgentHeadFires,
  windowShift,
  type WindowScores,
  type WindowSettings,
} from '../risk/learnedReader';
import type { RiskLevel } from '../risk/types';

export interface DevScore {
  readonly expected: RiskLevel;
  readonly byPhrases: RiskLevel;
  /** The phrase reading found a weak signal (an entry tagged ask). */
  readonly phrasesAsk: boolean;
  readonly concern: number;
  readonly urgent: number;
  readonly immediate: number;
  /** P(immediate | at least urgent), the second immediate model. */
  readonly immediateIfUrgent: number;
  /** The message names a narrow now-ness cue (an `urgency-` frame). */
  readonly nowCue: boolean;
  /** The message names a frame of risk (without one, the urgent head must be more likely than not). */
  readonly namesRiskFrame: boolean;
  /** The best windows' own probabilities (LearnedReading.windows), when the message is long enough to have them. */
  readonly windows?: WindowScores;
  /** The second urgent head's probability (LearnedReader.urgentConfirmScore), when the model has one. */
  readonly urgentConfirm?: number;
}

/**
 * False alarms the learned reader may ADD on dev, beyond the phrase reading's own, as shares of the
 * messages labelled below each level. Budgets on the total let the phrase reading's false alarms
 * (measured separately) eat the learned reader's room and cost recall, the worse failure.
 */
export const BUDGETS = {
  /** `none` messages the learned reader raises to concern or higher. */
  concern: 0.1,
  /**
   * `none` messages the learned reader raises to urgent or higher. Kept at 3 %: at first sight (rounds left out,
   * src/risk/README.md, s20-B) 2.5 % would bring the two readers' `none` urgent+ from 5.6 % to 4.9 %, but lost urgent
   * messages on dev (a suicide note, "I won't be here by the end of term", skipped insulin): a missed risk is the worse
   * failure, so that trade is left to the product owner with its figures.
   */
  urgent: 0.03,
  /** messages below immediate the learned reader raises to immediate. */
  immediate: 0.02,
  /**
   * Of them, `none` messages (a false 999 call on an everyday message: the tree down in the car park tonight, the
   * first-aid course): a share of dev's `none` (s20-B). 0.45 % since immediate needs the urgent head (s21-L): at 0.5 %
   * the chooser spent what that rule saved on a lower immediate threshold (0.28 -> 0.26, dev `urgent` read immediate
   * 400 -> 406); at 0.45 % the thresholds stay where they were and the saving is kept (src/risk/README.md).
   */
  noneImmediate: 0.0045,
  /** `none` messages on which the bot would ask its safety question (phrases' weak signals included). */
  ask: 0.1,
  /** `urgent` messages that a now-ness cue raises to immediate (a 999 call where a referral today was right). */
  immediateWithCue: 0.04,
  /** `urgent` messages that the second immediate model raises to immediate, beyond the cue's. */
  immediateIfUrgent: 0.01,
} as const;

const GRID = Array.from({ length: 90 }, (_, i) => Number((0.05 + i * 0.01).toFixed(2)));
/** Windows may need to be stricter than any whole-message threshold: up to 0.995. */
const WINDOW_GRID = [...GRID, ...Array.from({ length: 11 }, (_, i) => Number((0.95 + i * 0.0045).toFixed(4)))];

function share<T>(pool: readonly T[], hit: (item: T) => boolean): number {
  return pool.length === 0 ? 0 : pool.filter(hit).length / pool.length;
}

function lowestWithin(hit: (t: number) => number, budget: number, grid: readonly number[] = GRID): number {
  for (const t of grid) if (hit(t) <= budget) return t;
  return grid[grid.length - 1];
}

export type Budgets = Readonly<Record<keyof typeof BUDGETS, number>>;

export function chooseThresholds(scores: readonly DevScore[], budgets: Budgets = BUDGETS): ModelFile['thresholds'] {
  const none = scores.filter((s) => s.expected === 'none');
  const belowImmediate = scores.filter((s) => s.expected !== 'immediate');
  const atLeast = (level: RiskLevel, floor: RiskLevel): boolean => compareLevels(level, floor) >= 0;
  // Only what the learned reader adds counts: messages the phrases already put at the level are left out.
  const concern = lowestWithin(
    (t) => share(none, (s) => !atLeast(s.byPhrases, 'concern') && s.concern >= t),
    budgets.concern,
  );
  // The heads must agree (LearnedReader.levelOf): urgent only with the concern head (and, when the message names no
  // frame of risk, only when urgent is more likely than not), immediate only
  // with the urgent head (agreedLevel). Each threshold counts only the raises that survive that rule.
  const urgent = lowestWithin(
    (t) => share(none, (s) => !atLeast(s.byPhrases, 'urgent') && urgentHeadFires(s, t) && s.concern >= concern),
    budgets.urgent,
  );
  const learnedImmediate = (s: DevScore, t: number): boolean =>
    s.byPhrases !== 'immediate' && s.immediate >= t && urgentHeadFires(s, urgent);
  // Within both budgets: every message below immediate, and the `none` ones on their own, smaller budget.
  const immediate = Math.max(
    lowestWithin((t) => share(belowImmediate, (s) => learnedImmediate(s, t)), budgets.immediate),
    lowestWithin((t) => share(none, (s) => learnedImmediate(s, t)), budgets.noneImmediate),
  );
  const draft = { concern, urgent, immediate };
  const levelOf = (s: DevScore): RiskLevel => maxLevel(s.byPhrases, agreedLevel(s, draft).level);
  const ask = chooseAsk(scores, draft, (s) => s, budgets.ask);
  const urgentOnes = scores.filter((s) => s.expected === 'urgent');
  const immediateWithCue = lowestWithin(
    (t) => share(urgentOnes, (s) => levelOf(s) === 'urgent' && s.nowCue && s.immediate >= t),
    budgets.immediateWithCue,
  );
  const byCue = (s: DevScore): boolean => levelOf(s) === 'urgent' && s.nowCue && s.immediate >= immediateWithCue;
  // The second immediate model counts only where the learned heads themselves read urgent (LearnedReader).
  const learnedUrgent = (s: DevScore): boolean => atLeast(agreedLevel(s, draft).level, 'urgent');
  const immediateIfUrgent = lowestWithin(
    (t) =>
      belowImmediate.filter((s) => levelOf(s) === 'urgent' && !byCue(s) && learnedUrgent(s) && s.immediateIfUrgent >= t)
        .length / Math.max(1, urgentOnes.length),
    budgets.immediateIfUrgent,
  );
  return { concern, urgent, immediate, ask, indicator: 0.5, immediateWithCue, immediateIfUrgent };
}

/**
 * The ask threshold: the lowest at which the bot asks its safety question on no more than `budget` of dev's `none`
 * messages, every ask counted (the phrases' weak signals and the heads' disagreements included), each message read
 * by `read` (with windows, once their thresholds are chosen: a window that lifts the urgent score asks too).
 */
export function chooseAsk(
  scores: readonly DevScore[],
  draft: Pick<ModelFile['thresholds'], 'concern' | 'urgent' | 'immediate'>,
  read: (s: DevScore) => DevScore,
  budget: number,
): number {
  const none = scores.filter((s) => s.expected === 'none').map(read);
  const belowUrgent = (s: DevScore): boolean =>
    compareLevels(maxLevel(s.byPhrases, agreedLevel(s, draft).level), 'urgent') < 0;
  return Math.min(
    draft.urgent,
    lowestWithin(
      (t) => share(none, (s) => belowUrgent(s) && (s.phrasesAsk || s.urgent >= t || agreedLevel(s, draft).unsure)),
      budget,
    ),
  );
}

/**
 * The ask threshold chosen again once the windows' thresholds are: the reader asks when a window lifts the urgent
 * score past it (LearnedReader), which the first choice, made on whole messages, did not count.
 */
export function chooseAskWithWindows(
  scores: readonly DevScore[],
  thresholds: ModelFile['thresholds'],
  windows: WindowThresholds,
  budget: number = BUDGETS.ask,
): number {
  return chooseAsk(scores, thresholds, (s) => withWindows(s, thresholds, windows), budget);
}

/**
 * What windows (LearnedReader, s20-L) may ADD on dev beyond the whole message's reading and the phrases', as shares of
 * dev's `none` messages: raised to concern or higher, to urgent or higher. Windows read no immediate: at a 0.05 %
 * budget they read 21 dev messages below immediate immediate, and through a window the second immediate model found
 * nothing the others did not (src/risk/README.md, s20-L).
 */
export const WINDOW_BUDGETS = {
  concern: 0.004,
  urgent: 0.002,
} as const;

type WindowThresholds = WindowSettings['thresholds'];

/** A dev score as the reader reads it with windows at `w`: each head the higher of the whole and its moved window. */
function withWindows(s: DevScore, t: ModelFile['thresholds'], w: WindowThresholds): DevScore {
  const win = s.windows;
  if (!win) return s;
  // As LearnedReader.read moves a window onto the whole message's scale.
  const moved = (whole: number, window: number, shift: number): number =>
    window <= 0 ? whole : Math.max(whole, sigmoid(logit(window) + shift));
  return {
    ...s,
    concern: moved(s.concern, win.concern, windowShift(t.concern, w.concern)),
    urgent: moved(s.urgent, win.urgent, windowShift(t.urgent, w.urgent)),
  };
}

/**
 * The windows' thresholds, chosen on dev after the whole message's (`thresholds`): for each head in turn, the lowest
 * whose windows add no more than WINDOW_BUDGETS to what the phrases and the whole message already read. A head not
 * yet chosen reads no window (threshold 1).
 */
export function chooseWindowThresholds(
  scores: readonly DevScore[],
  thresholds: ModelFile['thresholds'],
): WindowThresholds {
  // Shares of all of dev's `none` messages; only the long ones have windows to add anything.
  const noneCount = scores.filter((s) => s.expected === 'none').length;
  const none = scores.filter((s) => s.windows !== undefined && s.expected === 'none');
  const levelOf = (s: DevScore): RiskLevel => maxLevel(s.byPhrases, agreedLevel(s, thresholds).level);
  const atLeast = (level: RiskLevel, floor: RiskLevel): boolean => compareLevels(level, floor) >= 0;
  // Raised to `floor` by the windows (below it without them, at it with them), as a share of dev's `none`.
  const raisedTo = (floor: RiskLevel, w: WindowThresholds): number =>
    none.filter((s) => !atLeast(levelOf(s), floor) && atLeast(levelOf(withWindows(s, thresholds, w)), floor)).length /
    Math.max(1, noneCount);
  const off = 1;
  const concern = lowestWithin(
    (t) => raisedTo('concern', { concern: t, urgent: off }),
    WINDOW_BUDGETS.concern,
    WINDOW_GRID,
  );
  const urgent = lowestWithin((t) => raisedTo('urgent', { concern, urgent: t }), WINDOW_BUDGETS.urgent, WINDOW_GRID);
  return { concern, urgent };
}

/**
 * How many of dev's urgent-or-higher messages the second urgent head may lose (s25-L): its threshold is the highest at
 * which no more than this many read below urgent that the phrases and the learned reader read urgent or higher.
 */
export const URGENT_CONFIRM_SLACK = 1;

const CONFIRM_GRID = [...GRID].reverse();

/**
 * The second urgent head's threshold (combineLearned): an urgent the learned reader reads alone needs the head at
 * least this. Chosen on dev after every other threshold: the highest that costs at most `slack` urgent-or-higher
 * messages; 0 (every urgent stands) when even the lowest would cost more, or the scores have no such head.
 */
export function chooseUrgentConfirm(
  scores: readonly DevScore[],
  thresholds: ModelFile['thresholds'],
  windows: WindowThresholds,
  slack: number = URGENT_CONFIRM_SLACK,
): number {
  const atLeastUrgent = (level: RiskLevel): boolean => compareLevels(level, 'urgent') >= 0;
  // The urgent-or-higher messages that only the learned reader reads urgent or higher: the ones the head can lose.
  const learnedOnly = scores.filter(
    (s) =>
      atLeastUrgent(s.expected) &&
      !atLeastUrgent(s.byPhrases) &&
      atLeastUrgent(agreedLevel(withWindows(s, thresholds, windows), thresholds).level),
  );
  if (scores.every((s) => s.urgentConfirm === undefined)) return 0;
  for (const t of CONFIRM_GRID) if (learnedOnly.filter((s) => (s.urgentConfirm ?? 1) < t).length <= slack) return t;
  return 0;
}
