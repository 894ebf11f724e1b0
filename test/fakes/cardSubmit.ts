/**
 * A card press as the channel hands it over: parsed by its verb's schema, and failing loudly when it does not parse.
 */
import { parseCardSubmit, type CardSubmit, type CardVerb } from '../../src/conversation/cardSubmit';

export function submitted<V extends CardVerb>(
  verb: V,
  data: Record<string, unknown>,
): Extract<CardSubmit, { verb: V }> {
  const submit = parseCardSubmit(verb, { verb, ...data });
  if (submit.verb !== verb) throw new Error(`${verb} data did not parse`);
  return submit as Extract<CardSubmit, { verb: V }>;
}
