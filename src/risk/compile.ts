/**
 * Compiles the lexicons (both languages together, so mixed Welsh/English text is read by both) into
 * a phrase index: every word gets a number, every phrase becomes a short list of slots, and phrases
 * are found through their first word. Matching is then a walk over the words with no regular
 * expressions, so hostile text cannot make it backtrack.
 */
import type { SupportedLocale } from '../i18n/locale';
import type {
  AfterSeparator,
  EntryTag,
  Lexicon,
  LexiconCombination,
  LexiconEntry,
  LexiconTally,
} from './lexiconSchema';
import { tokenize, type TokenizeOptions } from './tokenize';
import type { RiskIndicator, RiskLevel } from './types';
import { mutationCollisions } from './welshCollisions';
import { welshMutations } from './welshMutation';

/** The term id every number ("12", "2024") resolves to. */
export const NUM_ID = 0;

/**
 * What a word tells about who a phrase is about. First person is kept per language because the
 * same letters differ: English "i" is "I", Welsh "i" is mostly the preposition "to".
 */
export const FLAG = {
  pronoun: 1,
  firstPerson: 2,
  relation: 4,
  possessive: 8,
  subject: 16,
  firstPersonCy: 32,
  complementiser: 64,
  household: 128,
  reporting: 256,
} as const;

export type ContextName = keyof Lexicon['contexts'];

export interface CompiledEntry {
  readonly id: string;
  readonly locale: SupportedLocale;
  readonly indicators: readonly RiskIndicator[];
  readonly level: Exclude<RiskLevel, 'none'>;
  readonly kind: LexiconEntry['kind'];
  readonly tags: ReadonlySet<EntryTag>;
  readonly reason: string;
  readonly modifiers: Lexicon['modifiers'];
  /** A sign of a tally (`Lexicon['tallies']`): it counts only with signs of other kinds in the message. */
  readonly tally?: TallySign;
}

/** Which tally a sign belongs to, its kind of sign, and how many kinds the tally needs. */
export interface TallySign {
  readonly id: string;
  readonly sign: string;
  readonly atLeast: number;
}

export interface CompiledCombination {
  readonly entry: CompiledEntry;
  readonly parts: number;
  readonly within: LexiconCombination['within'];
}

export type PhraseMeaning =
  | { readonly role: 'risk'; readonly entry: CompiledEntry }
  | { readonly role: 'idiom' }
  | { readonly role: 'negBefore'; readonly window: number; readonly crossesPronoun: boolean }
  | { readonly role: 'negExcept' }
  | { readonly role: 'comboPart'; readonly combination: CompiledCombination; readonly part: number }
  | { readonly role: 'negAfter'; readonly separator: AfterSeparator }
  | { readonly role: 'context'; readonly context: ContextName };

type Slot =
  | { readonly type: 'term'; readonly ids: ReadonlySet<number> }
  | { readonly type: 'gap'; readonly max: number }
  | { readonly type: 'end' };

/** A phrase of one role, its meaning that role's (so a switch on `role` narrows `meaning`). */
interface PhraseOfRole<Role extends PhraseMeaning['role']> {
  readonly uid: number;
  /**
   * `meaning.role`, kept on the phrase too: the meanings of the seven roles are objects of seven shapes, and reading
   * their role for every phrase found was a slow (megamorphic) load; every phrase has the same shape.
   */
  readonly role: Role;
  readonly meaning: Extract<PhraseMeaning, { role: Role }>;
  readonly source: string;
}

export type CompiledPhrase = { [Role in PhraseMeaning['role']]: PhraseOfRole<Role> }[PhraseMeaning['role']];

/** A phrase with its meaning's role beside it (the type cannot see that the two agree; they do by construction). */
function compiledPhrase(uid: number, meaning: PhraseMeaning, source: string): CompiledPhrase {
  return { uid, role: meaning.role, meaning, source } as CompiledPhrase;
}

/**
 * A node of the phrase trie. Phrases that start alike share nodes, so "want to die", "want to be
 * dead" and "want it all to stop" cost one walk over "want to", not one per phrase.
 */
export interface TrieNode {
  readonly id: number;
  /** Term id → the nodes reached by a word with that id. */
  readonly byId: ReadonlyMap<number, readonly TrieNode[]>;
  /**
   * Which ids `byId` holds, by id mod 32, one bit each. Nearly every word tried at a node leads nowhere (about 30
   * look-ups a message find something out of 300), and a word with none of its ids' bits set needs no look-up.
   */
  readonly idBits: number;
  /**
   * The same for a second bit of each id (`mixedIdBit`): an id whose two bits are both set is far likelier to be in
   * `byId`. On train and dev the first bit alone let through 47 look-ups a message, 13 of them finding a child; both
   * let through 24 (a look-up in a node's map is a wait on memory, the test is not).
   */
  readonly mixedIdBits: number;
  /** Up to `max` words of anything, then `next`. */
  readonly gaps: readonly TrieGap[];
  /** Reached when the clause ends here ("$"). */
  end: TrieNode | null;
  /** Phrases that are complete at this node. */
  readonly accepts: CompiledPhrase[];
  /** Build-time only: canonical slot → child, so equal slots share a child. */
  readonly children: ReadonlyMap<string, TrieNode>;
}

/**
 * A gap and the node after it. The matcher tries a gap's node at each place the gap may end, and most of those places
 * hold no word that leads on: what it needs of the node to know that is kept here, so it need not read the node.
 */
export interface TrieGap {
  readonly max: number;
  readonly next: TrieNode;
  /** `next` completes no phrase and has no "$" and no gap: it only leads on by a word. Set when the trie is done. */
  readonly onlyByWord: boolean;
  /** `next.idBits`, set when the trie is done. */
  readonly nextIdBits: number;
}

/** A gap while the trie is built: what it keeps of its node is filled in once every phrase is added. */
interface BuildGap extends TrieGap {
  onlyByWord: boolean;
  nextIdBits: number;
}

/** A node while the trie is built: its maps are its own once it has a child, its lists once they have an item. */
interface BuildNode extends TrieNode {
  byId: Map<number, TrieNode[]>;
  idBits: number;
  mixedIdBits: number;
  gaps: BuildGap[];
  accepts: CompiledPhrase[];
  children: Map<string, BuildNode>;
}

/**
 * The maps of a node with no child yet, shared and never written to (a node gets its own on its
 * first child). Two maps per node were most of the trie's memory, and 4 in 10 nodes are leaves.
 */
const NO_IDS_YET: Map<number, TrieNode[]> = new Map();
const NO_CHILDREN_YET: Map<string, BuildNode> = new Map();
/** Likewise the lists: most nodes have no gap, and 6 in 10 accept no phrase. */
const NO_GAPS_YET: BuildNode['gaps'] = [];
const NO_PHRASES_YET: CompiledPhrase[] = [];

export interface CompiledLexicons {
  readonly tokenizeOptions: TokenizeOptions;
  readonly terms: ReadonlyMap<string, number>;
  /** Other spellings of a term: Welsh mutated forms. */
  readonly surfaces: ReadonlyMap<string, readonly number[]>;
  /** Prefix → prefix-term ids ("suicid" for "suicid*"). */
  readonly prefixes: ReadonlyMap<string, readonly number[]>;
  readonly minPrefix: number;
  readonly maxPrefix: number;
  /** Fuzzy words and their one-letter deletions → term ids. */
  readonly fuzzy: ReadonlyMap<string, readonly number[]>;
  readonly fuzzyTerms: ReadonlySet<number>;
  readonly flags: readonly number[];
  readonly root: TrieNode;
  readonly nodeCount: number;
  readonly phraseCount: number;
  readonly lexicons: ReadonlyMap<SupportedLocale, Lexicon>;
}

type Atom =
  | { kind: 'lit'; word: string }
  | { kind: 'prefix'; word: string }
  | { kind: 'num' }
  | { kind: 'gap'; max: number }
  | { kind: 'end' };
type Option = Array<Atom | { kind: 'terms'; atoms: Atom[] }>;
type OptionPart = Option[number];
/** A slot with the key that identifies it among a node's children. */
interface KeyedSlot {
  readonly slot: Slot;
  readonly key: string;
}

const MAX_VARIANTS = 2000;
/** Mutated forms that are everyday Welsh words ("wn", "nad"): never generated. */
const COLLISIONS = mutationCollisions();
const MIN_PREFIX = 3;
/** Short spellings ("dadi", "isio") are not mutated: their mutated forms are too easily other words. */
const MIN_MUTATED_SPELLING = 5;

function normaliseKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018]/g, '')
    .trim();
}

/** A term id's bit in `TrieNode.idBits`. */
export function idBit(id: number): number {
  return 1 << (id & 31);
}

/** A second bit for the id, from its bits mixed (Fibonacci hashing): for `TrieNode.mixedIdBits`. */
export function mixedIdBit(id: number): number {
  return 1 << (Math.imul(id, 0x9e3779b1) >>> 27);
}

class Builder {
  readonly terms = new Map<string, number>();
  readonly surfaces = new Map<string, number[]>();
  readonly prefixes = new Map<string, number[]>();
  readonly prefixTerms = new Map<string, number>();
  readonly fuzzy = new Map<string, number[]>();
  readonly fuzzyTerms = new Set<number>();
  readonly flags: number[] = [0];
  nodeCount = 0;
  readonly root: BuildNode = this.newNode();
  readonly lexicons = new Map<SupportedLocale, Lexicon>();
  minPrefix = Number.POSITIVE_INFINITY;
  maxPrefix = 0;
  phraseCount = 0;
  private nextId = 1;
  /**
   * Build-time memos: the same words recur across thousands of phrases (class members, shared
   * openings), and each look-up below is a pure function of its key, so it is done once.
   */
  private readonly wordsOf = new Map<string, readonly string[]>();
  private readonly mutatedTerms = new Set<string>();
  private readonly registeredPrefixes = new Set<string>();
  readonly atomsOf = new Map<Lexicon['classes'], Map<string, readonly Atom[][]>>();
  readonly optionsOf = new Map<Lexicon['classes'], Map<string, readonly Option[]>>();
  /** Per `mutate`: the parts of an item's options are shared, so each is made into a slot once. */
  private readonly slotsOf = [new Map<OptionPart, KeyedSlot>(), new Map<OptionPart, KeyedSlot>()];

  constructor(readonly options: TokenizeOptions) {}

  private newId(): number {
    this.flags.push(0);
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }

  private addSurface(surface: string, id: number): void {
    const list = this.surfaces.get(surface);
    if (!list) this.surfaces.set(surface, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  termId(word: string, mutate: boolean): number {
    let id = this.terms.get(word);
    if (id === undefined) {
      id = this.newId();
      this.terms.set(word, id);
    }
    if (mutate && !this.mutatedTerms.has(word)) {
      this.mutatedTerms.add(word);
      const spoken = [southernPlural(word), northernPlural(word)].filter(
        (form): form is string => form !== undefined && !COLLISIONS.has(form),
      );
      for (const form of spoken) this.addSurface(form, id);
      for (const form of [word, ...spoken])
        for (const mutated of welshMutations(form)) if (!COLLISIONS.has(mutated)) this.addSurface(mutated, id);
    }
    return id;
  }

  prefixId(prefix: string, mutate: boolean, source: string): number {
    if (prefix.length < MIN_PREFIX)
      throw new Error(`"${source}": a prefix needs at least ${MIN_PREFIX} letters before *`);
    let id = this.prefixTerms.get(prefix);
    if (id === undefined) {
      id = this.newId();
      this.prefixTerms.set(prefix, id);
    }
    // Registering a form twice changes nothing, so each prefix's forms are registered once.
    const key = mutate ? `m:${prefix}` : prefix;
    if (this.registeredPrefixes.has(key)) return id;
    this.registeredPrefixes.add(key);
    const forms = mutate ? [prefix, ...welshMutations(prefix).filter((form) => !COLLISIONS.has(form))] : [prefix];
    for (const form of forms) {
      const list = this.prefixes.get(form);
      if (!list) this.prefixes.set(form, [id]);
      else if (!list.includes(id)) list.push(id);
      this.minPrefix = Math.min(this.minPrefix, form.length);
      this.maxPrefix = Math.max(this.maxPrefix, form.length);
    }
    return id;
  }

  addFuzzy(word: string): void {
    const id = this.termId(word, false);
    this.fuzzyTerms.add(id);
    const keys = new Set([word]);
    for (let i = 0; i < word.length; i += 1) keys.add(word.slice(0, i) + word.slice(i + 1));
    for (const key of keys) {
      const list = this.fuzzy.get(key);
      if (!list) this.fuzzy.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }

  /** Words as the matcher sees them: the same normalisation as text. */
  words(text: string): readonly string[] {
    // The options are complete before the builder exists: these forms are the forms every message is read with.
    let forms = this.wordsOf.get(text);
    if (!forms) {
      forms = tokenize(text, this.options).map((token) => token.form);
      this.wordsOf.set(text, forms);
    }
    return forms;
  }

  flagWords(words: readonly string[], flag: number, mutate: boolean): void {
    for (const word of words) {
      for (const form of this.words(word)) {
        const id = this.termId(form, mutate);
        this.flags[id] |= flag;
      }
    }
  }

  addPhrase(source: string, meaning: PhraseMeaning, classes: Lexicon['classes'], mutate: boolean): void {
    this.addVariants(expand(source, classes, this), 0, this.root, undefined, undefined, { source, meaning, mutate });
  }

  /**
   * Walks every variant of a phrase down the trie, the options of one item at a time, in the order the variants
   * were once listed (so node ids and phrase uids stay the same): variants that share their first items share that
   * walk, and no variant is ever built as a list. `first` and `last` are the variant's slots so far.
   */
  private addVariants(
    items: readonly (readonly Option[])[],
    index: number,
    node: BuildNode,
    first: Slot | undefined,
    last: Slot | undefined,
    phrase: { readonly source: string; readonly meaning: PhraseMeaning; readonly mutate: boolean },
  ): void {
    const { source, meaning, mutate } = phrase;
    if (index === items.length) {
      // Every item left out ("[a] [b]" without either) is no phrase at all.
      if (first === undefined || last === undefined) return;
      if (first.type !== 'term') throw new Error(`"${source}": a phrase must start with a word`);
      if (last.type === 'gap') throw new Error(`"${source}": a phrase cannot end with ~N`);
      const accepted = compiledPhrase(this.phraseCount, meaning, source);
      if (node.accepts === NO_PHRASES_YET) node.accepts = [accepted];
      else node.accepts.push(accepted);
      this.phraseCount += 1;
      return;
    }
    for (const option of items[index]) {
      let at = node;
      let optionFirst = first;
      let optionLast = last;
      for (const part of option) {
        const { slot, key } = this.keyedSlot(part, mutate, source);
        at = this.child(at, slot, key);
        optionFirst ??= slot;
        optionLast = slot;
      }
      this.addVariants(items, index + 1, at, optionFirst, optionLast, phrase);
    }
  }

  private newNode(): BuildNode {
    const node: BuildNode = {
      id: this.nodeCount,
      byId: NO_IDS_YET,
      idBits: 0,
      mixedIdBits: 0,
      gaps: NO_GAPS_YET,
      end: null,
      accepts: NO_PHRASES_YET,
      children: NO_CHILDREN_YET,
    };
    this.nodeCount += 1;
    return node;
  }

  private child(node: BuildNode, slot: Slot, key: string): BuildNode {
    const existing = node.children.get(key);
    if (existing) return existing;
    const next = this.newNode();
    if (node.children === NO_CHILDREN_YET) node.children = new Map();
    node.children.set(key, next);
    if (slot.type === 'term') {
      if (node.byId === NO_IDS_YET) node.byId = new Map();
      for (const id of slot.ids) {
        node.idBits |= idBit(id);
        node.mixedIdBits |= mixedIdBit(id);
        const list = node.byId.get(id);
        if (list) list.push(next);
        else node.byId.set(id, [next]);
      }
    } else if (slot.type === 'gap') {
      if (node.gaps === NO_GAPS_YET) node.gaps = [];
      node.gaps.push({ max: slot.max, next, onlyByWord: false, nextIdBits: 0 });
    } else node.end = next;
    return next;
  }

  /** Fills in what each gap keeps of its node, once the trie has every phrase (a node gains children as they come). */
  finishGaps(): void {
    const pending: BuildNode[] = [this.root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      for (const gap of node.gaps) {
        const next = gap.next;
        gap.onlyByWord = next.accepts.length === 0 && next.end === null && next.gaps.length === 0;
        gap.nextIdBits = next.idBits;
      }
      for (const child of node.children.values()) pending.push(child);
    }
  }

  private atomId(atom: Atom, mutate: boolean, source: string): number {
    if (atom.kind === 'num') return NUM_ID;
    if (atom.kind === 'prefix') return this.prefixId(atom.word, mutate, source);
    if (atom.kind === 'lit') return this.termId(atom.word, mutate);
    throw new Error(`"${source}": ~N and $ cannot be alternatives`);
  }

  /**
   * The same part met again gives the same slot: its words already have their ids and spellings
   * (registering a word twice changes nothing), so only the first meeting does that work.
   */
  private keyedSlot(atom: OptionPart, mutate: boolean, source: string): KeyedSlot {
    const known = this.slotsOf[mutate ? 1 : 0];
    let keyed = known.get(atom);
    if (!keyed) {
      const slot = this.slot(atom, mutate, source);
      const key =
        slot.type === 'term'
          ? `t:${[...slot.ids].sort((a, b) => a - b).join(',')}`
          : slot.type === 'gap'
            ? `g:${slot.max}`
            : 'e';
      keyed = { slot, key };
      known.set(atom, keyed);
    }
    return keyed;
  }

  private slot(atom: OptionPart, mutate: boolean, source: string): Slot {
    if (atom.kind === 'gap') return { type: 'gap', max: atom.max };
    if (atom.kind === 'end') return { type: 'end' };
    const atoms = atom.kind === 'terms' ? atom.atoms : [atom];
    return { type: 'term', ids: new Set(atoms.map((one) => this.atomId(one, mutate, source))) };
  }
}

/**
 * One alternative of a phrase as atoms. "_" joins words into one alternative ("right_now|tonight"),
 * and a hyphen splits like text does: "self-harm*" → self, harm*.
 */
function wordAtoms(word: string, builder: Builder, source: string): Atom[] {
  if (word === '#num') return [{ kind: 'num' }];
  const isPrefix = word.endsWith('*');
  const forms = builder.words((isPrefix ? word.slice(0, -1) : word).replace(/_/g, ' '));
  if (forms.length === 0) throw new Error(`"${source}": "${word}" has no letters`);
  return forms.map((form, index) =>
    isPrefix && index === forms.length - 1 ? { kind: 'prefix', word: form } : { kind: 'lit', word: form },
  );
}

function alternativeAtoms(
  alternative: string,
  classes: Lexicon['classes'],
  builder: Builder,
  source: string,
): readonly Atom[][] {
  // Atoms are never changed once made, and an alternative always expands alike within one lexicon.
  return perLexicon(builder.atomsOf, classes, alternative, () =>
    freshAlternativeAtoms(alternative, classes, builder, source),
  );
}

function freshAlternativeAtoms(
  alternative: string,
  classes: Lexicon['classes'],
  builder: Builder,
  source: string,
): Atom[][] {
  if (alternative.startsWith('@')) {
    const members = classes[alternative.slice(1)];
    if (!members) throw new Error(`"${source}": no class named ${alternative}`);
    return members.map((member) => member.split(/\s+/).flatMap((word) => wordAtoms(word, builder, source)));
  }
  return [wordAtoms(alternative, builder, source)];
}

/**
 * A phrase's items, each as its options (alternatives, optional parts and classes expanded into plain sequences
 * of atoms); its variants are every choice of one option per item, and there may be at most MAX_VARIANTS.
 */
function expand(source: string, classes: Lexicon['classes'], builder: Builder): Array<readonly Option[]> {
  const items: Array<readonly Option[]> = [];
  let variants = 1;
  for (const item of source.trim().split(/\s+/)) {
    const options = itemOptions(item, classes, builder, source);
    variants *= options.length;
    if (variants > MAX_VARIANTS) throw new Error(`"${source}": expands to more than ${MAX_VARIANTS} phrases; split it`);
    items.push(options);
  }
  return items;
}

/**
 * The options of one item of a phrase. The same item recurs across many phrases of a lexicon, and
 * its options are never changed once made, so they are made once per lexicon (its classes).
 */
function itemOptions(item: string, classes: Lexicon['classes'], builder: Builder, source: string): readonly Option[] {
  return perLexicon(builder.optionsOf, classes, item, () => freshItemOptions(item, classes, builder, source));
}

/** A value made once per lexicon (keyed by its classes) and key, then shared: `make` is pure for both. */
function perLexicon<T>(
  memo: Map<Lexicon['classes'], Map<string, T>>,
  classes: Lexicon['classes'],
  key: string,
  make: () => T,
): T {
  let known = memo.get(classes);
  if (!known) {
    known = new Map();
    memo.set(classes, known);
  }
  let value = known.get(key);
  if (value === undefined) {
    value = make();
    known.set(key, value);
  }
  return value;
}

/** The longest gap a phrase may have ("~8"); the matcher's quick test of a start looks this far ahead. */
export const MAX_GAP_WORDS = 8;

function freshItemOptions(item: string, classes: Lexicon['classes'], builder: Builder, source: string): Option[] {
  const gap = /^~(\d+)$/.exec(item);
  if (gap) {
    const max = Number(gap[1]);
    // "~10" would otherwise be read as a literal word and the phrase would silently never match.
    if (max < 1 || max > MAX_GAP_WORDS) throw new Error(`"${source}": a gap is ~1 to ~${MAX_GAP_WORDS}, not "${item}"`);
    return [[{ kind: 'gap', max }]];
  }
  if (item === '$') return [[{ kind: 'end' }]];
  const optional = item.startsWith('[') && item.endsWith(']');
  const group = optional ? item.slice(1, -1) : item;
  if (group.length === 0 || /[[\]]/.test(group)) throw new Error(`"${source}": bad item "${item}"`);
  const singles: Atom[] = [];
  const options: Option[] = [];
  for (const alternative of group.split('|')) {
    if (alternative.length === 0) throw new Error(`"${source}": empty alternative in "${item}"`);
    if (alternative === '$') {
      options.push([{ kind: 'end' }]);
      continue;
    }
    for (const atoms of alternativeAtoms(alternative, classes, builder, source)) {
      if (atoms.length === 1) singles.push(atoms[0]);
      else options.push(atoms);
    }
  }
  if (singles.length > 0) options.unshift([{ kind: 'terms', atoms: singles }]);
  if (optional) options.push([]);
  return options;
}

function mergeSpellings(lexicons: readonly Lexicon[]): Map<string, readonly string[]> {
  const raw = new Map<string, { value: string; locale: string }>();
  for (const lexicon of lexicons) {
    for (const [key, value] of Object.entries(lexicon.spellings)) {
      const normal = normaliseKey(key);
      const existing = raw.get(normal);
      if (existing && existing.value !== value) {
        throw new Error(
          `spelling "${key}" means "${existing.value}" in ${existing.locale} but "${value}" in ${lexicon.locale}`,
        );
      }
      raw.set(normal, { value, locale: lexicon.locale });
    }
  }
  // A Welsh colloquial or borrowed verb mutates like any other ("ei fangio" is "bangio"), so its
  // mutated forms are spelled the same way, unless that form is a spelling of its own or a collision.
  for (const lexicon of lexicons) {
    if (!lexicon.mutations) continue;
    for (const [key, value] of Object.entries(lexicon.spellings)) {
      const normal = normaliseKey(key);
      if (normal.length < MIN_MUTATED_SPELLING) continue;
      for (const form of welshMutations(normal))
        if (form.length >= MIN_MUTATED_SPELLING && !raw.has(form) && !COLLISIONS.has(form))
          raw.set(form, { value, locale: lexicon.locale });
    }
  }
  const plain: TokenizeOptions = { spellings: new Map(), clitics: new Map(), clauseBreakers: new Set() };
  const spellings = new Map<string, readonly string[]>();
  for (const [key, { value }] of raw)
    spellings.set(
      key,
      tokenize(value, plain).map((token) => token.form),
    );
  return spellings;
}

function compileEntry(entry: LexiconEntry | LexiconCombination | LexiconTally, lexicon: Lexicon): CompiledEntry {
  return {
    id: entry.id,
    locale: lexicon.locale,
    indicators: entry.indicators,
    level: entry.level,
    kind: entry.kind,
    tags: new Set(entry.tags ?? []),
    reason: entry.reason,
    modifiers: lexicon.modifiers,
  };
}

/**
 * The southern spoken plural: "-au" said and written "-e", "-iau" as "-ie" ("toriadau" → "toriade",
 * "breichiau" → "breichie", "coesau" → "coese"). Short words are left alone ("iau" is Thursday,
 * "ie" is yes).
 */
export function southernPlural(word: string): string | undefined {
  if (word.length >= 6 && word.endsWith('iau')) return `${word.slice(0, -3)}ie`;
  if (word.length >= 5 && word.endsWith('au')) return `${word.slice(0, -2)}e`;
  return undefined;
}

/**
 * The northern spoken plural: "-au" said and written "-a", "-iau" as "-ia" ("cleisiau" → "cleisia",
 * "breichiau" → "breichia", "coesau" → "coesa"), with the same length limits as the southern one.
 */
export function northernPlural(word: string): string | undefined {
  if (word.length >= 6 && word.endsWith('iau')) return `${word.slice(0, -3)}ia`;
  if (word.length >= 5 && word.endsWith('au')) return `${word.slice(0, -2)}a`;
  return undefined;
}

/** Compiles lexicons; the first is the preferred language for reasons when two match the same words. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const clitics = new Map<string, string>();
  for (const lexicon of lexicons)
    for (const [suffix, word] of Object.entries(lexicon.clitics ?? {})) clitics.set(suffix, normaliseKey(word));
  const spellings = mergeSpellings(lexicons);
  // Clause breakers change clause numbers, never forms: their forms are read with options that have none, so the
  // options every message is read with are complete before any word is read with them (a word entry keeps what its
  // options said when it was made).
  const formsOnly: TokenizeOptions = { spellings, clitics, clauseBreakers: new Set() };
  const clauseBreakers = new Set<string>();
  for (const lexicon of lexicons)
    for (const word of lexicon.words.clauseBreakers)
      for (const token of tokenize(word, formsOnly)) clauseBreakers.add(token.form);
  const options: TokenizeOptions = { spellings, clitics, clauseBreakers };
  const builder = new Builder(options);

  for (const lexicon of lexicons) {
    if (builder.lexicons.has(lexicon.locale)) throw new Error(`two lexicons for ${lexicon.locale}`);
    builder.lexicons.set(lexicon.locale, lexicon);
    const mutate = lexicon.mutations;
    const { classes } = lexicon;
    builder.flagWords(lexicon.words.pronouns, FLAG.pronoun, mutate);
    builder.flagWords(
      lexicon.words.firstPerson,
      lexicon.locale === 'cy' ? FLAG.firstPersonCy : FLAG.firstPerson,
      mutate,
    );
    builder.flagWords(lexicon.words.relations, FLAG.relation, mutate);
    builder.flagWords(lexicon.words.possessivePronouns, FLAG.possessive, mutate);
    builder.flagWords(lexicon.words.subjects, FLAG.subject, mutate);
    builder.flagWords(lexicon.words.complementisers ?? [], FLAG.complementiser, mutate);
    builder.flagWords(lexicon.words.household ?? [], FLAG.household, mutate);
    builder.flagWords(lexicon.words.reportingVerbs ?? [], FLAG.reporting, mutate);
    for (const word of lexicon.fuzzy) builder.addFuzzy(normaliseKey(word));
    const seen = new Set<string>();
    for (const entry of lexicon.entries) {
      if (seen.has(entry.id)) throw new Error(`${lexicon.locale}: entry id ${entry.id} is used twice`);
      seen.add(entry.id);
      const compiled = compileEntry(entry, lexicon);
      for (const phrase of entry.phrases) builder.addPhrase(phrase, { role: 'risk', entry: compiled }, classes, mutate);
    }
    for (const combination of lexicon.combinations) {
      if (seen.has(combination.id)) throw new Error(`${lexicon.locale}: entry id ${combination.id} is used twice`);
      seen.add(combination.id);
      const compiled: CompiledCombination = {
        entry: compileEntry(combination, lexicon),
        parts: combination.all.length,
        within: combination.within,
      };
      combination.all.forEach((part, index) => {
        if (/\s/.test(part.trim()))
          throw new Error(`${combination.id}: a part is one item (join words with _): "${part}"`);
        builder.addPhrase(part, { role: 'comboPart', combination: compiled, part: index }, classes, mutate);
      });
    }
    for (const tally of lexicon.tallies ?? []) {
      if (seen.has(tally.id)) throw new Error(`${lexicon.locale}: entry id ${tally.id} is used twice`);
      seen.add(tally.id);
      const signs = Object.entries(tally.signs);
      if (signs.length < tally.atLeast)
        throw new Error(`${tally.id}: needs ${tally.atLeast} kinds of sign but lists ${signs.length}`);
      for (const [sign, phrases] of signs) {
        const entry: CompiledEntry = {
          ...compileEntry(tally, lexicon),
          // Each kind of sign is its own rule ("neglect.signs-together.hunger"), so a reading quotes every kind.
          id: `${tally.id}.${sign}`,
          tally: { id: tally.id, sign, atLeast: tally.atLeast },
        };
        for (const phrase of phrases) builder.addPhrase(phrase, { role: 'risk', entry }, classes, mutate);
      }
    }
    for (const phrase of lexicon.idioms) builder.addPhrase(phrase, { role: 'idiom' }, classes, mutate);
    for (const group of lexicon.negation.before) {
      const meaning: PhraseMeaning = {
        role: 'negBefore',
        window: group.window,
        crossesPronoun: group.crossesPronoun ?? false,
      };
      for (const phrase of group.phrases) builder.addPhrase(phrase, meaning, classes, mutate);
    }
    for (const phrase of lexicon.negation.except) builder.addPhrase(phrase, { role: 'negExcept' }, classes, mutate);
    for (const group of lexicon.negation.after) {
      const meaning: PhraseMeaning = { role: 'negAfter', separator: group.separator };
      for (const phrase of group.phrases) builder.addPhrase(phrase, meaning, classes, mutate);
    }
    for (const [context, phrases] of Object.entries(lexicon.contexts) as Array<[ContextName, string[]]>) {
      for (const phrase of phrases) builder.addPhrase(phrase, { role: 'context', context }, classes, mutate);
    }
  }
  builder.finishGaps();
  return {
    tokenizeOptions: options,
    terms: builder.terms,
    surfaces: builder.surfaces,
    prefixes: builder.prefixes,
    minPrefix: Number.isFinite(builder.minPrefix) ? builder.minPrefix : MIN_PREFIX,
    maxPrefix: builder.maxPrefix,
    fuzzy: builder.fuzzy,
    fuzzyTerms: builder.fuzzyTerms,
    flags: builder.flags,
    root: builder.root,
    nodeCount: builder.nodeCount,
    phraseCount: builder.phraseCount,
    lexicons: builder.lexicons,
  };
}
