/**
 * Welsh mutation collisions: a mutated form of a risk word that is also an everyday Welsh word.
 * "wn" is soft-mutated "gwn" (gun) but also "(gw)n i" (I know); "nad" is nasal-mutated "dad" but
 * also "nad" (that … not). Mutation handling never generates these, so ordinary Welsh never reads
 * as risk. The radical forms themselves ("gwn") are still read. Each entry says why; the tests in
 * test/unit/risk/welshCollisions.test.ts check each everyday sentence stays `none`.
 */
export const WELSH_MUTATION_COLLISIONS: ReadonlyArray<{
  readonly form: string;
  readonly from: string;
  readonly everyday: string;
}> = [
  { form: 'wn', from: 'gwn (gun)', everyday: '"wn i ddim" — I don\'t know' },
  { form: 'nad', from: 'dad (dad)', everyday: '"nad yw" — that … is not' },
  { form: 'hyn', from: 'hŷn (older), once accents are folded', everyday: '"hyn" — this' },
];

/** Forms that mutation must never produce. */
export function mutationCollisions(): ReadonlySet<string> {
  return new Set(WELSH_MUTATION_COLLISIONS.map((entry) => entry.form));
}
