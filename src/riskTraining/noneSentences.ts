/**
 * A `none` message's sentences as training examples of their own (s19-L2, issue 22). The learned reader scores a
 * whole message, so an end-of-day handover (rotas, a trip, a photocopier, and one grave sentence) dilutes the grave
 * sentence among the ordinary ones. Taught on ordinary sentences standing alone, the level heads learn what each
 * ordinary topic weighs on its own, not only inside a message. Only `none` messages: every sentence of a `none`
 * message is `none`, but a risk message's ordinary sentences are not risk, and its risk sentence is not known.
 */
import type { TrainingExample } from './train';

/** Each sentence of every `none` example of two or more sentences, as a `none` example with no indicators. */
export function noneSentenceExamples(examples: readonly TrainingExample[]): TrainingExample[] {
  const sentences: TrainingExample[] = [];
  for (const example of examples) {
    if (example.level !== 'none') continue;
    const { tokens } = example;
    const starts: number[] = [];
    tokens.forEach((token, i) => {
      if (i === 0 || token.sentence !== tokens[i - 1].sentence) starts.push(i);
    });
    // One sentence: the message itself is already an example.
    if (starts.length < 2) continue;
    starts.push(tokens.length);
    for (let s = 0; s + 1 < starts.length; s += 1)
      sentences.push({ tokens: tokens.slice(starts[s], starts[s + 1]), level: 'none', indicators: [] });
  }
  return sentences;
}
