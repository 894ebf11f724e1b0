/**
 * Reads the words around a found phrase: whether it is negated, who it is about, and the contexts near it (a lesson,
 * a story, play, a sport, an accident, a time that makes it now). `assessText.ts` judges the phrase from what it says.
 */
import { type ContextName, FLAG } from './compile';
import { type Candidate, type Found, type Span, overlaps } from './foundPhrases';
import type { ResolvedToken } from './matcher';
import { EVERYDAY_EXPLAINS, type EverydayExplanation } from './policy';
import { compareLevels } from './levels';
import { GAP } from './tokenize';
import type { EntryTag } from './lexiconSchema';
import {
  ENGLISH_PET_BESIDE,
  GLOSS_EXPLAINS,
  GLOSS_PEERS,
  GLOSS_PERSON_FLAGS,
  PLAY_INTERRUPTED,
  REQUOTE_AFTER,
  REQUOTE_BEFORE,
  REQUOTE_NOT_WHAT,
  STORY_WHERE,
  WILL_DO,
  WRITER_DOERS,
} from './context/words';
import {
  CLAIM_REACH,
  GLOSS_PERSON_REACH,
  GLOSS_REACH,
  MEANING_REACH,
  NEGATION_LOOKBACK,
  OVERLAP_REACH,
  REQUOTE_REACH,
  REQUOTE_TAIL,
  SUBJECT_LOOKBACK,
  TRIVIAL_CAUSE_REACH,
  TRIVIAL_CAUSE_REACH_CY,
} from './context/reaches';

/** Who a phrase is about, read from the nearest person named before it. */
type Subject = 'child' | 'someone-else' | 'unknown';

/** The contexts that say, after an alarm, what it turned out to be. */
export type IdentifiedContext =
  | 'identifiedHarmless'
  | 'identifiedOwner'
  | 'identifiedMinor'
  | 'identifiedPoint'
  | 'identifiedKnown'
  | 'identifiedPlay'
  | 'identifiedMeaning';

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
  ) {}

  /**
   * The sentence where the writer quotes a word of the alarm again and says what it was (s25-C): "'I'm going to jump
   * off the roof!' - the 'roof' is the soft block tower", "the 'knife' was a playdough cutter". After the phrase, in
   * its sentence or the next, a word of the phrase alone in quotation marks, after "the", "that" or a possessive and
   * before "is", "was" or "means", not named again after it ("the 'roof' is the school roof"); no risk phrase after it
   * in its sentence, and neither sentence says it is real, in earnest or happening now. Undefined when there is none.
   */
  requotedIn(match: Candidate): number | undefined {
    // Most messages quote no word alone; the rest look only REQUOTE_REACH words on, so a long run of alarms costs no
    // more per alarm than a short one.
    if (this.quotedAlone.size === 0) return undefined;
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    const reachEnd = Math.min(tokens.length - 2, match.last + REQUOTE_REACH);
    let words: ReadonlySet<string> | undefined;
    for (let i = match.last + 1; i <= reachEnd && tokens[i].sentence <= sentence + 1; i += 1) {
      if (!this.quotedAlone.has(i)) continue;
      const word = tokens[i].form;
      words ??= this.alarmWords(match);
      if (!words.has(word)) continue;
      if (!REQUOTE_BEFORE.has(tokens[i - 1].form) || !REQUOTE_AFTER.has(tokens[i + 1].form)) continue;
      // "The 'knife' was in his bag", "the 'belt' is a real one": where it was or that it was real says no other thing.
      if (i + 2 >= tokens.length || REQUOTE_NOT_WHAT.has(tokens[i + 2].form)) continue;
      const said = tokens[i].sentence;
      const starts = this.risksByStart();
      for (let j = i + 1; j < tokens.length && j - i <= REQUOTE_REACH && tokens[j].sentence === said; j += 1)
        if (tokens[j].form === word || starts.has(j)) return undefined;
      const near = said === sentence ? [0] : [0, 1];
      if (this.contextsNear(sentence, ['real', 'earnest', 'imminent'], near).length > 0) return undefined;
      return said;
    }
    return undefined;
  }

  /**
   * The words (three letters or more) of the phrase and of any risk phrase it overlaps ("going to jump" in "… jump off
   * the roof").
   */
  private alarmWords(match: Candidate): ReadonlySet<string> {
    const { tokens } = this;
    const words = new Set<string>();
    const byStart = this.risksByStart();
    for (let start = Math.max(0, match.first - OVERLAP_REACH); start <= match.last; start += 1)
      for (const risk of byStart.get(start) ?? [])
        if (overlaps(risk, match))
          for (let i = Math.min(risk.first, match.first); i <= Math.max(risk.last, match.last); i += 1)
            if (tokens[i].form.length >= 3) words.add(tokens[i].form);
    // Where or how, told straight after it in its clause ("pushed him down the stairs … the 'stairs' is the bumpy
    // slide", s26-H): the writer may quote one of those words to say what it was.
    const { sentence, clause } = tokens[match.last];
    for (let i = match.last + 1; i < tokens.length && i - match.last <= REQUOTE_TAIL; i += 1) {
      if (tokens[i].sentence !== sentence || tokens[i].clause !== clause) break;
      if (tokens[i].form.length >= 3) words.add(tokens[i].form);
    }
    return words;
  }

  private risksStarting: ReadonlyMap<number, readonly Candidate[]> | undefined;

  /** The risk phrases by the word each starts at (built once per message, when first asked). */
  private risksByStart(): ReadonlyMap<number, readonly Candidate[]> {
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

  /**
   * The sentence `said` that names the game a child's shot or stab was (s26-H: "They're playing army and it was his
   * turn to be the one who dies") names, after the phrase, no one at home and no stranger, no contrast, nothing that
   * happened while they played ("when a man…", "then"), nothing real or in earnest, and no other urgent alarm.
   */
  playToldCleanly(match: Candidate, said: number): boolean {
    const { tokens } = this;
    for (let i = match.last + 1; i < tokens.length && tokens[i].sentence <= said; i += 1) {
      const token = tokens[i];
      if (token.sentence !== said) continue;
      if (this.contrasts.has(token.form) || PLAY_INTERRUPTED.has(token.form)) return false;
      if (token.flags & FLAG.household) return false;
    }
    if (this.otherUrgentAlarmIn(match, said, said)) return false;
    return (
      this.contextsNear(said, ['glossPerson', 'real', 'earnest', 'afterwards', 'inflicted', 'assailant'], [0])
        .length === 0
    );
  }

  /**
   * A quoted alarm glossed at once after a dash (s24-A): the gloss, to the end of its sentence (`GLOSS_REACH` words at
   * most), holds no risk phrase and no injury no game gives (`inflicted`) of its own; names in its first words
   * (`GLOSS_PERSON_REACH`) no one at home, no relation but a friend, a sibling or a pet, no stranger (`glossPerson`);
   * holds no contrast ("- but she's scared of him"), and nothing in the quote's sentence or the gloss's is said to be
   * real or in earnest. It must say what it was (`GLOSS_EXPLAINS`) before any word of what followed ("- then we…").
   */
  isQuoteGlossed(match: Candidate): boolean {
    const { tokens } = this;
    // "Llygad du gan hogyn Bl 10. … 'dad yn colli'i dymer …'. Mae o'n gofyn am aros yn y clwb gwaith cartref": a frame
    // whose parts lie in two sentences is what the writer put together (an injury seen, then the child's words); a
    // gloss after the quoted part explains the quote, never the injury told before it (s26-R).
    if (match.parts && match.parts.some((part) => tokens[part.first].sentence !== tokens[match.last].sentence))
      return false;
    const gloss = this.quoteGlossAt(match.first, match.last);
    if (gloss === undefined) return false;
    const sentence = tokens[gloss].sentence;
    let end = gloss;
    while (end + 1 < tokens.length && tokens[end + 1].sentence === sentence && end + 1 - gloss < GLOSS_REACH) end += 1;
    for (let i = gloss; i <= end; i += 1) {
      const token = tokens[i];
      if (this.contrasts.has(token.form)) return false;
      // Who did it is named first ("- it was her uncle"); someone at home later in a long gloss is company ("- to a
      // tent at the bottom of the garden with her dad").
      // A gloss in the next sentence is read for a person to its end ("'mummy hurt me'. She means … by her stepdad").
      if (i - gloss >= GLOSS_PERSON_REACH && tokens[match.last].sentence === sentence) continue;
      if (token.flags & FLAG.household) return false;
      if (token.flags & FLAG.relation && !GLOSS_PEERS.has(token.form)) return false;
    }
    if (this.found.risks.some((risk) => risk.first >= gloss && risk.first <= end)) return false;
    const near = [tokens[match.first].sentence, sentence];
    const explaining: Span[] = [];
    // "- then we had a snowball fight": what followed is no explanation of what was said.
    let followed = end + 1;
    for (const at of near)
      for (const context of this.found.contexts.get(at) ?? []) {
        if (context.context === 'real' || context.context === 'earnest') return false;
        if (context.first < gloss || context.first > end) continue;
        if (context.context === 'glossPerson' && context.first - gloss < GLOSS_PERSON_REACH) return false;
        // "- he burnt him with a lighter", "- with the belt": an injury no game gives is what happened.
        if (context.context === 'inflicted') return false;
        if (context.context === 'afterwards') followed = Math.min(followed, context.first);
        if (GLOSS_EXPLAINS.has(context.context) && !this.negatedBefore(context.first)) explaining.push(context);
      }
    return explaining.some((context) => context.first < followed);
  }

  /**
   * Whether a token is no pronoun for this phrase: in a Welsh message a lower-case "i" is the preposition "to" ("sesiwn
   * i Bl 8 ar sextortion"), never English "I", for an English phrase. Welsh phrases keep it: there "i" is also "me".
   */
  private notAPronounFor(match: Candidate, index: number): boolean {
    return match.entry.locale !== 'cy' && this.welshPrepositionI.has(index);
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
   * Whether a child's telling ("she said", "told me") stands between an explaining context and the phrase, or before
   * the phrase when the context comes after it: then the phrase is what a real child said, not the story or exercise.
   */
  toldBetween(context: Span, match: Span): boolean {
    const from = context.last < match.first ? context.last : -1;
    return this.tellingWithin(this.tokens[match.first].sentence, from, match.first);
  }

  /** A child's telling ("she said", "he says") in `sentence`, wholly after word `after` and before word `before`. */
  private tellingWithin(sentence: number, after: number, before: number): boolean {
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
  private contrastAfter(context: Span): boolean {
    const sentence = this.tokens[context.first].sentence;
    for (let i = context.last + 1; i < this.tokens.length && this.tokens[i].sentence === sentence; i += 1)
      if (this.contrasts.has(this.tokens[i].form)) return true;
    return false;
  }

  /**
   * A contrast within two words after a minor injury, with no other minor thing or recovery after it in its sentence:
   * "paper cut but it's deep and won't stop" says it is more than a paper cut (s25-C). English only: Welsh "ond" is
   * as often "but she's fine" ("gwaed am funud ond ma hi'n iawn"), and its recoveries are not all listed.
   */
  private minorContradicted(context: Span): boolean {
    const { tokens } = this;
    const sentence = tokens[context.first].sentence;
    for (let i = context.last + 1; i <= context.last + 2 && i < tokens.length; i += 1) {
      if (tokens[i].sentence !== sentence) return false;
      if (this.contrasts.has(tokens[i].form))
        return !this.contextsNear(sentence, ['identifiedMinor', 'recovered'], [0]).some((other) => other.first > i);
    }
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

  /**
   * A weapon used on someone ("pointed it at mum") in the phrase's sentence, reaching outside the phrase and not into
   * `besides`. A use that holds the phrase's own verb counts ("pulled a knife on K": the phrase is "pulled a knife"),
   * s23-F; a context inside the phrase names no one it was used on.
   */
  private usedOnSomeoneBeside(match: Span, besides: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['usedOnSomeone'], [0]).some(
      (context) => (!overlaps(context, match) || context.last > match.last) && !overlaps(context, besides),
    );
  }

  /**
   * A weapon carried (`carried`: "in his bag", "on him", "into school") from the phrase's sentence up to what is said
   * to explain it, unless an adult is named as holding it ("his dad with a gun in his hand") or it is in a child's
   * drawing ("drew a man with a gun in his hand"): whose it is then explains nothing (s23-F).
   */
  private carriedBefore(match: Candidate, explanation: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    const said = this.tokens[explanation.first].sentence;
    const offsets: number[] = [];
    for (let offset = 0; sentence + offset <= said; offset += 1) offsets.push(offset);
    const carried = this.contextsNear(sentence, ['carried'], offsets).some(
      (context) => context.first < explanation.first && !overlaps(context, explanation),
    );
    if (!carried) return false;
    if (this.subjectOf(match) === 'someone-else') return false;
    return this.contextsNear(sentence, ['depicted'], [0]).length === 0;
  }

  /**
   * An object of an innocent kind inside the phrase or one of its parts ("had a butter knife", "a BB gun"). Used on
   * someone ("pulled a butter knife on him"), only a kind that cannot hurt is still harmless ("pointed a Nerf gun at
   * him", "the temperature gun at her").
   */
  namesHarmlessObject(match: Candidate): boolean {
    const spans: readonly Span[] = match.parts ?? [match];
    const sentence = this.tokens[match.first].sentence;
    const inPhrase = (context: Span): boolean => spans.some((span) => overlaps(span, context));
    const usedOnSomeone = this.contextsNear(sentence, ['usedOnSomeone'], [0]).some(inPhrase);
    const kinds: readonly ContextName[] = usedOnSomeone ? ['harmlessWhenAimed'] : ['harmless'];
    return this.contextsNear(sentence, kinds, [0]).some(inPhrase);
  }

  /**
   * The sentence that said what it turned out to be, after the phrase in its sentence or in the next ("…has a gun. It's
   * a Nerf gun", "…blood everywhere. It was fake blood"), when the phrase's sentence does not say it is real; or
   * undefined. Only the nearest sentence: a later one may be about something else.
   */
  identifiedIn(match: Candidate, name: IdentifiedContext): number | undefined {
    const sentence = this.tokens[match.first].sentence;
    if (this.contextsNear(sentence, ['real'], [0]).length > 0) return undefined;
    // A thing may be said two sentences on when the one between names no risk of its own: "…a man with a gun. It's his
    // dad. Dad is a police firearms officer" (s23-B).
    // A thing only: what a person did between ("She went quiet. It was her uncle") is no part of who they were.
    const thing = name === 'identifiedHarmless' || name === 'identifiedOwner';
    const reach = thing && !this.namesRiskIn(sentence + 1) ? [0, 1, 2] : [0, 1];
    const identifying = this.contextsNear(sentence, [name], reach).find((context) => {
      // "Not on the contact list", "not licensed": a denial says nothing. Blood is spared ("oh wait no it's a graze").
      if (name !== 'identifiedMinor' && this.negatedBefore(context.first)) return false;
      // "He has a knife in his bag, he says it's for food tech": what the child says a weapon is for is their claim.
      if ((thing || name === 'identifiedPlay') && this.childClaims(match, context)) return false;
      // "Dad has a gun, he's a gamekeeper, and he pointed it at mum": a trade explains having it, not using it on
      // someone. Its use on someone, named in its sentence, keeps the weapon.
      if (thing && this.usedOnSomeoneBeside(match, context)) return false;
      // "J has a gun in his bag. It's his dad's, dad is a police firearms officer": whose it is explains an adult's
      // weapon at home, never one a child has with them now (s23-F).
      if (name === 'identifiedOwner' && this.carriedBefore(match, context)) return false;
      // "She means she was squeezed by her stepdad": a person named in the meaning says who did it.
      if (name === 'identifiedMeaning' && (this.meaningNamesPerson(context) || this.contrastAfter(context)))
        return false;
      // "Paper cut but it's deep and won't stop": a minor injury with a contrast at once after it is not all it was,
      // unless another minor thing or a recovery follows ("stopped quickly but she's fine") (s25-C).
      if (name === 'identifiedMinor' && match.entry.locale === 'en-GB' && this.minorContradicted(context)) return false;
      const said = this.tokens[context.first].sentence;
      // "Dad punched me because I was too loud on the Xbox": the game is the reason given for the blow, not the blow.
      if (name === 'identifiedPlay' && said === sentence && this.reasonBetween(sentence, match.last, context.first))
        return false;
      // "'Battered him' last night... at FIFA, 6-0" says what the words were; "... because he lost at FIFA 6-0", "...
      // after he lost at FIFA" in the next sentence is why he was hit (s23-I).
      if (name === 'identifiedPlay' && said > sentence && this.reasonBetween(said, -1, context.first)) return false;
      // A combination's weapon said to be harmless between its parts: "cyllell ar y stryd - cyllell fenyn o'i focs bwyd
      // oedd hi, prentis cogydd ar ei ffordd o'r coleg" (s23-B).
      if (said === sentence)
        return (
          context.first > match.last ||
          (match.parts !== undefined &&
            context.first > match.parts[0].last &&
            !match.parts.some((part) => overlaps(part, context)))
        );
      // The sentence between, two on, must not say it is real or now, or that it was used on someone, either: "…a man
      // with a gun. He pointed it at mummy last night. He is a police firearms officer" keeps the weapon.
      if (
        said === sentence + 2 &&
        this.contextsNear(sentence + 1, ['real', 'imminent', 'usedOnSomeone', 'wielded'], [0]).length > 0
      )
        return false;
      // "It's licensed and he said he'd use it tonight": a next sentence that says it is real or now explains nothing;
      // the identification's own words do not count ("mae hi'n iawn nawr": fine now).
      // "Stopio o fewn munud" (stopped within a minute) holds "mewn munud" (in a minute) once mutation is undone: a
      // time inside a resolution is over, not now.
      const resolved = this.contextsNear(said, ['resolution'], [0]);
      return !this.contextsNear(said, ['real', 'imminent'], [0]).some(
        (other) => !overlaps(other, context) && !resolved.some((done) => overlaps(done, other)),
      );
    });
    return identifying === undefined ? undefined : this.tokens[identifying.first].sentence;
  }

  /** A reason word (`reasonFor`: "because", "achos") in `sentence` after token `from` and before token `to`. */
  reasonBetween(sentence: number, from: number, to: number): boolean {
    return this.contextsNear(sentence, ['reasonFor'], [0]).some((reason) => reason.first > from && reason.last < to);
  }

  /**
   * Said in earnest, in the phrase's sentence or the next ("if you tell", "he meant it", "not joking"): a threat to
   * keep a secret is no game, whatever game is named ("he'll hurt me if I tell, it's our game").
   */
  saysEarnest(match: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['earnest'], [0, 1]).length > 0;
  }

  /** A child's telling ("he says", "she claims") stands between a phrase and what is said to identify it. */
  private childClaims(match: Span, context: Span): boolean {
    const sentence = this.tokens[context.first].sentence;
    return this.tellingWithin(
      sentence,
      sentence === this.tokens[match.first].sentence ? match.last : -1,
      context.first,
    );
  }

  /**
   * A knife in a cooking lesson or kitchen task ("28 knives out, 28 knives back" in knife skills, "bring a sharp
   * knife" in a food tech letter): the sentence or the one before names cooking, the phrase's weapon word is a kitchen
   * tool, and nothing in its sentence wields it ("in food tech he pulled a knife on K" is still a weapon).
   */
  isKitchenKnife(match: Candidate): boolean {
    const sentence = this.tokens[match.first].sentence;
    // The lesson may head the sentence before ("Y8 knife skills tomorrow. 28 knives out, 28 knives back").
    if (this.contextsNear(sentence, ['cooking'], [-1, 0]).length === 0) return false;
    if (this.contextsNear(sentence, ['wielded', 'inflicted'], [0]).length > 0) return false;
    return this.contextsNear(sentence, ['kitchenTool'], [0]).some((tool) => overlaps(tool, match));
  }

  /**
   * Blood that is an animal's: lambing, a fox shot, a pig's heart, named in the phrase's sentence or the two before,
   * and no injury named in the phrase's sentence and no child named as bleeding before, in or just after the phrase
   * ("gwaed ym mhobman ar ei dillad" and "mae e'n gwaedu heb stopio" are about the child, "torrodd ei llaw ar y
   * weiren" is an injury; "a ewe gave birth … Lots of blood" is the ewe's).
   */
  isAnimalBlood(match: Candidate): boolean {
    return this.isBloodOf(match, 'animalBlood');
  }

  /**
   * Blood in a story: Macbeth, a gothic story, the story a child wrote, named in the phrase's sentence or the two
   * before, with no child telling it there ("she told me the story of last night") and, like an animal's blood, no
   * injury named and no child named as bleeding ("reading Macbeth when J cut his hand, blood everywhere" is real).
   */
  isStoryBlood(match: Candidate): boolean {
    const sentence = this.tokens[match.first].sentence;
    if (this.contextsNear(sentence, ['telling'], [-2, -1, 0]).length > 0) return false;
    return this.isBloodOf(match, 'storyBlood');
  }

  /** Blood named with `source` in its sentence or the two before, and neither an injury nor the child bleeding. */
  private isBloodOf(match: Candidate, source: 'animalBlood' | 'storyBlood'): boolean {
    const sentence = this.tokens[match.first].sentence;
    const sources = this.contextsNear(sentence, [source], [-2, -1, 0]);
    if (sources.length === 0) return false;
    // A cut made in the animal is no injury: "yn torri oen" (cutting up a lamb) is the source itself.
    // A wound told inside a story named before it with a "where" is the story's ("wrote a story where the dragon
    // 'stabbed the knight and blood went everywhere'", s23-B).
    const inSource = (context: Span): boolean =>
      sources.some(
        (named) =>
          (named.first <= context.first && context.last <= named.last) ||
          (source === 'storyBlood' && named.last < context.first && this.storyWhereBetween(named, context)),
      );
    if (this.contextsNear(sentence, ['injury', 'real'], [0]).some((context) => !inSource(context))) return false;
    for (let i = match.first; i <= match.last; i += 1) if (this.tokens[i].flags & FLAG.pronoun) return false;
    return !this.childBleeds(match) && !this.pronounJustAfter(match);
  }

  /**
   * A child named as the one bleeding: a subject pronoun before the phrase in its clause ("mae e'n gwaedu heb
   * stopio"), or any pronoun just before it ("mae ei law yn gwaedu lot"). A possessive further back is someone's arm
   * in a ewe, not the bleeding ("efo'i fraich i mewn at y penelin ac oedd 'na waed ym mhobman").
   */
  private childBleeds(match: Span): boolean {
    const { tokens } = this;
    const clause = tokens[match.first].clause;
    const sentence = tokens[match.first].sentence;
    for (let j = match.first - 1; j >= 0 && match.first - j <= SUBJECT_LOOKBACK; j -= 1) {
      const token = tokens[j];
      if (token.sentence !== sentence || token.clause !== clause) break;
      // A Welsh lower-case "i" here is the preposition ("i mewn at y penelin"); "dw i" is read by its "dw".
      if (this.welshPrepositionI.has(j)) continue;
      if (token.flags & (FLAG.subject | FLAG.firstPerson | FLAG.firstPersonCy)) return true;
      if (token.flags & FLAG.pronoun && match.first - j <= 3) return true;
    }
    return false;
  }

  /**
   * The sentence of an everyday explanation of a child's alarming words (s24-G): "photo day … 'somebody took my
   * picture'", "'mummy's friend gives me tablets' … mum confirmed she buys them", "'I'm not allowed to tell you'. it's
   * my christmas present", "mum screaming upstairs - at the dog"; every one in reach (photo day before, "say
   * cheese" after), or none. Never one denied, one said after a
   * claim word ("he says they're vitamins": what the adult says is the adult's excuse), words said in earnest ("if you
   * tell"), nor, where `keptByUnrelatedAdult`, a secret an adult who is not a parent is named with ("mummy's friend
   * said it's our secret, a present for mum").
   */
  everydayExplains(match: Span & { readonly parts?: readonly Span[] }, how: EverydayExplanation): number[] {
    const sentence = this.tokens[match.first].sentence;
    if (this.saysEarnest(match)) return [];
    const claims = this.contextsNear(sentence, ['claimedBy'], how.sentences);
    const said = new Set<number>();
    // A combination's own words are its parts: what stands between them may explain it ("I won't be here next week,
    // we're on holiday, sorry everyone", s25-F).
    const own = match.parts ?? [match];
    for (const context of this.contextsNear(sentence, [how.context], how.sentences)) {
      if (own.some((part) => overlaps(context, part)) || this.negatedBefore(context.first)) continue;
      if (claims.some((claim) => claim.last < context.first && context.first - claim.last <= CLAIM_REACH)) continue;
      const at = this.tokens[context.first].sentence;
      if (how.keptByUnrelatedAdult) {
        const offsets: number[] = [];
        for (let k = Math.min(sentence, at); k <= Math.max(sentence, at); k += 1) offsets.push(k - sentence);
        if (this.contextsNear(sentence, ['unrelatedAdult'], offsets).length > 0) continue;
      }
      said.add(at);
    }
    return [...said];
  }

  /** An everyday cause of a body sign in its sentence, the one before or the one after ("HPV jabs. Two fainted"). */
  namesOrdinaryCause(match: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['ordinaryCause'], [-1, 0, 1]).length > 0;
  }

  /**
   * The casualty said in the phrase's own sentence to be an adult or no child (s22-F): "the ambulance on site is for a
   * grandparent who fainted", "no children involved".
   */
  namesAdultCasualty(match: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['adultCasualty'], [0]).length > 0;
  }

  /** The sentences that say the casualty is an adult or no child: what they tell is no child's emergency. */
  /**
   * A meaning told as a clause of its own ("she means she was…", "meaning he's…"), not a place or an activity ("he
   * means in the pool"): only such a clause can go on to say who did something.
   */
  private meaningIsClause(context: Span): boolean {
    for (let i = context.first + 1; i <= context.last; i += 1) if (this.tokens[i].flags & FLAG.subject) return true;
    return false;
  }

  /** A meaning told as a clause that names a person in its next words (`MEANING_REACH`): who did it. */
  private meaningNamesPerson(context: Span): boolean {
    if (this.meaningIsClause(context)) return this.namesPersonAfter(context, MEANING_REACH, false);
    // A place or an activity never says who a man or a stranger named in the words or the meaning was: "'the man took
    // my clothes off'. He means at the swimming baths".
    const sentence = this.tokens[context.first].sentence;
    return this.contextsNear(sentence, ['glossPerson'], [0, -1]).some(
      (person) => person.last < context.first || person.first <= context.last + MEANING_REACH,
    );
  }

  /**
   * A person named in the `reach` words after a gloss or a meaning, in its sentence: a relation, someone at home,
   * `glossPerson` ("man", "lodger"), and with `subjects` "he" or "she" too. "It's his uncle", "she means she was
   * squeezed by her stepdad": who did it, not a harmless meaning.
   */
  private namesPersonAfter(context: Span, reach: number, subjects: boolean): boolean {
    const sentence = this.tokens[context.first].sentence;
    const flags = subjects ? GLOSS_PERSON_FLAGS : GLOSS_PERSON_FLAGS & ~FLAG.subject;
    const last = context.last + reach;
    for (let i = context.last + 1; i <= last && i < this.tokens.length; i += 1) {
      if (this.tokens[i].sentence !== sentence) break;
      // "Step" is someone at home only as "step dad": "time out on the step" names no one.
      const partOnly = this.tokens[i].form === 'step' && !((this.tokens[i + 1]?.flags ?? 0) & FLAG.household);
      if (this.tokens[i].flags & flags && !partOnly) return true;
    }
    return (this.found.contexts.get(sentence) ?? []).some(
      (person) => person.context === 'glossPerson' && person.first > context.last && person.first <= last,
    );
  }

  /**
   * The sentences that say what a child's words meant (`identifiedMeaning`, not negated), each with the sentence before
   * when the meaning opens its sentence (within its first four words): the words it explains were said there.
   */
  meaningSentences(): number[] {
    const out: number[] = [];
    for (const [sentence, contexts] of this.found.contexts) {
      const meaning = contexts.find(
        (context) =>
          context.context === 'identifiedMeaning' &&
          !this.negatedBefore(context.first) &&
          !this.meaningNamesPerson(context) &&
          !this.contrastAfter(context) &&
          this.contextsNear(sentence, ['real', 'earnest'], [0]).length === 0,
      );
      if (!meaning) continue;
      out.push(sentence);
      const opening = meaning.first - this.sentenceStart(meaning.first) < 4;
      if (opening && sentence > 0) out.push(sentence - 1);
    }
    return out;
  }

  /**
   * The sentences where a quoted alarm is glossed at once (`quoteGloss`: "'daddy locks me in the car' - it's the child
   * locks"): the gloss opens right after the closing quote and a dash (`opensAfterQuote`, asked of the gloss's first
   * token), and names no person in its next two words (a relation, someone at home, "he", or `glossPerson`: "man",
   * "lodger").
   */
  glossSentences(opensAfterQuote: (token: number) => boolean): number[] {
    const out: number[] = [];
    for (const [sentence, contexts] of this.found.contexts)
      if (
        contexts.some(
          (context) =>
            context.context === 'quoteGloss' &&
            opensAfterQuote(context.first) &&
            !this.contrastAfter(context) &&
            // "- it's his grandad", "- it's the lodger, he comes in at night": a person is who, not what it was.
            !this.namesPersonAfter(context, 2, true),
        )
      )
        out.push(sentence);
    return out;
  }

  adultCasualtySentences(): number[] {
    return this.sentencesNaming('adultCasualty');
  }

  /**
   * The sentences that name an emergency vehicle going past (s24-C): a sight, not an emergency of the child's. One that
   * opens its sentence says what the sentence before was about too ("… pulling me to the fire door. Fire engine going
   * past outside, she loves them").
   */
  passingVehicleSentences(): number[] {
    const out: number[] = [];
    for (const [sentence, contexts] of this.found.contexts) {
      const passing = contexts.find((context) => context.context === 'passingVehicle');
      if (!passing) continue;
      out.push(sentence);
      if (sentence > 0 && passing.first - this.sentenceStart(passing.first) < 4) out.push(sentence - 1);
    }
    return out;
  }

  private sentencesNaming(name: ContextName): number[] {
    const out: number[] = [];
    for (const [sentence, contexts] of this.found.contexts)
      if (contexts.some((context) => context.context === name)) out.push(sentence);
    return out;
  }

  /** Whether a risk phrase begins in `sentence`. */
  namesRiskIn(sentence: number): boolean {
    return this.found.risks.some((risk) => this.tokens[risk.first].sentence === sentence);
  }

  /**
   * A pronoun for the child inside the phrase (not its last word) or within three words after it, in its clause ("… on
   * her arms"); or a combination across clauses whose last clause opens with a subject pronoun ("L (8) dropped off at
   * 7.45 for training, he walks home alone 2 miles").
   */
  pronounJustAfter(match: Candidate): boolean {
    const { tokens } = this;
    const clause = tokens[match.last].clause;
    if (match.parts && tokens[match.first].clause !== clause && this.opensWithSubject(match, clause)) return true;
    for (let j = match.first + 1; j < tokens.length && j <= match.last + 3 && tokens[j].clause === clause; j += 1) {
      // The phrase's own last word is its object ("kill themselves"), not who it is about.
      if (j === match.last || !(tokens[j].flags & FLAG.pronoun) || this.notAPronounFor(match, j)) continue;
      // "Gwaed ym mhobman medde hi": the pronoun after a reporting verb is the teller.
      if (tokens[j - 1].flags & FLAG.reporting) continue;
      return true;
    }
    return false;
  }

  /** The first word of `clause` inside the match is a subject pronoun ("he", "she"), not the match's last word. */
  private opensWithSubject(match: Candidate, clause: number): boolean {
    const { tokens } = this;
    for (let j = match.first + 1; j < match.last; j += 1) {
      if (tokens[j].clause !== clause) continue;
      return (tokens[j].flags & FLAG.subject) !== 0 && (tokens[j].flags & FLAG.pronoun) !== 0;
    }
    return false;
  }

  /** Explained away after the phrase: later in its sentence, or in the two sentences after. */
  isDismissed(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    // "Mae dad yn fy mwrw i … pan dwi'n colli ar y gwyddbwyll": a game after a reason word is the blow's occasion, not
    // the writer's explanation (s23-H).
    if (
      this.contextsNear(sentence, ['dismissal'], [0]).some(
        (context) => context.first > match.last && !this.reasonBetween(sentence, match.last, context.first),
      )
    )
      return true;
    return this.contextsNear(sentence, ['dismissal'], [1, 2]).length > 0;
  }

  /**
   * Said as a joke: a joking cue in its sentence, or in the next when its sentence ends in "!" ("'dwi isho MARW!!!'
   * wedyn chwerthin"); or a laugh shared by a crowd or the writer in its sentence or the next (the one after when its
   * sentence ends in "!"), which answers any remark
   * ("'dwi isho marw' yn ddramatig … Chwerthin mawr", "'wanted to die' … tbf so did the whole staffroom"). A lone
   * laugh after a plain full stop may be a child masking ("eisiau marw. Chwerthin wedyn."): no joke; a laugh about
   * it later on is the remark's result ("laughing about it by lunch", `laughedAfter`). Said in earnest
   * or laughed at ("dim jôc", "not joking", "chwerthin ar ei phen", "laughed it off") in the phrase's sentence or the
   * laugh's is no joke, unless that cue lies inside a joking one ("ddim o ddifri").
   */
  isJoking(match: Candidate): boolean {
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    const causeReach = match.entry.locale === 'cy' ? TRIVIAL_CAUSE_REACH_CY : TRIVIAL_CAUSE_REACH;
    const jokes = [
      ...this.contextsNear(sentence, ['joking'], this.exclaimed.has(sentence) ? [0, 1] : [0]),
      ...this.contextsNear(sentence, ['sharedLaugh'], this.exclaimed.has(sentence) ? [0, 1, 2] : [0, 1]),
      // "She 'wants to die' after the egg and spoon", "'so done with everything' - her shift got moved": a trivial
      // cause stated just after it in its sentence makes the wish or the threat hyperbole.
      ...this.contextsNear(sentence, ['trivialCause'], [0]).filter(
        (context) => context.first > match.last && context.first - match.last <= causeReach,
      ),
      // "'I literally want to die' - her trousers split in PE. Laughing about it with her mates by lunch.": a laugh
      // about the remark, told after it, is the result that followed. Up to two sentences on: a quoted remark ending
      // in "!" is a sentence of its own ("'I'm going to KILL you!' – Y1 lad… Both laughing about it after.").
      ...this.contextsNear(sentence, ['laughedAfter'], [0, 1, 2]).filter(
        (context) => tokens[context.first].sentence > sentence || context.first > match.last,
      ),
    ];
    const earnest = this.contextsNear(sentence, ['earnest'], [0, 1]).filter(
      (context) => !jokes.some((joke) => joke.first <= context.first && context.last <= joke.last),
    );
    // "'lol I'm gonna unalive myself'. Laughs it off…": the earnest cue of the next sentence answers only its own.
    const answered = (joke: Span): boolean =>
      earnest.some((cue) => {
        const said = tokens[cue.first].sentence;
        return said === sentence || said === tokens[joke.first].sentence;
      });
    return jokes.some((joke) => !answered(joke));
  }

  /**
   * A child's fear of going home said to be of a ghost, a monster, a film or the dark (s24-F): "scared to go home
   * because her cousin said there's a ghost in the attic", "'ma gin i ofn mynd adra' … ysbryd yn yr atig". The fear
   * word lies in the phrase (`homeFear`), the everyday fear (`harmlessFear`, not denied) follows it in its sentence or
   * the next, and no other urgent alarm is read from the phrase's sentence to the fear's ("scared to go home because of
   * the monster - dad hits her when he's drunk" keeps the blow, and the fear beside it).
   */
  isFearExplained(match: Candidate): boolean {
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    const fearful = this.contextsNear(sentence, ['homeFear'], [0]).some(
      (fear) => fear.first >= match.first && fear.first <= match.last,
    );
    if (!fearful) return false;
    const cause = this.contextsNear(sentence, ['harmlessFear'], [0, 1]).find(
      (context) =>
        (tokens[context.first].sentence > sentence || context.first > match.last) && !this.negatedBefore(context.first),
    );
    if (cause === undefined) return false;
    // "Scared to go home cos he broke the window with the ball, dad will go mad", "… bydd dad yn ei ladd o": someone at
    // home named after the cause with what they will do is what the child fears, whatever words say it (s26-H). "Her
    // dad refuses to catch it" (the spider) says nothing they will do.
    const causeSentence = tokens[cause.first].sentence;
    for (let i = cause.last + 1; i < tokens.length && tokens[i].sentence === causeSentence; i += 1) {
      if (!(tokens[i].flags & FLAG.household)) continue;
      for (let j = Math.max(cause.last + 1, i - 2); j <= i + 2 && j < tokens.length; j += 1)
        if (tokens[j].sentence === causeSentence && WILL_DO.has(tokens[j].form)) return false;
    }
    return !this.otherUrgentAlarmIn(match, sentence, causeSentence);
  }

  /**
   * An urgent alarm of another entry read in the phrase's sentence or the one either side: "red marks round his neck
   * from his lanyard. Says his stepdad grabbed him by the throat" is no lanyard's mark (s24-F).
   */
  namesOtherAlarmNear(match: Candidate): boolean {
    const sentence = this.tokens[match.first].sentence;
    return this.otherUrgentAlarmIn(match, sentence - 1, sentence + 1);
  }

  /**
   * An urgent or higher alarm of an entry other than `match`'s read in sentences `from` to `to`, both included. An
   * alarm the same everyday reason explains (an entry sharing an `EVERYDAY_EXPLAINS` tag with `match`: "I won't be here
   * next year" beside "I won't be here, thanks for everything") is the same absence said twice, not another (s26-R).
   */
  private otherUrgentAlarmIn(match: Candidate, from: number, to: number): boolean {
    const explainedAlike = (tags: ReadonlySet<EntryTag>): boolean =>
      [...tags].some((tag) => EVERYDAY_EXPLAINS.has(tag) && match.entry.tags.has(tag));
    return this.found.risks.some((risk) => {
      const at = this.tokens[risk.first].sentence;
      return (
        at >= from &&
        at <= to &&
        risk.entry !== match.entry &&
        compareLevels(risk.entry.level, 'urgent') >= 0 &&
        !explainedAlike(risk.entry.tags)
      );
    });
  }

  /**
   * An English relation right before a thing someone took ("took her mum's money and went missing", "his dad's car
   * keys") owns the thing; it is not who went missing, so the walk back for a missing phrase's subject passes it.
   */
  private ownsLostThing(match: Candidate, at: number): boolean {
    if (match.entry.locale !== 'en-GB' || !match.entry.indicators.includes('missing')) return false;
    return this.contextsNear(this.tokens[at].sentence, ['lostThing'], [0]).some(
      (thing) => thing.first > at && thing.first - at <= 2 && thing.last < match.first,
    );
  }

  /**
   * An English pet that is also a thing one may lose ("dog", "cat": `lostThing`), named as what someone has with them
   * ("the lad with the dog has gone missing", "a girl walking her dog"): a description of the one it is about, not a
   * third party, so the walk back for the phrase's subject passes it.
   */
  private isPetBeside(match: Candidate, at: number): boolean {
    if (match.entry.locale !== 'en-GB') return false;
    const { tokens } = this;
    const pet = this.contextsNear(tokens[at].sentence, ['lostThing'], [0]).some(
      (thing) => thing.first <= at && at <= thing.last,
    );
    return pet && this.wordJustBefore(at, ENGLISH_PET_BESIDE);
  }

  /**
   * Two people named as the doers of a `one-doer` combination's first two parts (s24-E): the nearest person named
   * before each part in its clause (a relation, an adult at home, or the writer: "I", "we"), two different words, the
   * later one after the earlier part: "Mum was drunk so nan drove the kids home", "Dad had been drinking so I drove
   * them". A pronoun before a part points back ("dad's drunk and he's driving them"): no second doer.
   */
  namesTwoDoers(match: Candidate): boolean {
    if (!match.entry.tags.has('one-doer') || match.parts === undefined || match.parts.length < 2) return false;
    const [a, b] = match.parts[0].first <= match.parts[1].first ? match.parts : [match.parts[1], match.parts[0]];
    const writer = WRITER_DOERS[match.entry.locale];
    // A rule whose first part is itself the person ("the TA", `person-first`) names its doer there: "cuddle with the TA
    // … mum messaged to say…" is mum's message, not the TA's (s26-H).
    // Only someone named in another clause: "a volunteer coach has been messaging her" is the coach's own message.
    const personFirst = match.entry.tags.has('person-first');
    const first = personFirst ? a.last : this.doerBefore(a.first, writer);
    const second = this.doerBefore(b.first, writer);
    if (first === undefined || second === undefined || second <= a.last) return false;
    if (personFirst && this.tokens[second].clause === this.tokens[a.last].clause) return false;
    return this.tokens[first].form !== this.tokens[second].form;
  }

  /** The person named just before `at` in its clause (up to four words back), or undefined at a pronoun or none. */
  private doerBefore(at: number, writer: ReadonlySet<string>): number | undefined {
    const { tokens } = this;
    for (let k = at - 1; k >= 0 && at - k <= 4 && tokens[k].clause === tokens[at].clause; k -= 1) {
      if (tokens[k].flags & (FLAG.relation | FLAG.household) || writer.has(tokens[k].form)) return k;
      if (tokens[k].flags & (FLAG.pronoun | FLAG.subject)) return undefined;
    }
    return undefined;
  }

  /** The child (a pronoun, or "me" in the phrase), someone else (a relation), or no one named. */
  subjectOf(match: Candidate): Subject {
    const { tokens } = this;
    const ownFirstPerson = match.entry.locale === 'cy' ? FLAG.firstPersonCy : FLAG.firstPerson;
    for (let i = match.first; i <= match.last; i += 1) if (tokens[i].flags & ownFirstPerson) return 'child';
    // "she's on the bridge": the phrase opens with its own subject.
    if (tokens[match.first].flags & FLAG.subject) return 'child';
    const sentence = tokens[match.first].sentence;
    for (let j = match.first - 1; j >= 0 && match.first - j <= SUBJECT_LOOKBACK; j -= 1) {
      const token = tokens[j];
      if (token.sentence !== sentence) break;
      if (token.flags & (FLAG.pronoun | FLAG.firstPerson | FLAG.firstPersonCy) && !this.notAPronounFor(match, j)) {
        // Welsh puts a possessive pronoun after its noun: "ffrind hi" is "her friend".
        const before = tokens[j - 1];
        const possessive =
          (token.flags & FLAG.possessive) !== 0 &&
          before !== undefined &&
          before.sentence === sentence &&
          (before.flags & FLAG.relation) !== 0;
        return possessive ? 'someone-else' : 'child';
      }
      if (token.flags & FLAG.relation && !this.ownsLostThing(match, j) && !this.isPetBeside(match, j))
        return 'someone-else';
    }
    return 'unknown';
  }
}
