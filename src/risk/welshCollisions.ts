/**
 * Welsh mutation collisions: a mutated form of a risk word that is also an everyday Welsh word.
 * "wn" is soft-mutated "gwn" (gun) but also "(gw)n i" (I know); "nad" is nasal-mutated "dad" but
 * also "nad" (that … not). Mutation handling never generates these, so ordinary Welsh never reads
 * as risk. The radical forms themselves ("gwn") are still read, except a radical that folds into an
 * everyday word once accents go ("môr" → "mor"): only its phrases are read ("y môr"). Each entry says
 * why; test/unit/risk/welshReading.test.ts checks the lexicons and the frames never read these forms.
 */
export const WELSH_MUTATION_COLLISIONS: ReadonlyArray<{
  readonly form: string;
  readonly from: string;
  readonly everyday: string;
}> = [
  { form: 'wn', from: 'gwn (gun)', everyday: '"wn i ddim" — I don\'t know' },
  { form: 'nad', from: 'dad (dad)', everyday: '"nad yw" — that … is not' },
  { form: 'hyn', from: 'hŷn (older), once accents are folded', everyday: '"hyn" — this' },
  { form: 'mor', from: 'môr (sea), once accents are folded', everyday: '"mor" — so, as ("mor flinedig")' },
  { form: 'math', from: 'bath (bath), nasal mutation', everyday: '"math" — kind, sort; English "math"' },
  { form: 'fath', from: 'bath (bath), soft mutation', everyday: '"dim byd o\'r fath" — nothing of the kind' },
  { form: 'gweir', from: 'cweir (a beating), soft mutation', everyday: '"gweir" — hay, grass' },
  { form: 'ger', from: 'cer (go!), soft mutation', everyday: '"ger y drws" — near the door' },
  {
    form: 'ryw',
    from: 'rhyw (sex), soft mutation',
    everyday: '"am ryw reswm" — for some reason; "ryw ddau" — some two',
  },
  { form: 'gwbl', from: 'cwbl (all of it), soft mutation', everyday: '"dim o gwbl" — not at all' },
];

/** Forms that mutation must never produce. */
export function mutationCollisions(): ReadonlySet<string> {
  return new Set(WELSH_MUTATION_COLLISIONS.map((entry) => entry.form));
}
