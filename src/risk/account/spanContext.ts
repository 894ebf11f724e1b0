/**
 * Whether a fact span is stated: not negated ("no concerns about attendance", "CAMHS aren't
 * involved", "denies"), not hypothetical ("if she is excluded", "at risk of exclusion"), and about
 * the child rather than someone else ("her brother has ADHD"). Negation is read with the risk
 * lexicons' cues and the same rules as the risk reading: a cue before the span in its clause, not
 * past a new subject unless the cue reaches past one ("denies"), or a cue after it ("Self-harm: none").
 */
import { FLAG, type PhraseMeaning } from '../compile';
import type { PhraseMatch, ResolvedToken } from '../matcher';
import { GAP } from '../tokenize';

const LOOKBACK = 8;
const HYPOTHETICAL_WINDOW = 6;
const SUBJECT_LOOKBACK = 8;

export interface FactMatch {
  readonly fact: string;
  readonly first: number;
  readonly last: number;
  /** The phrase had a gap (~N), so a cue inside it may negate it ("CAMHS aren't involved"). */
  readonly gapped: boolean;
}

type NegBefore = Extract<PhraseMeaning, { role: 'negBefore' }>;
type NegAfter = Extract<PhraseMeaning, { role: 'negAfter' }>;

export class SpanContext {
  private readonly negBeforeEndingAt = new Map<number, NegBefore[]>();
  private readonly negAfterStartingAt = new Map<number, NegAfter[]>();
  private readonly hypotheticalEndingAt = new Set<number>();
  readonly facts: FactMatch[] = [];

  constructor(
    private readonly tokens: readonly ResolvedToken[],
    matches: readonly PhraseMatch[],
    /** A word of the risk frames' hypothetical frame ("if", "would", "pe", "petai"). */
    private readonly hypotheticalWord: (form: string) => boolean = () => false,
  ) {
    const notNegating = new Set<number>();
    for (const match of matches)
      if (match.phrase.meaning.role === 'negExcept')
        for (let i = match.first; i <= match.last; i += 1) notNegating.add(i);
    const seen = new Set<string>();
    for (const match of matches) {
      const meaning = match.phrase.meaning;
      if (meaning.role === 'negBefore' && !notNegating.has(match.first))
        push(this.negBeforeEndingAt, match.last, meaning);
      else if (meaning.role === 'negAfter' && !notNegating.has(match.first))
        push(this.negAfterStartingAt, match.first, meaning);
      else if (meaning.role === 'risk') {
        const fact = meaning.entry.id;
        if (fact === 'cue.hypothetical') this.hypotheticalEndingAt.add(match.last);
        const key = `${fact}|${match.first}|${match.last}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.facts.push({ fact, first: match.first, last: match.last, gapped: match.phrase.source.includes('~') });
      }
    }
    this.facts.sort((a, b) => a.first - b.first || b.last - a.last);
  }

  negated(match: FactMatch): boolean {
    return (
      this.negatedBefore(match.first) || this.negatedAfter(match.last) || (match.gapped && this.negatedInside(match))
    );
  }

  private negatedBefore(first: number): boolean {
    const { tokens } = this;
    const anchor = tokens[first];
    let subjectBetween = false;
    for (let j = first - 1; j >= 0 && first - 1 - j <= LOOKBACK; j -= 1) {
      const token = tokens[j];
      if (token.sentence !== anchor.sentence || token.clause !== anchor.clause) break;
      for (const cue of this.negBeforeEndingAt.get(j) ?? [])
        if (first - 1 - j <= cue.window && (cue.crossesPronoun || !subjectBetween)) return true;
      const reported = (tokens[j - 1]?.flags ?? 0) & FLAG.complementiser;
      if (token.flags & FLAG.subject && !reported) subjectBetween = true;
    }
    return false;
  }

  private negatedAfter(last: number): boolean {
    const { tokens } = this;
    const next = last + 1;
    if (next >= tokens.length) return false;
    const token = tokens[next];
    const gap = token.gapBefore;
    if (token.sentence !== tokens[last].sentence && gap !== GAP.question) return false;
    for (const cue of this.negAfterStartingAt.get(next) ?? []) {
      if (gap <= GAP.space) return true;
      if (cue.separator === 'punctuation' && (gap === GAP.dash || gap === GAP.colon || gap === GAP.question))
        return true;
      if (cue.separator === 'clause' && gap !== GAP.sentence) return true;
    }
    return false;
  }

  /** A cue in the words a gap skipped: "CAMHS are not involved", "waiting for nothing from CAMHS". */
  private negatedInside(match: FactMatch): boolean {
    for (let j = match.first + 1; j < match.last; j += 1)
      if ((this.negBeforeEndingAt.get(j) ?? []).length > 0) return true;
    return false;
  }

  /** "if", "at risk of", "os", "rhag ofn" shortly before the span in its clause. */
  hypothetical(match: FactMatch): boolean {
    const { tokens } = this;
    const anchor = tokens[match.first];
    for (let j = match.first - 1; j >= 0 && match.first - 1 - j <= HYPOTHETICAL_WINDOW; j -= 1) {
      if (tokens[j].sentence !== anchor.sentence || tokens[j].clause !== anchor.clause) break;
      if (this.hypotheticalEndingAt.has(j) || this.hypotheticalWord(tokens[j].form)) return true;
    }
    return false;
  }

  /** Someone else is the nearest person named before the span ("her brother … ADHD"). */
  aboutSomeoneElse(match: FactMatch): boolean {
    const { tokens } = this;
    // Within the clause: "cares for her mum, falls asleep in class" is about the child again.
    const clause = tokens[match.first].clause;
    for (let j = match.first - 1; j >= 0 && match.first - j <= SUBJECT_LOOKBACK; j -= 1) {
      const token = tokens[j];
      if (token.clause !== clause) break;
      if (token.flags & (FLAG.pronoun | FLAG.firstPerson | FLAG.firstPersonCy)) {
        const before = tokens[j - 1];
        return (
          (token.flags & FLAG.possessive) !== 0 &&
          before !== undefined &&
          before.clause === clause &&
          (before.flags & FLAG.relation) !== 0
        );
      }
      // "she is a young carer": the child's role, not another person.
      if (token.flags & FLAG.relation && !(token.form.startsWith('carer') && tokens[j - 1]?.form === 'young'))
        return true;
    }
    return false;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
