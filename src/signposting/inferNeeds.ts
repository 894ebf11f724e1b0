/**
 * A first guess at the needs an imported service meets, from its taxonomy terms and description.
 * Only a guess: the importer reports what it inferred so a person can check it.
 */
import type { Need } from './needs';

const KEYWORDS: ReadonlyArray<readonly [Need, RegExp]> = [
  ['anxiety-low-mood', /\b(anxi|depress|low mood|worr|stress|emotional wellbeing|mental health)/i],
  ['self-harm', /\bself[- ]?harm/i],
  ['suicidal-thoughts', /\bsuicid/i],
  ['eating', /\b(eating (disorder|difficult)|anorexi|bulimi|binge)/i],
  ['attendance-ebsa', /\b(attendance|school avoid|school refus|ebsa|absence)/i],
  ['behaviour', /\bbehaviou?r/i],
  ['sleep', /\bsleep/i],
  ['bereavement', /\b(bereave|grief|griev)/i],
  ['trauma', /\b(trauma|ptsd|adverse childhood)/i],
  ['young-carer', /\byoung carer/i],
  ['neurodevelopmental', /\b(autis|adhd|neurodevelop|neurodiver|asd\b)/i],
  ['substance-use', /\b(drug|alcohol|substance)/i],
  ['relationships-bullying', /\b(bully|bullie|relationship)/i],
  ['online-harm', /\b(online safety|online harm|sextortion|nude image|cyber)/i],
  ['exploitation', /\b(exploit|county lines|grooming|trafficking)/i],
  ['family-support', /\b(parenting|family support|families|parents? and carers)/i],
];

export function inferNeeds(texts: readonly string[]): Need[] {
  const joined = texts.join('\n');
  return KEYWORDS.filter(([, pattern]) => pattern.test(joined)).map(([need]) => need);
}
