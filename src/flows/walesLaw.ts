/**
 * For a child in Wales the law is the Social Services and Well-being (Wales) Act 2014, not the
 * Children Act 1989: it speaks of "care and support needs" and a "child at risk", never a "child in
 * need". The summary names levels 3 and 4 in those terms when the reporter says the child is in Wales.
 */
import type { LevelOfNeed } from '../signposting/needs';

/** Fully qualified keys (common namespace), in both languages. */
export const WALES_LEVEL_NAMES: Readonly<Partial<Record<LevelOfNeed, string>>> = {
  3: 'common:walesLaw.levels.3',
  4: 'common:walesLaw.levels.4',
};

/** The level's name under Welsh law, or the given one where Welsh law uses the same words. */
export function levelLabelKeyFor(level: LevelOfNeed, labelKey: string, wales: boolean): string {
  return wales ? (WALES_LEVEL_NAMES[level] ?? labelKey) : labelKey;
}
