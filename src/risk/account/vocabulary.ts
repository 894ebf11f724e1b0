/**
 * The shape of an account vocabulary: fact → phrases in the risk lexicon's phrase syntax
 * (src/risk/README.md), read with the same words, spellings, mutations and negation cues.
 * Keys name a fact ("needs.sleep", "involved.gp") or a cue the reader uses ("cue.opinion").
 */
export type FactKey =
  | `needs.${string}`
  | `education.${string}`
  | `home.${string}`
  | `involved.${string}`
  | `deterioration.${string}`
  | `often.${string}`
  | 'period'
  | 'period.bare'
  | 'cue.partweek'
  | 'camhs.requested'
  | 'camhs.rejected'
  | 'diagnosis'
  | 'cue.opinion'
  | 'cue.quote'
  | 'cue.hypothetical';

export interface AccountVocabulary {
  /** Word classes used as @name, added to the risk lexicon's own. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly facts: Readonly<Partial<Record<FactKey, readonly string[]>>>;
}
