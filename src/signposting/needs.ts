/**
 * The emerging needs staff can report, from the early-help brief (§5). The triage offers them,
 * the service directory tags services with them, and the matcher joins the two.
 */
export const NEEDS = [
  'anxiety-low-mood',
  'self-harm',
  'suicidal-thoughts',
  'eating',
  'attendance-ebsa',
  'behaviour',
  'sleep',
  'bereavement',
  'trauma',
  'young-carer',
  'neurodevelopmental',
  'substance-use',
  'relationships-bullying',
  'online-harm',
  'exploitation',
  'family-support',
] as const;
export type Need = (typeof NEEDS)[number];

export function isNeed(value: unknown): value is Need {
  return typeof value === 'string' && (NEEDS as readonly string[]).includes(value);
}

/** The continuum of need (Working Together 2023): 1 universal, 2 early help, 3 child in need, 4 child protection. */
export const LEVELS_OF_NEED = [1, 2, 3, 4] as const;
export type LevelOfNeed = (typeof LEVELS_OF_NEED)[number];
