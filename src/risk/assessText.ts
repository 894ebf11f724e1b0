/**
 * Reads one message the way a careful DSL would: finds the risk phrases, then asks of each whether
 * it is negated, an idiom, a lesson topic, in the past, about someone else, an accident, or about to
 * happen — and only then gives it a level. When in doubt the higher level stands.
 */
import type { SupportedLocale } from '../i18n/locale';
import {
  type CompiledCombination,
  type CompiledEntry,
  type CompiledLexicons,
  type ContextName,
  FLAG,
  type PhraseMeaning,
} from './compile';
import { compareLevels, minLevel, NO_RISK, sortIndicators } from './levels';
import { findPhrases, type PhraseMatch, type ResolvedToken, tokensFor } from './matcher';
import {
  ACCIDENT_AFTER_CLEARS,
  ACCIDENT_CLEARS,
  CURRICULUM_CLEARS,
  HISTORY_LOWERS,
  GOING_HOME_RAISES,
  IMMINENT_RAISES,
  isBleeding,
  isSceneDanger,
  JOKING_LOWERS,
  jokingLowersThreat,
  SOON_RAISES,
  SPORT_EXPLAINS,
  THIRD_PARTY_LOWERS,
} from './policy';
import { readingsOf } from './confusables';
import { raiseWithLearnedReader } from './combineLearned';
import type { LearnedReader } from './learnedReader';
import { GAP } from './tokenize';
import type { RiskAssessment, RiskIndicator, RiskLevel, RiskMatch } from './types';

/** Enough for a duty worker to read; the level is computed from every match, not only these. */
const MAX_MATCHES = 100;
const MAX_REASONS = 12;
const MAX_QUOTE = 100;
/** Words that name a hurt as done to oneself, which an accident told before it does not explain. */
const REFLEXIVE_WORDS: ReadonlySet<string> = new Set([
  'hun',
  'hunan',
  'hunain',
  'self',
  'myself',
  'himself',
  'herself',
  'themselves',
  'themself',
  'yourself',
]);
/** How far back a phrase looks for who it is about ("her grandad … died by suicide"). */
const SUBJECT_LOOKBACK = 8;
const NEGATION_LOOKBACK = 8;
/** Sentences either side of a risk phrase where an emergency call made for it is read (s21-I). */
const EMERGENCY_SENTENCES: readonly number[] = [-2, -1, 0, 1, 2];
/** How near a pretend, sport or what-if context must be to the phrase it explains ("role play of a pupil …"). */
const EXPLAINING_WINDOW = 12;

/** How far after "on"/"about" a lesson's topic may begin and still be that topic ("an EPQ on child criminal …"). */
const TOPIC_REACH = 5;
/** A heading opens its sentence: at most this many words before it ("Bl 6 yn neud cymorth cyntaf – …"). */
const HEADING_LEAD = 3;
/** How near before a violent phrase its doer must be named to be the one who did it ("a lad from Y11 kicked him"). */
const ASSAILANT_REACH = 4;
/**
 * How far after a wish to die or a threat its trivial cause may begin: "'wants to die' over maths", "'so done with
 * everything' - her coffee shop shift got moved". Further on, it is the cause of something else ("wants to die, she has
 * been crying every day about her mocks").
 */
const TRIVIAL_CAUSE_REACH = 4;
/** Welsh says the same cause in more words: "'moyn marw' pan welodd hi'r gwaith cartref". */
const TRIVIAL_CAUSE_REACH_CY = 6;

type Modifier = 'history' | 'thirdParty' | 'imminent' | 'joking' | 'dismissed' | 'assault' | 'returned' | 'emergency';

/** Who a phrase is about, read from the nearest person named before it. */
type Subject = 'child' | 'someone-else' | 'unknown';

/** The contexts that say, after an alarm, what it turned out to be. */
type IdentifiedContext = 'identifiedHarmless' | 'identifiedMinor' | 'identifiedKnown' | 'identifiedPlay';

interface Span {
  readonly first: number;
  readonly last: number;
}

/** A risk phrase, or a combination whose parts were all found together. */
interface Candidate extends Span {
  readonly entry: CompiledEntry;
  /** For a combination: where each part was found (negation is read before each). */
  readonly parts?: readonly Span[];
}

interface Found {
  readonly risks: Array<PhraseMatch & { entry: CompiledEntry }>;
  readonly comboParts: Array<Span & { combination: CompiledCombination; part: number }>;
  readonly idiomsAt: ReadonlyMap<number, Span[]>;
  readonly negBeforeEndingAt: ReadonlyMap<number, Array<Extract<PhraseMeaning, { role: 'negBefore' }>>>;
  readonly negAfterStartingAt: ReadonlyMap<number, Array<Extract<PhraseMeaning, { role: 'negAfter' }>>>;
  /** sentence → the contexts found in it. */
  readonly contexts: ReadonlyMap<number, Array<Span & { context: ContextName }>>;
}

/** The map of a kind of phrase a message holds none of (shared, never written to). */
const NONE_FOUND: ReadonlyMap<number, never> = new Map<number, never>();

/**
 * Adds `value` to `key`'s list, making the map on its first entry: most messages hold no idiom, negation cue or
 * context, and four maps made for every message were about a quarter of the bytes of maps and sets a reading made.
 */
function pushTo<K, V>(map: Map<K, V[]> | undefined, key: K, value: V): Map<K, V[]> {
  const target = map ?? new Map<K, V[]>();
  const list = target.get(key);
  if (list) list.push(value);
  else target.set(key, [value]);
  return target;
}

/** The tokens inside "no longer", "no one"…: a negation cue there negates nothing. Undefined when there are none. */
function notNegatingTokens(matches: readonly PhraseMatch[]): Set<number> | undefined {
  let notNegating: Set<number> | undefined;
  for (const match of matches) {
    if (match.phrase.role !== 'negExcept') continue;
    notNegating ??= new Set<number>();
    for (let i = match.first; i <= match.last; i += 1) notNegating.add(i);
  }
  return notNegating;
}

function sortFound(tokens: readonly ResolvedToken[], matches: readonly PhraseMatch[]): Found {
  const risks: Found['risks'] = [];
  const comboParts: Found['comboParts'] = [];
  let idiomsAt: Map<number, Span[]> | undefined;
  let negBeforeEndingAt: Map<number, Array<Extract<PhraseMeaning, { role: 'negBefore' }>>> | undefined;
  let negAfterStartingAt: Map<number, Array<Extract<PhraseMeaning, { role: 'negAfter' }>>> | undefined;
  let contexts: Map<number, Array<Span & { context: ContextName }>> | undefined;
  let seenRisk: Set<string> | undefined;
  const notNegating = notNegatingTokens(matches);
  for (const match of matches) {
    // Switched on the phrase's role, read in each case from the meaning as its own shape (see `CompiledPhrase.role`).
    const phrase = match.phrase;
    switch (phrase.role) {
      case 'risk': {
        const key = `${phrase.meaning.entry.locale}|${phrase.meaning.entry.id}|${match.first}|${match.last}`;
        seenRisk ??= new Set<string>();
        if (seenRisk.has(key)) break;
        seenRisk.add(key);
        risks.push({ ...match, entry: phrase.meaning.entry });
        break;
      }
      case 'idiom':
        for (let i = match.first; i <= match.last; i += 1)
          idiomsAt = pushTo(idiomsAt, i, { first: match.first, last: match.last });
        break;
      case 'negBefore':
        if (!notNegating?.has(match.first)) negBeforeEndingAt = pushTo(negBeforeEndingAt, match.last, phrase.meaning);
        break;
      case 'negAfter':
        if (!notNegating?.has(match.first))
          negAfterStartingAt = pushTo(negAfterStartingAt, match.first, phrase.meaning);
        break;
      case 'negExcept':
        break;
      case 'comboPart':
        comboParts.push({
          first: match.first,
          last: match.last,
          combination: phrase.meaning.combination,
          part: phrase.meaning.part,
        });
        break;
      case 'context':
        contexts = pushTo(contexts, tokens[match.first].sentence, {
          first: match.first,
          last: match.last,
          context: phrase.meaning.context,
        });
        break;
    }
  }
  return {
    risks,
    comboParts,
    idiomsAt: idiomsAt ?? NONE_FOUND,
    negBeforeEndingAt: negBeforeEndingAt ?? NONE_FOUND,
    negAfterStartingAt: negAfterStartingAt ?? NONE_FOUND,
    contexts: contexts ?? NONE_FOUND,
  };
}

/** Two spans share at least one word. */
function overlaps(a: Span, b: Span): boolean {
  return a.first <= b.last && a.last >= b.first;
}

/** An idiom overlapping a phrase makes it figurative, unless the phrase is longer and holds all of it. */
function insideIdiom(match: Span, idiomsAt: Found['idiomsAt']): boolean {
  for (let i = match.first; i <= match.last; i += 1) {
    for (const idiom of idiomsAt.get(i) ?? []) {
      const holdsIt =
        match.first <= idiom.first && match.last >= idiom.last && match.last - match.first > idiom.last - idiom.first;
      if (!holdsIt) return true;
    }
  }
  return false;
}

/**
 * Combinations whose parts all appear in one clause, one sentence, or (`pair`) one sentence and the next ("9 magnets
 * are missing from the kit. He says he swallowed them."). The first place each part is found is used; the span runs
 * from the first part to the last.
 */
function combinationCandidates(tokens: readonly ResolvedToken[], found: Found): Candidate[] {
  if (found.comboParts.length === 0) return [];
  // Most messages hold a part or two of many rules and every part of few: keep only rules with every part somewhere.
  const partsSeen = new Map<CompiledCombination, number>();
  for (const part of found.comboParts)
    partsSeen.set(part.combination, (partsSeen.get(part.combination) ?? 0) | (1 << part.part));
  const units = new Map<string, { combination: CompiledCombination; parts: Array<Span | undefined> }>();
  for (const part of found.comboParts) {
    const { combination } = part;
    if (partsSeen.get(combination) !== (1 << combination.parts) - 1) continue;
    // An idiom explains a part alone; a `together` combination is the sign whatever explains one part.
    if (!combination.entry.tags.has('together') && insideIdiom(part, found.idiomsAt)) continue;
    const unit = combination.within === 'clause' ? tokens[part.first].clause : tokens[part.first].sentence;
    if (combination.within === 'clause' && tokens[part.last].clause !== unit) continue;
    // A pair of sentences is named by its first: a part in sentence s belongs to pairs s - 1 and s.
    for (const window of combination.within === 'pair' ? [unit - 1, unit] : [unit]) {
      const key = `${combination.entry.locale}|${combination.entry.id}|${window}`;
      let entry = units.get(key);
      if (!entry) {
        entry = { combination, parts: new Array<Span | undefined>(combination.parts).fill(undefined) };
        units.set(key, entry);
      }
      if (!entry.parts[part.part]) entry.parts[part.part] = { first: part.first, last: part.last };
    }
  }
  const candidates: Candidate[] = [];
  for (const { combination, parts } of units.values()) {
    if (parts.some((part) => part === undefined)) continue;
    const spans = parts as Span[];
    // Distinct words for each part: "he hit him" has three, "hit" alone cannot be two parts.
    const starts = new Set(spans.map((span) => span.first));
    if (starts.size < spans.length) continue;
    candidates.push({
      entry: combination.entry,
      parts: spans,
      first: Math.min(...spans.map((span) => span.first)),
      last: Math.max(...spans.map((span) => span.last)),
    });
  }
  return candidates;
}

/** A word that names a person: a pronoun, a subject, I or we, a relation or someone in the household. */
const PERSON_FLAGS =
  FLAG.pronoun | FLAG.subject | FLAG.firstPerson | FLAG.firstPersonCy | FLAG.relation | FLAG.household;

/** Welsh third-person pronouns that may stand for a thing: masculine and feminine nouns alike. */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['e', 'fe', 'fo', 'o', 'hi', 'nhw', 'ef']);

/**
 * A share of a set before a pronoun ("hanner nhw", "rhai ohonyn nhw"): the pronoun counts what the sentence has
 * just named, so a thing named earlier in its sentence is what went missing ("Angen mwy o glipiau, ma' hanner nhw
 * ar goll").
 */
const PARTITIVES: ReadonlySet<string> = new Set([
  'hanner',
  'rhai',
  'rhan',
  'llawer',
  'lot',
  'mwyafrif',
  'dau',
  'dwy',
  'tri',
  'tair',
]);

/** A school year named after a child's initial ("E Bl 2"). */
const YEAR_WORDS: ReadonlySet<string> = new Set(['bl', 'blwyddyn']);

/** A letter alone that is no Welsh word: a child's initial ("tedi T", "Mae L ar goll"). */
function isInitial(form: string): boolean {
  return form.length === 1 && !'aiyow'.includes(form);
}

/** Drops phrases lying strictly inside a longer one: the longer, more specific reading wins. */
function withoutContained<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: T[] = [];
  let maxLastBefore = -1;
  let groupFirst = -1;
  let groupLast = -1;
  for (const span of sorted) {
    if (span.first !== groupFirst || span.last !== groupLast) {
      if (groupLast > maxLastBefore) maxLastBefore = groupLast;
      groupFirst = span.first;
      groupLast = span.last;
    }
    if (maxLastBefore >= span.last) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * The languages whose lexicon lists sport words: a sport explains only that lexicon's phrases, so an English sport word
 * never explains a Welsh phrase whose adults at home (`words.household`) the Welsh lexicon does not list yet.
 */
const sportLocalesOf = new WeakMap<CompiledLexicons, ReadonlySet<string>>();
function sportLocales(compiled: CompiledLexicons): ReadonlySet<string> {
  let locales = sportLocalesOf.get(compiled);
  if (!locales) {
    locales = new Set(
      [...compiled.lexicons.values()]
        .filter((lexicon) => (lexicon.contexts.sport?.length ?? 0) > 0)
        .map((lexicon) => lexicon.locale),
    );
    sportLocalesOf.set(compiled, locales);
  }
  return locales;
}

class Reader {
  constructor(
    private readonly tokens: readonly ResolvedToken[],
    private readonly found: Found,
    private readonly sportExplains: ReadonlySet<string> = new Set(),
    private readonly contrasts: ReadonlySet<string> = new Set(),
    private readonly welshPrepositionI: ReadonlySet<number> = new Set(),
    private readonly exclaimed: ReadonlySet<number> = new Set(),
  ) {}

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

  private contextsNear(
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

  /** A lesson or a training named nearby, unless a child's telling stands between ("after PSHE she told me…"). */
  isCurriculum(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    return this.contextsNear(sentence, ['curriculum', 'generalQuestion'], [0, -1]).some(
      (context) => !this.toldBetween(context, match),
    );
  }

  /**
   * The topic of a lesson or a piece of work: a curriculum word, "on" or "about" right after it, and the phrase a few
   * words on in the same clause ("his coursework on county lines", "Gwers ABCh ar gamfanteisio"). The phrase names
   * the subject studied, whoever does the work; a child's telling between still stops it.
   */
  isCurriculumTopic(match: Span): boolean {
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    const topics = this.contextsNear(sentence, ['topicPreposition'], [0]);
    return this.contextsNear(sentence, ['curriculum'], [0]).some(
      (lesson) =>
        lesson.last < match.first &&
        topics.some(
          (about) =>
            about.first === lesson.last + 1 &&
            about.last < match.first &&
            match.first - about.last <= TOPIC_REACH &&
            tokens[about.last].clause === tokens[match.first].clause,
        ) &&
        !this.toldBetween(lesson, match),
    );
  }

  /**
   * Whether a child's telling ("she said", "told me") stands between an explaining context and the phrase, or before
   * the phrase when the context comes after it: then the phrase is what a real child said, not the story or exercise.
   */
  private toldBetween(context: Span, match: Span): boolean {
    const from = context.last < match.first ? context.last : -1;
    return this.tellingWithin(this.tokens[match.first].sentence, from, match.first);
  }

  /** A child's telling ("she said", "he says") in `sentence`, wholly after word `after` and before word `before`. */
  private tellingWithin(sentence: number, after: number, before: number): boolean {
    return this.contextsNear(sentence, ['telling'], [0]).some(
      (telling) => telling.first > after && telling.last < before,
    );
  }

  /** An invented person or scene named earlier in the sentence: "senario lle mae plentyn yn dweud bod ei llysdad…". */
  isFiction(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    // "Mae hi'n actio fel bod popeth yn iawn" is a child's real pretending, not a part in a play.
    return this.contextsNear(sentence, ['fiction'], [0]).some(
      (context) =>
        !this.isFeigning(sentence, context) &&
        context.last < match.first &&
        !this.toldBetween(context, match) &&
        !this.contrastBetween(context, match),
    );
  }

  /**
   * A contrast ("but", "ond") between an explaining context and the phrase: what follows it is said beside the story
   * or the game, not in it ("mae hi'n hoffi actio ond mae ei llystad yn ei tharo hi").
   */
  private contrastBetween(context: Span, match: Span): boolean {
    const from = Math.min(context.last, match.last) + 1;
    const to = Math.max(context.first, match.first);
    for (let i = from; i < to; i += 1) if (this.contrasts.has(this.tokens[i].form)) return true;
    return false;
  }

  /** A pretend or fiction word inside a `feigning` phrase ("pretending to be asleep"): a child's real pretending. */
  private isFeigning(sentence: number, context: Span): boolean {
    return this.contextsNear(sentence, ['feigning'], [0]).some((feigned) => overlaps(feigned, context));
  }

  /**
   * Pretend, practice or fiction within a few words in the same sentence ("CPR on the dummies: he's not
   * breathing", "Nerf war", "the scene where he beats her"), unless the sentence says it is real ("real blood",
   * "ambulance called").
   */
  isPretend(match: Span, bodily: boolean): boolean {
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    // A body in danger is pretend only on a dummy or in fake blood: "collapsed during the rehearsal" is real.
    const names: ContextName[] = bodily ? ['simulated'] : ['pretend', 'simulated'];
    const near = this.contextsNear(sentence, names, [0]).some(
      (context) =>
        // "pretending to be asleep" is a child's real pretending, not a game: it explains nothing.
        !this.isFeigning(sentence, context) &&
        (context.last >= match.first - EXPLAINING_WINDOW || this.headsList(context, match)) &&
        context.first <= match.last + EXPLAINING_WINDOW &&
        !this.toldBetween(context, match) &&
        !this.contrastBetween(context, match),
    );
    return near && this.contextsNear(sentence, ['real'], [0]).length === 0;
  }

  /**
   * A context that opens its sentence as a heading, with a dash or a colon after it and before the phrase: what
   * follows is what it covered, however long the list ("Cwrs cymorth cyntaf nos Iau – CPR, gwaedu trwm, tagu, rhywun
   * anymwybodol"), so it reaches the end of that sentence, not beyond.
   */
  private headsList(context: Span, match: Span): boolean {
    const { tokens } = this;
    const sentence = tokens[context.first].sentence;
    const opening = context.first - HEADING_LEAD - 1;
    if (opening >= 0 && tokens[opening].sentence === sentence) return false;
    for (let i = context.last + 1; i <= match.first; i += 1)
      if (tokens[i].gapBefore === GAP.dash || tokens[i].gapBefore === GAP.colon) return true;
    return false;
  }

  /**
   * A sport or a game within a few words in the same sentence ("battered 40-7", "a boot to the face in a tackle"), and
   * no adult at home named in that sentence up to the phrase's end ("his dad battered him at FIFA" is not explained).
   */
  isSport(match: Candidate): boolean {
    if (!this.sportExplains.has(match.entry.locale) || this.namesHousehold(match)) return false;
    const { tokens } = this;
    return this.contextsNear(tokens[match.first].sentence, ['sport'], [0]).some(
      (context) => context.last >= match.first - EXPLAINING_WINDOW && context.first <= match.last + EXPLAINING_WINDOW,
    );
  }

  /**
   * An adult at home or in charge named in the phrase's sentence up to its end ("his dad punched him at football"),
   * not before a colon the phrase comes after: that adult reports it ("Tad wedi ffono: … wedi cael ei bwrw gan gar").
   */
  namesHousehold(match: Span): boolean {
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    for (let i = match.last; i >= 0 && tokens[i].sentence === sentence; i -= 1) {
      if (tokens[i].flags & FLAG.household) return true;
      if (i <= match.first && tokens[i].gapBefore === GAP.colon) return false;
    }
    return false;
  }

  /** A generic what-if shortly before the phrase in its sentence: "what to do if a child is unconscious". */
  isHypothetical(match: Span): boolean {
    const generic = this.contextsNear(this.tokens[match.first].sentence, ['hypothetical'], [0]).some(
      (context) =>
        context.last < match.first &&
        match.first - context.last <= EXPLAINING_WINDOW &&
        !this.toldBetween(context, match),
    );
    return generic || this.isPlanCondition(match);
  }

  /**
   * A care plan's condition: the phrase inside a clause opened by "os" or "rhag ofn", and what to do then said after
   * it in its sentence ("Os oes ffit dros 5 munud, midazolam a ffonio ambiwlans"). The condition governs its own
   * clause only, so a threat in the clause after it ("os ti'n deud, fydd o'n dy ladd di") is not in it, and a time of
   * now in the sentence ("mae hi'n ffitio nawr") makes it no plan.
   */
  private isPlanCondition(match: Span): boolean {
    const { tokens } = this;
    const sentence = tokens[match.first].sentence;
    const clause = tokens[match.first].clause;
    const conditioned = this.contextsNear(sentence, ['conditional'], [0]).some(
      (context) =>
        tokens[context.first].clause === clause &&
        context.last < match.first &&
        match.first - context.last <= EXPLAINING_WINDOW,
    );
    if (!conditioned || tokens[match.last].clause !== clause) return false;
    const instructed = this.contextsNear(sentence, ['instruction'], [0]).some(
      (context) => context.first > match.last && tokens[context.first].clause !== clause,
    );
    return instructed && this.contextsNear(sentence, ['imminent'], [0]).length === 0;
  }

  /**
   * What went missing is a thing: the nearest thing named before the phrase in its sentence, no person and no contrast
   * between ("sgidia rygbi D (bl 8) AR GOLL ers dydd Llun", "y morthwyl mawr heb ei ddod yn ôl"); an aside in brackets
   * or after a comma is passed over. A pronoun before the thing ("ei", "fy") makes it an object someone has ("wedi
   * colli ei ffôn, heb ddod adre" is about her). A phrase opened by "fe", "hi" or "nhw" may point back at a thing in
   * the sentence before, as Welsh nouns have a gender ("Oes rhywun 'di gweld y meic? Ma fe 'di diflannu"); any other
   * person in or before the phrase, or an initial, is its subject, and only a question or a condition ("os oes
   * rhywun yn gweld…") asks after a thing. Welsh phrases only: the things are Welsh words.
   */
  isThingLost(match: Candidate): boolean {
    const { tokens } = this;
    if (match.entry.locale !== 'cy') return false;
    const named = PERSON_FLAGS & ~FLAG.pronoun;
    const pointsBack = THING_PRONOUNS.has(tokens[match.first].form);
    if (!pointsBack && tokens[match.first].flags & PERSON_FLAGS) return false;
    // Only the phrase's own clause names its subject: a gap may run on past a dash or a comma into the next clause
    // ("4 ffurflen dal heb ddod nôl - dwi di textio'r rhieni"), whose person is someone else's doing.
    const clause = tokens[match.first].clause;
    for (let i = match.first + (pointsBack ? 1 : 0); i <= match.last && tokens[i].clause === clause; i += 1)
      if (tokens[i].flags & named) return false;
    // A thing named inside the phrase after its opening word is its subject, and an opening "o" is "of": "Dros 30 o
    // gyllyll a ffyrc wedi diflannu".
    if (pointsBack && this.thingInside(match)) return true;
    if (isInitial(tokens[match.first].form) && this.ownsThingBefore(match.first)) return true;
    return this.thingBefore(match.first, pointsBack || this.answersQuestionBefore(match.first));
  }

  /**
   * A phrase with no subject opening the sentence right after a question: it reads on from what the question asked
   * after, like a pronoun would ("Oes rhywun 'di gweld y trombôn? Ar goll ers y cyngerdd"). Whoever the question names
   * ("Welodd rhywun T? Ar goll ers cinio") is still its subject: the walk back stops at a person or an initial.
   */
  private answersQuestionBefore(first: number): boolean {
    const { tokens } = this;
    const opening = tokens[first];
    return (
      first > 0 &&
      tokens[first - 1].sentence !== opening.sentence &&
      opening.gapBefore === GAP.question &&
      !(opening.flags & PERSON_FLAGS)
    );
  }

  /** A lost thing named between the phrase's opening word and its last. */
  private thingInside(match: Candidate): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['lostThing'], [0]).some(
      (thing) => thing.first > match.first && thing.last < match.last,
    );
  }

  /**
   * The nearest thing before `from`, with no person, initial or contrast between; `pointsBack` (a pronoun at `from`)
   * reaches into the sentence before when that one is a question. A subjectless phrase whose nearest person is "fe",
   * "hi" or "nhw" reads on from that pronoun ("…siwmper las fach gyda Ll ar y label, ma hi ar goll ers dydd Mawrth").
   */
  private thingBefore(from: number, pointsBack: boolean): boolean {
    const { tokens } = this;
    const sentence = tokens[from].sentence;
    const things = this.contextsNear(sentence, ['lostThing'], pointsBack ? [0, -1] : [0]);
    if (things.length === 0) return false;
    const reach = pointsBack ? EXPLAINING_WINDOW : SUBJECT_LOOKBACK;
    for (let j = from - 1; j >= 0 && from - j <= reach; j -= 1) {
      const token = tokens[j];
      if (sentence - token.sentence > (pointsBack ? 1 : 0) || this.contrasts.has(token.form)) return false;
      // Only a question before it is asking after a thing ("Oes rhywun 'di gweld y meic? Ma fe 'di diflannu"): after
      // "Ffôn bant." a "hi" is the child.
      if (
        token.sentence !== sentence &&
        tokens[j + 1].sentence === sentence &&
        tokens[j + 1].gapBefore !== GAP.question
      )
        return false;
      const thing = things.find((context) => context.first <= j && j <= context.last);
      if (thing) {
        const before = tokens[thing.first - 1];
        if (before && before.sentence === token.sentence && before.flags & FLAG.pronoun) return false;
        // In its own sentence a pronoun's thing is one asked after ("Os oes rhywun yn gweld siwmper…, ma hi ar goll"),
        // not one a child took ("mae hi wedi mynd â'r allweddi ac mae hi ar goll").
        return !pointsBack || token.sentence !== sentence || this.askedAfter(thing) || this.sharedOut(from);
      }
      if (!pointsBack && THING_PRONOUNS.has(token.form)) return this.thingBefore(j, true);
      const owner = this.thingOwnerAt(j);
      if (owner !== undefined) {
        j = owner;
        continue;
      }
      // A child's initial is the subject, whichever way the walk came ("Ffôn T ar y bws, T ar goll"); a number is not.
      if (token.flags & PERSON_FLAGS || (isInitial(token.form) && (pointsBack || !/\d/.test(token.form)))) return false;
    }
    return false;
  }

  /** The pronoun at `at` is a share of a set: "hanner nhw", "rhai ohonyn nhw". */
  private sharedOut(at: number): boolean {
    const { tokens } = this;
    const before = tokens[at - 1];
    if (before === undefined || before.sentence !== tokens[at].sentence) return false;
    if (PARTITIVES.has(before.form)) return true;
    const share = tokens[at - 2];
    return before.form === 'ohonyn' && share !== undefined && PARTITIVES.has(share.form);
  }

  /**
   * Where the owner of a thing starts when `at` is its initial or the year group after it ("cot las E Bl 2"), so a walk
   * back passes over the owner to the thing; undefined when `at` is no such owner.
   */
  private thingOwnerAt(at: number): number | undefined {
    const { tokens } = this;
    const isYear = (i: number): boolean => i >= 0 && YEAR_WORDS.has(tokens[i].form);
    const owns = (i: number): boolean => i >= 0 && isInitial(tokens[i].form) && this.ownsThingBefore(i);
    if (owns(at)) return at;
    if (isYear(at) && owns(at - 1)) return at - 1;
    if (/^\d+$/.test(tokens[at].form) && isYear(at - 1) && owns(at - 2)) return at - 2;
    return undefined;
  }

  /**
   * A child's initial right after a thing, or after a thing and one more word, is its owner: Welsh puts the owner after
   * what is owned ("tedi T", "cot las E Bl 2"), so the thing, not the child, is what went missing.
   */
  private ownsThingBefore(at: number): boolean {
    const { tokens } = this;
    const between = tokens[at - 1];
    return this.contextsNear(tokens[at].sentence, ['lostThing'], [0]).some(
      (thing) =>
        thing.last === at - 1 ||
        (thing.last === at - 2 && between !== undefined && !(between.flags & PERSON_FLAGS) && !isInitial(between.form)),
    );
  }

  /** A condition before a thing in its sentence: a notice asking after it ("Os weloch chi feicroffon y llwyfan"). */
  private askedAfter(thing: Span): boolean {
    return this.contextsNear(this.tokens[thing.first].sentence, ['conditional'], [0]).some(
      (context) => context.last < thing.first,
    );
  }

  /**
   * Asked about and denied: a screening question shortly before the phrase in its sentence, no child's telling between,
   * and a denial after the phrase in its sentence or the next ("Asked directly about self-harm and suicidal thoughts;
   * she denies both").
   */
  isScreenedAndDenied(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    const asked = this.contextsNear(sentence, ['screening'], [0]).some(
      (context) =>
        context.last < match.first &&
        match.first - context.last <= EXPLAINING_WINDOW &&
        !this.toldBetween(context, match),
    );
    if (!asked) return false;
    return this.contextsNear(sentence, ['denial'], [0, 1]).some(
      (context) => this.tokens[context.first].sentence > sentence || context.first > match.last,
    );
  }

  isHistory(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    // A resolution denied is no resolution: "Dydy o ddim wedi'i ffeindio o fewn deg munud" (still missing).
    const here = this.contextsNear(sentence, ['history', 'historyAfter', 'resolution', 'recency'], [0]).filter(
      (context) => context.context !== 'resolution' || !this.negatedBefore(context.first),
    );
    if (here.some((context) => context.context === 'recency')) return false;
    if (here.some((context) => context.context === 'history')) return true;
    if (
      here.some(
        (context) =>
          (context.context === 'historyAfter' || context.context === 'resolution') && context.first > match.last,
      )
    )
      return true;
    return this.contextsNear(sentence, ['resolution'], [1]).some((context) => !this.negatedBefore(context.first));
  }

  isAccident(match: Span): boolean {
    return this.accidentCues(match).length > 0;
  }

  private accidentCues(match: Span): Array<Span & { context: ContextName }> {
    const { tokens } = this;
    const clause = tokens[match.first].clause;
    return this.contextsNear(tokens[match.first].sentence, ['accident'], [0]).filter(
      (context) => tokens[context.first].clause === clause || tokens[context.last].clause === clause,
    );
  }

  /**
   * An accident happening (`accidentEvent`, not a sport or a place) told in the clause just before, when the hurt opens
   * the next clause as what the accident did: "wedi cael damwain fach ar ei feic, crafu'i freichiau". A hurt named as
   * done to oneself ("torri ei hun") is not explained, nor one the child tells.
   */
  isAccidentToldBefore(match: Span): boolean {
    const { tokens } = this;
    const { clause, sentence } = tokens[match.first];
    const previous = tokens[match.first - 1];
    if (previous === undefined || previous.sentence !== sentence || previous.clause !== clause - 1) return false;
    for (let at = match.first; at <= match.last; at += 1) if (REFLEXIVE_WORDS.has(tokens[at].form)) return false;
    const inPrevious = (span: Span): boolean =>
      tokens[span.first].clause === clause - 1 && tokens[span.last].clause === clause - 1;
    const inEither = (span: Span): boolean =>
      tokens[span.first].clause === clause - 1 || tokens[span.first].clause === clause;
    return (
      this.contextsNear(sentence, ['accidentEvent'], [0]).some(inPrevious) &&
      !this.contextsNear(sentence, ['telling'], [0]).some(inEither)
    );
  }

  /**
   * An accident told in the clause just after the phrase's, behind a dash or a colon: "wedi brifo'i hun dros y
   * penwythnos – syrthio oddi ar ei feic". A child's telling in that clause ("– says she fell") is the child's account,
   * for the DSL to weigh, so it explains nothing.
   */
  isAccidentToldAfter(match: Span): boolean {
    const { tokens } = this;
    const { clause, sentence } = tokens[match.last];
    let next = match.last + 1;
    while (next < tokens.length && tokens[next].clause === clause) next += 1;
    const opener = tokens[next];
    if (opener === undefined || opener.sentence !== sentence) return false;
    if (opener.gapBefore !== GAP.dash && opener.gapBefore !== GAP.colon) return false;
    const inExplanation = (span: Span): boolean => tokens[span.first].clause === opener.clause;
    return (
      this.contextsNear(sentence, ['accident'], [0]).some(inExplanation) &&
      !this.contextsNear(sentence, ['telling'], [0]).some(inExplanation)
    );
  }

  /** Every accident cue in the phrase's clause is a sport ("rugby", "football"): a game named, not an accident told. */
  accidentOnlyBySport(match: Span): boolean {
    const sports = this.contextsNear(this.tokens[match.first].sentence, ['sport'], [0]);
    return this.accidentCues(match).every((cue) => sports.some((sport) => overlaps(sport, cue)));
  }

  /** Contexts of one kind in the clause of the phrase's first or last word (one sentence). */
  private inClauseOf(match: Span, name: ContextName): boolean {
    const { tokens } = this;
    const clauses = new Set([tokens[match.first].clause, tokens[match.last].clause]);
    return this.contextsNear(tokens[match.first].sentence, [name], [0]).some(
      (context) => clauses.has(tokens[context.first].clause) || clauses.has(tokens[context.last].clause),
    );
  }

  /**
   * Someone named as doing it: in the phrase, or just before it in its clause ("older lads punched him", "two boys beat
   * him up"), not a person named further back ("a story about a boy whose dad … gets beaten up").
   */
  namesAssailant(match: Span): boolean {
    const { tokens } = this;
    const clause = tokens[match.first].clause;
    return this.contextsNear(tokens[match.first].sentence, ['assailant'], [0]).some(
      (context) =>
        tokens[context.last].clause === clause &&
        context.first <= match.last &&
        match.first - context.last <= ASSAILANT_REACH,
    );
  }

  /** A weapon used on someone ("pointed it at mum") in the phrase's sentence, outside the phrase and `besides`. */
  private usedOnSomeoneBeside(match: Span, besides: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['usedOnSomeone'], [0]).some(
      (context) => !overlaps(context, match) && !overlaps(context, besides),
    );
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
  identifiedIn(match: Span, name: IdentifiedContext): number | undefined {
    const sentence = this.tokens[match.first].sentence;
    if (this.contextsNear(sentence, ['real'], [0]).length > 0) return undefined;
    const identifying = this.contextsNear(sentence, [name], [0, 1]).find((context) => {
      // "Not on the contact list", "not licensed": a denial says nothing. Blood is spared ("oh wait no it's a graze").
      if (name !== 'identifiedMinor' && this.negatedBefore(context.first)) return false;
      // "He has a knife in his bag, he says it's for food tech": what the child says a weapon is for is their claim.
      if ((name === 'identifiedHarmless' || name === 'identifiedPlay') && this.childClaims(match, context))
        return false;
      // "Dad has a gun, he's a gamekeeper, and he pointed it at mum": a trade explains having it, not using it on
      // someone. Its use on someone, named in its sentence, keeps the weapon.
      if (name === 'identifiedHarmless' && this.usedOnSomeoneBeside(match, context)) return false;
      const said = this.tokens[context.first].sentence;
      if (said === sentence) return context.first > match.last;
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
    if (this.contextsNear(sentence, [source], [-2, -1, 0]).length === 0) return false;
    if (this.contextsNear(sentence, ['injury', 'real'], [0]).length > 0) return false;
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

  /** An everyday cause of a body sign in its sentence, the one before or the one after ("HPV jabs. Two fainted"). */
  namesOrdinaryCause(match: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['ordinaryCause'], [-1, 0, 1]).length > 0;
  }

  /** An injury no game gives in the phrase's clause ("burnt him with a cigarette"). */
  namesInflicted(match: Span): boolean {
    return this.inClauseOf(match, 'inflicted');
  }

  isImminent(match: Span, soon: boolean): boolean {
    const names: ContextName[] = soon ? ['imminent', 'soon'] : ['imminent'];
    const sentence = this.tokens[match.first].sentence;
    return this.contextsNear(sentence, names, [0, -1, 1]).some(
      (cue) => !this.isNotNow(cue) && !(cue.context === 'soon' && this.isLater(cue)),
    );
  }

  /**
   * "Flights booked for the summer", "tickets for July" (s21-I): a time months away in the travel word's sentence makes
   * travel booked not travel within days. Tonight and today still are.
   */
  private isLater(cue: Span): boolean {
    return this.contextsNear(this.tokens[cue.first].sentence, ['later'], [0]).length > 0;
  }

  /**
   * An emergency call made for it, in its sentence or within two either side ("… soaked through. I've rung 999"), not
   * denied ("mum hasn't rung 999") and not told as before today ("I rang 999 on Saturday"): the danger is now.
   */
  emergencyCalledNear(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    return this.contextsNear(sentence, ['emergencyCalled'], EMERGENCY_SENTENCES).some(
      (call) =>
        !this.negatedBefore(call.first) &&
        // "I rang 999 myself. Happened last night": the time may follow in the next sentence.
        this.contextsNear(this.tokens[call.first].sentence, ['emergencyEarlier', 'history'], [0, 1]).length === 0,
    );
  }

  /** The child's going home said in its sentence or next to it ("when I get in", "if I go home"). */
  isGoingHomeNear(match: Span): boolean {
    return this.contextsNear(this.tokens[match.first].sentence, ['goingHome'], [0, -1, 1]).length > 0;
  }

  /** A cue inside a "now" that tells an age or a stage ("the brother is now 24 and recovered"): not a time. */
  private isNotNow(cue: Span): boolean {
    return this.contextsNear(this.tokens[cue.first].sentence, ['notNow'], [0]).some(
      (age) => age.first <= cue.first && age.last >= cue.last,
    );
  }

  /**
   * A pronoun for the child inside the phrase (not its last word) or within three words after it, in its clause ("… on
   * her arms").
   */
  pronounJustAfter(match: Candidate): boolean {
    const { tokens } = this;
    const clause = tokens[match.last].clause;
    for (let j = match.first + 1; j < tokens.length && j <= match.last + 3 && tokens[j].clause === clause; j += 1) {
      // The phrase's own last word is its object ("kill themselves"), not who it is about.
      if (j === match.last || !(tokens[j].flags & FLAG.pronoun) || this.notAPronounFor(match, j)) continue;
      // "Gwaed ym mhobman medde hi": the pronoun after a reporting verb is the teller.
      if (tokens[j - 1].flags & FLAG.reporting) continue;
      return true;
    }
    return false;
  }

  /** Explained away after the phrase: later in its sentence, or in the two sentences after. */
  isDismissed(match: Span): boolean {
    const sentence = this.tokens[match.first].sentence;
    if (this.contextsNear(sentence, ['dismissal'], [0]).some((context) => context.first > match.last)) return true;
    return this.contextsNear(sentence, ['dismissal'], [1, 2]).length > 0;
  }

  /**
   * Said after it, in its sentence or the two after, that the missing child is back or was never far ("'di cyrraedd,
   * oedd o jyst yn y siop jips", "found them straight away"), and not denied ("heb ddod yn ôl", "not back").
   */
  isFoundAfter(match: Candidate): boolean {
    const sentence = this.tokens[match.first].sentence;
    return this.contextsNear(sentence, ['returned'], [0, 1, 2]).some(
      (context) =>
        (this.tokens[context.first].sentence > sentence ||
          context.first > match.last ||
          // The return begins inside the phrase and runs on past it ("wedi mynd ar goll yn y ffair am ddau funud"),
          // or is a combination's last part ("we couldn't find her for about 2 mins").
          (context.first > match.first &&
            (context.last > match.last || (match.parts !== undefined && context.last === match.last)))) &&
        !this.negatedBefore(context.first),
    );
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
      if (token.flags & FLAG.relation) return 'someone-else';
    }
    return 'unknown';
  }
}

interface Finding {
  readonly entry: CompiledEntry;
  readonly sentence: number;
  readonly indicator: RiskIndicator | null;
  readonly level: RiskLevel;
  readonly modifiers: readonly Modifier[];
  readonly start: number;
  readonly end: number;
}

/**
 * What a child denies of their own thoughts and acts ("no thoughts of harming herself", "denies any thoughts of
 * suicide") is a screening answer the learned reader cannot tell from the thought: its sentence is explained. A denial
 * of what someone did to the child is not: "nobody at home has hit him" is still the learned reader's to weigh.
 */
const SELF_DENIABLE: readonly RiskIndicator[] = ['suicidal-ideation', 'self-harm'];

/**
 * Judges one phrase in its context. A phrase cleared by what the message says it turned out to be (a harmless thing,
 * a minor injury, someone known, an ordinary cause), or a thought of self-harm or suicide denied, adds its sentence to
 * `explained`, which bounds the learned reader (combineLearned.ts). A lesson, a story, play or a sport named nearby
 * does not: those clear a topic, and the learned reader must still see the cut "in DT" that is pumping through the
 * towel.
 */
function judge(
  reader: Reader,
  match: Candidate,
  start: number,
  end: number,
  sentence: number,
  explained: Set<number>,
): Finding[] {
  const explainedAway = (): Finding[] => {
    explained.add(sentence);
    return [];
  };
  const { entry } = match;
  const negated = match.parts
    ? // A part's own span lies after its first word, so every part can be passed as "the other parts".
      match.parts.some((part, _, parts) => reader.negatedBefore(part.first, parts))
    : reader.negatedBefore(match.first);
  if (negated || reader.negatedAfter(match.last)) {
    if (SELF_DENIABLE.some((indicator) => entry.indicators.includes(indicator))) explained.add(sentence);
    return [];
  }
  const subject = reader.subjectOf(match);
  // A lesson, a story or a room named nearby explains a topic, never a severity signal ("bleeding", "unconscious").
  const severity =
    entry.level === 'immediate' && entry.kind !== 'topic' && entry.indicators.includes('immediate-danger');
  // "swimming: fresh cuts on her arms": a pronoun in or just after the phrase makes it about the child too.
  const aboutChild = subject === 'child' || reader.pronounJustAfter(match);
  // Someone named as doing it ("older lads punched him after rugby training"): a lesson, a room or a game named
  // nearby explains a topic, not what a named person did to the child.
  const assailant =
    entry.kind === 'personal' &&
    entry.level !== 'concern' &&
    entry.indicators.includes('physical-abuse') &&
    reader.namesAssailant(match);
  // A burn or a wound someone gave is never explained by a sport, a place or a word of accident.
  const inflicted = assailant && reader.namesInflicted(match);
  if (!severity && !assailant && (CURRICULUM_CLEARS.has(entry.kind) || !aboutChild) && reader.isCurriculum(match))
    return [];
  // "Y10 lad doing his coursework on county lines": the subject of the work, though the child is named doing it. Not
  // a child's own thoughts of dying or self-harm: a song or a poem "about never waking up" may be how they feel.
  const ownThought = SELF_DENIABLE.some((indicator) => entry.indicators.includes(indicator));
  if (!severity && !assailant && !ownThought && reader.isCurriculumTopic(match)) return [];
  // In a scenario or a story "ei" points at the invented child, not at this one. A weapon in a story ("Of Mice and
  // Men, where Lennie is shot") is the story's, unless the child is named with it ("…when he pulled a knife on K").
  const storyWeapon = severity && isSceneDanger(entry.tags) && !aboutChild;
  if ((!severity || storyWeapon) && reader.isFiction(match)) return [];
  // A weapon of an innocent kind is no weapon: "had a butter knife", "brought a deactivated rifle". Only its own span.
  if (severity && isSceneDanger(entry.tags) && reader.namesHarmlessObject(match)) return explainedAway();
  // Said after it to be a harmless thing or a minor injury: "…has a gun. It's a Nerf gun", "blood everywhere. It was
  // fake blood". A weapon only by a harmless object, blood only by a minor injury.
  // The sentence that says what it was is explained too ("…a knife! It was a spork.").
  const identifiedBy = (name: IdentifiedContext): boolean => {
    const said = reader.identifiedIn(match, name);
    if (said !== undefined) explained.add(said);
    return said !== undefined;
  };
  if (severity && isSceneDanger(entry.tags) && identifiedBy('identifiedHarmless')) return explainedAway();
  // A cook's knife in a cooking lesson is a topic cleared (the learned reader still weighs it); looked for after what
  // it was said to be, which bounds the learned reader ("…one of the butter knives from the food tech room").
  if (severity && isSceneDanger(entry.tags) && !assailant && reader.isKitchenKnife(match)) return [];
  // "How to make a bomb" said next to be a bath bomb: the words of the search, not a plan. Only a bomb's own phrase.
  if (entry.tags.has('explosive') && identifiedBy('identifiedHarmless')) return explainedAway();
  if (severity && isBleeding(entry.tags) && identifiedBy('identifiedMinor')) return explainedAway();
  // "Wedi bod yn wyna efo'i daid … gwaed ym mhobman": an animal's blood, not a child's bleeding.
  if (isBleeding(entry.tags) && reader.isAnimalBlood(match)) return [];
  // "Y9 did the Macbeth murder scene … 'blood' everywhere": a story's blood, not a child's bleeding.
  if (isBleeding(entry.tags) && reader.isStoryBlood(match)) return [];
  // An adult who may be a stranger, said next to be someone known: "it's his uncle, on the approved list".
  if (entry.tags.has('unknown-adult') && identifiedBy('identifiedKnown')) return explainedAway();
  // A faint at a jab or in the heat is ordinary; the same faint with not eating is a combination, never tagged.
  if (entry.tags.has('ordinary-cause') && reader.namesOrdinaryCause(match)) return explainedAway();
  // "'Mummy hit me!' … with a snowball", "'I'm gonna kill you!' - it's tag": a blow or a threat said next to be play is
  // a concern on the record, not an alarm; never a wound, a severity signal or what a named assailant did.
  const playedOut =
    !severity &&
    !assailant &&
    entry.kind === 'personal' &&
    (entry.tags.has('threat') || entry.indicators.includes('physical-abuse')) &&
    !reader.saysEarnest(match) &&
    identifiedBy('identifiedPlay');
  if (playedOut) explained.add(sentence);
  // "What to do if a child is unconscious": a what-if about no one in particular names no real child, even in danger.
  if (reader.isHypothetical(match)) return [];
  // "sgidia rygbi AR GOLL ers dydd Llun": a thing went missing, not a child.
  if (entry.indicators.includes('missing') && reader.isThingLost(match)) return [];
  // Pretend explains the span it sits in, whoever it names: a dummy "not breathing", a Nerf "shot", stage "blood".
  const bodily = severity && !entry.tags.has('unsafe-now') && !entry.tags.has('intent');
  if (reader.isPretend(match, bodily)) return [];
  const history = reader.isHistory(match);
  const thirdParty = entry.kind !== 'contextual' && subject === 'someone-else';
  // A combination is an accident only when every part's clause says so: "her black eye is from netball but she got it
  // at home off her mum's new fella" is not.
  const accident =
    !inflicted && (match.parts ? match.parts.every((part) => reader.isAccident(part)) : reader.isAccident(match));
  // "Hurt himself at the weekend – fell off his bike": the accident told after a dash explains a hurt, one phrase only;
  // so does one told just before, the hurt opening the next clause ("damwain ar ei feic, crafu'i freichiau").
  // Looked for only when the entry names a hurt it can explain: most matches name none, and this walks the sentence.
  const toldAfter =
    !inflicted &&
    !match.parts &&
    entry.indicators.some((indicator) => ACCIDENT_AFTER_CLEARS.has(indicator)) &&
    (reader.isAccidentToldAfter(match) || reader.isAccidentToldBefore(match));
  // "Older lads punched him after rugby": the sport word in the accident list names a game, not an accident.
  const assaultAtSport = accident && assailant && reader.accidentOnlyBySport(match);
  // Violence in a game or a sport ("got battered 40-7") is no alarm; never a severity signal or an adult at home, and
  // a concern-level sign (a bruise the child says is from football) stays on the record for the DSL to weigh.
  const sport = !severity && !inflicted && entry.level !== 'concern' && reader.isSport(match);
  const joking = reader.isJoking(match);
  // "Asked about self-harm and suicidal thoughts; she denies both": a screening question answered no is a concern on
  // the record, like a writer's explanation, not an alarm.
  const dismissed = !severity && (reader.isDismissed(match) || reader.isScreenedAndDenied(match));
  // A child missing and found in the same message is a concern on the record, and in no danger now.
  const returned = entry.indicators.includes('missing') && reader.isFoundAfter(match);
  const tags = [...entry.tags];
  // The game's "now" is not a danger now: "'I'm gonna shoot you!' right now - it's cops and robbers".
  const happeningNow = !returned && !playedOut && reader.isImminent(match, false);
  // Going home is a time, not a sign of earnest: a threat said laughing or explained away stays where it was lowered.
  const goingHomeNow =
    !returned &&
    !playedOut &&
    !joking &&
    !dismissed &&
    !history &&
    tags.some((tag) => GOING_HOME_RAISES.has(tag)) &&
    reader.isGoingHomeNear(match);
  const imminent =
    (tags.some((tag) => IMMINENT_RAISES.has(tag)) && happeningNow) ||
    goingHomeNow ||
    (!returned && tags.some((tag) => SOON_RAISES.has(tag)) && reader.isImminent(match, true));
  // Someone else's overdose at the weekend is this child's contextual risk; one happening now is still 999, and so is
  // one the phrase says is not over (the child's mum on the floor, not moving).
  const someoneElsesPastDanger =
    thirdParty && entry.tags.has('danger-to-subject') && !happeningNow && !entry.tags.has('ongoing');
  // Looked for only when an urgent finding could be raised: most matches need no walk of the sentences around.
  let emergency: boolean | undefined;
  const emergencyCalled = (): boolean => (emergency ??= !returned && !playedOut && reader.emergencyCalledNear(match));
  const findings: Finding[] = [];
  const indicators: ReadonlyArray<RiskIndicator | null> = entry.indicators.length > 0 ? entry.indicators : [null];
  for (const original of indicators) {
    let indicator = original;
    let level: RiskLevel = entry.level;
    const modifiers: Modifier[] = [];
    if (original !== null) {
      // "Fell at football" is an accident; "his dad punched him at football" is not, whatever the sport.
      // A concern-level mark a parent explains as a fall stays explained.
      const adultAtHome = original === 'physical-abuse' && entry.level !== 'concern' && reader.namesHousehold(match);
      const peerAssault = original === 'physical-abuse' && (assaultAtSport || (sport && assailant));
      if (accident && ACCIDENT_CLEARS.has(original) && !adultAtHome && !peerAssault) continue;
      // What it turned out to be, like an ordinary cause: the learned reader is bounded in this sentence too.
      if (toldAfter && ACCIDENT_AFTER_CLEARS.has(original)) {
        explained.add(sentence);
        continue;
      }
      if (sport && SPORT_EXPLAINS.has(original) && !peerAssault) continue;
      // A peer assault with a named assailant is not explained by the game it followed: a concern for the DSL.
      if (peerAssault && !adultAtHome) {
        level = minLevel(level, 'concern');
        modifiers.push('assault');
      }
      if ((dismissed || playedOut) && original !== 'immediate-danger') {
        level = minLevel(level, 'concern');
        modifiers.push('dismissed');
      }
      if (returned) {
        level = minLevel(level, 'concern');
        modifiers.push('returned');
      }
      if (joking && (JOKING_LOWERS.has(original) || jokingLowersThreat(entry.tags, severity))) {
        level = minLevel(level, 'concern');
        modifiers.push('joking');
      }
      if (history && HISTORY_LOWERS.has(original)) {
        level = minLevel(level, 'concern');
        modifiers.push('history');
      }
      const thirdPartyRule = thirdParty
        ? (THIRD_PARTY_LOWERS.get(original) ??
          (someoneElsesPastDanger && original === 'immediate-danger' ? { keepIndicator: false } : undefined))
        : undefined;
      if (thirdPartyRule) {
        level = minLevel(level, 'concern');
        modifiers.push('thirdParty');
        if (!thirdPartyRule.keepIndicator) indicator = null;
      }
    }
    if (imminent) {
      level = 'immediate';
      modifiers.push('imminent');
    } else if (original !== null && level === 'urgent' && emergencyCalled()) {
      // "Heart rate 38, dizzy … I've rung 999": a call already made says the harm is now, not that she is safe.
      level = 'immediate';
      modifiers.push('emergency');
    }
    findings.push({ entry, sentence, indicator, level, modifiers, start, end });
  }
  // Raised to immediate by "tonight", "right now"…: the duty worker must see that a child is in danger now.
  if (imminent && !findings.some((finding) => finding.indicator === 'immediate-danger')) {
    findings.push({
      entry,
      sentence,
      indicator: 'immediate-danger',
      level: 'immediate',
      modifiers: ['imminent'],
      start,
      end,
    });
  }
  return findings;
}

function quote(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_QUOTE ? `${raw.slice(0, MAX_QUOTE - 1)}…` : raw;
}

function reasonFor(finding: Finding, text: string): string {
  // A lexicon without wording for a newer modifier (`assault`) says nothing rather than a code word.
  const modifiers = finding.modifiers
    .map((modifier) => finding.entry.modifiers[modifier])
    .filter((wording) => wording !== undefined)
    .map((wording) => ` — ${wording}`)
    .join('');
  return `${finding.entry.reason}${modifiers} ("${quote(text, finding.start, finding.end)}")`;
}

/** Keeps one finding per indicator and span: the higher level, then the caller's language. */
function preferred(findings: readonly Finding[], locale: SupportedLocale): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.indicator ?? ''}|${finding.start}|${finding.end}`;
    const current = best.get(key);
    if (!current) {
      best.set(key, finding);
      continue;
    }
    const byLevel = compareLevels(finding.level, current.level);
    if (byLevel > 0 || (byLevel === 0 && finding.entry.locale === locale && current.entry.locale !== locale))
      best.set(key, finding);
  }
  return [...best.values()];
}

/**
 * Assesses text against compiled lexicons and, when given, the learned reader, which can only raise
 * the level the phrases gave (and asks when it is unsure). Pure: the same inputs give the same result.
 */
export function assessTextWith(
  compiled: CompiledLexicons,
  text: string,
  locale: SupportedLocale,
  learned?: LearnedReader,
): RiskAssessment {
  if (typeof text !== 'string' || text.length === 0) return { ...NO_RISK, indicators: [], matches: [], reasons: [] };
  // Lookalike letters read as the letters they pass for; an invisible separator both as nothing and as a space: the
  // higher level stands.
  const readings = readingsOf(text).map((reading) => assessReading(compiled, text, reading, locale, learned));
  return readings.reduce((worst, next) =>
    compareLevels(next.level, worst.level) > 0 ||
    (next.level === worst.level && next.indicators.length > worst.indicators.length)
      ? next
      : worst,
  );
}

/**
 * Reads `reading` (the text with confusables folded, as long as `text`), quoting `text`; the learned reader may only
 * raise it.
 */
function assessReading(
  compiled: CompiledLexicons,
  text: string,
  reading: string,
  locale: SupportedLocale,
  learned?: LearnedReader,
): RiskAssessment {
  const tokens = tokensFor(compiled, reading);
  const { assessment: byPhrases, explained } = readPhrases(compiled, tokens, text, locale);
  return learned ? raiseWithLearnedReader(byPhrases, learned, tokens, compiled, locale, explained) : byPhrases;
}

/** The tokens of a Welsh message written as a lower-case "i": the preposition "to", not English "I". */
function welshPrepositionI(tokens: readonly ResolvedToken[], text: string): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, index) => {
    // Read in place: a substring per token would be a fresh string for every word of every Welsh message.
    if (token.end - token.start === 1 && text.charCodeAt(token.start) === 0x69) out.add(index);
  });
  return out;
}

/** The sentences that end in "!" (the text after their last word, up to the next word, holds one). */
function exclaimedSentences(tokens: readonly ResolvedToken[], text: string): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (next && next.sentence === token.sentence) return;
    if (text.slice(token.end, next ? next.start : text.length).includes('!')) out.add(token.sentence);
  });
  return out;
}

/** The phrase reading, and the sentences that hold an alarm it explained and what explained it. */
interface PhraseReading {
  readonly assessment: RiskAssessment;
  readonly explained: ReadonlySet<number>;
}

/** The phrase reading alone: phrases and combinations, each judged in its context. */
function readPhrases(
  compiled: CompiledLexicons,
  tokens: ResolvedToken[],
  text: string,
  locale: SupportedLocale,
): PhraseReading {
  const found = sortFound(tokens, findPhrases(compiled, tokens));
  const reader = new Reader(
    tokens,
    found,
    sportLocales(compiled),
    compiled.tokenizeOptions.clauseBreakers,
    locale === 'cy' ? welshPrepositionI(tokens, text) : undefined,
    exclaimedSentences(tokens, text),
  );
  const explained = new Set<number>();
  const judgeAll = (candidates: readonly Candidate[]): Finding[] =>
    candidates
      .flatMap((match) =>
        judge(
          reader,
          match,
          tokens[match.first].start,
          tokens[match.last].end,
          tokens[match.first].sentence,
          explained,
        ),
      )
      .filter((finding) => finding.level !== 'none');
  const visible = found.risks.filter((match) => !insideIdiom(match, found.idiomsAt));
  const kept = withoutContained(visible);
  // A shorter phrase inside a longer one still brings its danger now: "stepdad says he will hurt her" holds the threat
  // "will hurt her", which "he is at the gate now" makes immediate. Intent is left to its container, which knows
  // whether it is someone else's or in the past.
  const keptSet = kept.length < visible.length ? new Set(kept) : undefined;
  const raisedInside = keptSet
    ? judgeAll(visible.filter((match) => !keptSet.has(match) && match.entry.tags.has('unsafe-now'))).filter((finding) =>
        finding.modifiers.includes('imminent'),
      )
    : [];
  const phraseFindings = [...judgeAll(kept), ...raisedInside];
  // A combination only adds what the phrases missed: not when a phrase found the same indicator in that sentence at
  // its level or higher ("left alone" is a concern; a young child left alone is urgent).
  const foundBy = new Map<string, RiskLevel>();
  for (const finding of phraseFindings) {
    const key = `${finding.indicator ?? ''}|${finding.sentence}`;
    const before = foundBy.get(key);
    if (!before || compareLevels(finding.level, before) > 0) foundBy.set(key, finding.level);
  }
  const comboFindings = judgeAll(combinationCandidates(tokens, found)).filter((finding) => {
    const byPhrase = foundBy.get(`${finding.indicator ?? ''}|${finding.sentence}`);
    return !byPhrase || compareLevels(finding.level, byPhrase) > 0;
  });
  const findings = preferred([...phraseFindings, ...comboFindings], locale);
  // An everyday event the phrases read at its level ("my friend's dad passed away") says what its sentence is about.
  for (const finding of findings) if (finding.entry.tags.has('everyday-event')) explained.add(finding.sentence);
  if (findings.length === 0) return { assessment: { ...NO_RISK, indicators: [], matches: [], reasons: [] }, explained };

  let level: RiskLevel = 'none';
  const indicatorLevels = new Map<RiskIndicator, RiskLevel>();
  for (const finding of findings) {
    if (compareLevels(finding.level, level) > 0) level = finding.level;
    if (finding.indicator && compareLevels(finding.level, indicatorLevels.get(finding.indicator) ?? 'none') > 0)
      indicatorLevels.set(finding.indicator, finding.level);
  }
  // The worst first, then in reading order; a flood of repeats is cut to what a person can read.
  const ordered = [...findings].sort((a, b) => compareLevels(b.level, a.level) || a.start - b.start);
  const shown = ordered.slice(0, MAX_MATCHES).sort((a, b) => a.start - b.start || compareLevels(b.level, a.level));
  const matches: RiskMatch[] = shown.map((finding) => ({
    indicator: finding.indicator,
    level: finding.level,
    start: finding.start,
    end: finding.end,
    text: text.slice(finding.start, finding.end),
    rule: `${finding.entry.locale}:${finding.entry.id}`,
  }));
  const reasons: string[] = [];
  const reasonKeys = new Set<string>();
  for (const finding of ordered) {
    const key = `${finding.entry.locale}|${finding.entry.id}|${finding.modifiers.join(',')}`;
    if (reasonKeys.has(key)) continue;
    reasonKeys.add(key);
    reasons.push(reasonFor(finding, text));
    if (reasons.length >= MAX_REASONS) break;
  }
  // A weak signal (an entry tagged `ask`) below urgent: the bot asks its direct safety question.
  const ask = compareLevels(level, 'urgent') < 0 && findings.some((finding) => finding.entry.tags.has('ask'));
  return {
    assessment: {
      level,
      indicators: sortIndicators(indicatorLevels),
      matches,
      reasons,
      ...(ask ? { ask: true as const } : {}),
    },
    explained,
  };
}
