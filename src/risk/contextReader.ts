/**
 * Reads the words around a found phrase: whether it is negated, who it is about, and the contexts near it (a lesson,
 * a story, play, a sport, an accident, a time that makes it now). `assessText.ts` judges the phrase from what it says.
 *
 * The `Reader` here holds what every reading needs: the message's tokens and found contexts, negation before and
 * after a phrase, the contexts near a sentence, a telling, a contrast or a reason between two spans. Each reading is
 * a function of the reader in `context/`, one module a purpose (quotes, meanings, play, accidents, what an alarm was,
 * harmless things, lost things, time, threats, people); their word sets are in `context/words.ts` and how far each
 * looks in `context/reaches.ts`.
 */
import { type ContextName, FLAG } from './compile';
import { type Candidate, contains, type Found, type Span } from './foundPhrases';
import type { ResolvedToken } from './matcher';
import { GAP } from './tokenize';
import { STORY_WHERE } from './context/words';
import { NEGATION_LOOKBACK } from './context/reaches';

export class Reader {
  constructor(
    readonly tokens: readonly ResolvedToken[],
    readonly found: Found,
    readonly sportExplains: ReadonlySet<string> = new Set(),
    readonly contrasts: ReadonlySet<string> = new Set(),
    readonly welshPrepositionI: ReadonlySet<number> = new Set(),
    readonly exclaimed: ReadonlySet<number> = new Set(),
    readonly quoteGlossAt: (first: number, last: number) => number | undefined = () => undefined,
    readonly quotedAlone: ReadonlySet<number> = new Set(),
    /** The word at `index` opens a gloss: a dash right after a closing quote before it (quoteMarks.ts). */
    readonly glossOpensAt: (index: number) => boolean = () => false,
    /** A dash or an ellipsis stands just before the word at `index` (quoteMarks.ts `dashBefore`). */
    readonly dashAt: (index: number) => boolean = () => false,
    /** The word at `index` lies inside a quotation that opens and closes (quoteMarks.ts `quotedWords`, s28-X). */
    readonly quotedAt: (index: number) => boolean = () => false,
  ) {}

  private risksStarting: ReadonlyMap<number, readonly Candidate[]> | undefined;
  private lastRiskStarts: ReadonlyMap<number, number> | undefined;

  /** The risk phrases by the word each starts at (built once per message, when first asked). */
  risksByStart(): ReadonlyMap<number, readonly Candidate[]> {
    if (this.risksStarting) return this.risksStarting;
    const byStart = new Map<number, Candidate[]>();
    for (const risk of this.found.risks) {
      const same = byStart.get(risk.first);
      if (same) same.push(risk);
      else byStart.set(risk.first, [risk]);
    }
    this.risksStarting = byStart;
    return byStart;
  }

  /** The first word of the last risk phrase that begins in `sentence` (built once per message, when first asked). */
  lastRiskStartIn(sentence: number): number | undefined {
    if (!this.lastRiskStarts) {
      const starts = new Map<number, number>();
      for (const risk of this.found.risks) {
        const at = this.tokens[risk.first].sentence;
        starts.set(at, Math.max(starts.get(at) ?? -1, risk.first));
      }
      this.lastRiskStarts = starts;
    }
    return this.lastRiskStarts.get(sentence);
  }

  /** Whether a risk phrase begins in `sentence`. */
  namesRiskIn(sentence: number): boolean {
    return this.lastRiskStartIn(sentence) !== undefined;
  }

  /** A denial before the word at `first` in its clause; the words of `ruleParts` (its rule's parts) deny nothing. */
  negatedBefore(first: number, ruleParts: readonly Span[] = []): boolean {
    const { tokens } = this;
    const anchor = tokens[first];
    let subjectBetween = false;
    for (let j = first - 1; j >= 0 && first - 1 - j <= NEGATION_LOOKBACK; j -= 1) {
      const token = tokens[j];
      if (token.sentence !== anchor.sentence || token.clause !== anchor.clause) break;
      // "She's not moving and feels cold": the "not" of one part of a rule is that part's own word, not a denial.
      if (ruleParts.some((part) => part.first <= j && j <= part.last)) continue;
      for (const cue of this.found.negBeforeEndingAt.get(j) ?? []) {
        if (first - 1 - j <= cue.window && (cue.crossesPronoun || !subjectBetween)) return true;
      }
      // "no sign that she …", "dim arwydd ei bod hi'n …": the subject of a reported clause is still negated.
      const reported = (tokens[j - 1]?.flags ?? 0) & FLAG.complementiser;
      if (token.flags & FLAG.subject && !reported) subjectBetween = true;
    }
    return false;
  }

  /**
   * A phrase whose opening word stands in a clause before its core ("fi 'di'i gloi e, dim byd ar goll"): the core's
   * own clause may deny it, the denial lying inside the phrase's gap.
   */
  negatedInsideLastClause(match: Span): boolean {
    const { tokens } = this;
    const clause = tokens[match.last].clause;
    if (tokens[match.first].clause === clause || tokens[match.first].sentence !== tokens[match.last].sentence)
      return false;
    let start = match.last;
    while (start > match.first && tokens[start - 1].clause === clause) start -= 1;
    for (let j = start + 1; j <= match.last; j += 1) if (this.negatedBefore(j)) return true;
    return false;
  }

  negatedAfter(last: number): boolean {
    const { tokens } = this;
    const next = last + 1;
    if (next >= tokens.length) return false;
    const token = tokens[next];
    const gap = token.gapBefore;
    if (token.sentence !== tokens[last].sentence && gap !== GAP.question) return false;
    for (const cue of this.found.negAfterStartingAt.get(next) ?? []) {
      if (gap <= GAP.space) return true;
      if (cue.separator === 'punctuation' && (gap === GAP.dash || gap === GAP.colon || gap === GAP.question))
        return true;
      if (cue.separator === 'clause' && gap !== GAP.sentence) return true;
    }
    return false;
  }

  contextsNear(
    sentence: number,
    names: readonly ContextName[],
    sentences: readonly number[],
  ): Array<Span & { context: ContextName }> {
    const out: Array<Span & { context: ContextName }> = [];
    for (const offset of sentences) {
      for (const context of this.found.contexts.get(sentence + offset) ?? [])
        if (names.includes(context.context)) out.push(context);
    }
    return out;
  }

  /**
   * A word saying it is real ("still", "now") in `sentence`, outside the spans given: a cue's own words say nothing
   * real ("iawn rŵan", fine now, holds a word of now).
   */
  saysRealOutside(sentence: number, own: readonly Span[]): boolean {
    return this.contextsOutside(sentence, ['real'], own).length > 0;
  }

  /** The contexts named in `sentence` that lie wholly inside none of the spans given. */
  contextsOutside(
    sentence: number,
    names: readonly ContextName[],
    own: readonly Span[],
  ): Array<Span & { context: ContextName }> {
    return this.contextsNear(sentence, names, [0]).filter((context) => !own.some((span) => contains(span, context)));
  }

  /**
   * Whether a child's telling ("she said", "told me") stands between an explaining context and the phrase, or before
   * the phrase when the context comes after it: then the phrase is what a real child said, not the story or exercise.
   */
  toldBetween(context: Span, match: Span): boolean {
    const from = context.last < match.first ? context.last : -1;
    return this.tellingWithin(this.tokens[match.first].sentence, from, match.first);
  }

  /** A child's telling ("she said", "he says") in `sentence`, wholly after word `after` and before word `before`. */
  tellingWithin(sentence: number, after: number, before: number): boolean {
    return this.contextsNear(sentence, ['telling'], [0]).some(
      (telling) => telling.first > after && telling.last < before,
    );
  }

  /**
   * "Of Mice and Men, where Lennie is shot": a "where" between the story and the phrase puts the phrase in the story.
   * "We were reading Macbeth when a Y10 got stabbed" names a real event beside the lesson, so "when" does not.
   */
  storyWhereBetween(context: Span, match: Span): boolean {
    for (let i = context.last + 1; i < match.first; i += 1) if (STORY_WHERE.has(this.tokens[i].form)) return true;
    return false;
  }

  /**
   * A contrast ("but", "ond") between an explaining context and the phrase: what follows it is said beside the story
   * or the game, not in it ("mae hi'n hoffi actio ond mae ei llystad yn ei tharo hi").
   */
  /**
   * A contrast after a gloss or a meaning in its sentence ("means a telling off, but he had a bruise"): what follows is
   * said beside the meaning, so the sentence is not all explained.
   */
  contrastAfter(context: Span): boolean {
    const sentence = this.tokens[context.first].sentence;
    for (let i = context.last + 1; i < this.tokens.length && this.tokens[i].sentence === sentence; i += 1)
      if (this.contrasts.has(this.tokens[i].form)) return true;
    return false;
  }

  contrastBetween(context: Span, match: Span): boolean {
    const from = Math.min(context.last, match.last) + 1;
    const to = Math.max(context.first, match.first);
    for (let i = from; i < to; i += 1) if (this.contrasts.has(this.tokens[i].form)) return true;
    return false;
  }

  /** The first token of the sentence that holds `token`. */
  sentenceStart(token: number): number {
    let start = token;
    while (start > 0 && this.tokens[start - 1].sentence === this.tokens[token].sentence) start -= 1;
    return start;
  }

  /** One of `words` up to three words before `at`, in its sentence ("in the blue coat", "walking her dog"). */
  wordJustBefore(at: number, words: ReadonlySet<string>): boolean {
    const { tokens } = this;
    for (let k = at - 1; k >= 0 && at - k <= 3 && tokens[k].sentence === tokens[at].sentence; k -= 1)
      if (words.has(tokens[k].form)) return true;
    return false;
  }

  /** A reason word (`reasonFor`: "because", "achos") in `sentence` after token `from` and before token `to`. */
  reasonBetween(sentence: number, from: number, to: number): boolean {
    return this.contextsNear(sentence, ['reasonFor'], [0]).some((reason) => reason.first > from && reason.last < to);
  }
}
