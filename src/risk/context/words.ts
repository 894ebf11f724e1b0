/**
 * The word sets the context reader reads by (data, one list a purpose): the words that say a quoted word is what
 * it was, who a gloss may name, a thing held or shared, a pet beside, a writer who did it.
 */
import { type ContextName, FLAG } from '../compile';
import type { SupportedLocale } from '../../i18n/locale';

/** Words that name a hurt as done to oneself, which an accident told before it does not explain. */
export const REFLEXIVE_WORDS: ReadonlySet<string> = new Set([
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
/** Words that put what follows inside a story named before them ("…, where Lennie is shot"; "lle mae"). */
export const STORY_WHERE: ReadonlySet<string> = new Set(['where', 'lle']);
/** Words after a lesson word that make it a thing a child carries, not a lesson ("book bag", s27-A). */
export const CARRIED_AFTER_LESSON_WORD: ReadonlySet<string> = new Set(['bag', 'bags', 'bookbag']);

/** A word that names a person: a pronoun, a subject, I or we, a relation or someone in the household. */
export const PERSON_FLAGS =
  FLAG.pronoun | FLAG.subject | FLAG.firstPerson | FLAG.firstPersonCy | FLAG.relation | FLAG.household;

/** A relation, someone in the household or a subject ("he", "she"): a gloss that names one names who, not what. */
export const GLOSS_PERSON_FLAGS = FLAG.subject | FLAG.relation | FLAG.household;

/** The words around an alarm's own word quoted again to say what it was: "the 'roof' is…" (s25-C). */
export const REQUOTE_BEFORE: ReadonlySet<string> = new Set([
  'the',
  'that',
  'this',
  'his',
  'her',
  'their',
  'our',
  'my',
  'all',
]);
export const REQUOTE_AFTER: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'are',
  'means',
  'meant',
  'turned',
  'turns',
]);
export const REQUOTE_NOT_WHAT: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'under',
  'inside',
  'behind',
  'by',
  'with',
  'still',
  'real',
  'really',
  'definitely',
  'not',
  'very',
  'so',
  'there',
  'here',
  'his',
  'her',
  'their',
  'hers',
  'dads',
  'mums',
]);

/** Words between a lost thing and an initial that make the initial no owner of it: a particle, a joining word. */
export const THING_OWNER_BREAKS: ReadonlySet<string> = new Set([
  'yn',
  'wedi',
  'di',
  'a',
  'ac',
  'ond',
  'neu',
  'efo',
  'gyda',
  'i',
  'o',
]);

/** Words that tell of something that happened during a game, not what the game was (s26-H). */
export const PLAY_INTERRUPTED: ReadonlySet<string> = new Set([
  'when',
  'while',
  'whilst',
  'until',
  'till',
  'suddenly',
  'then',
]);

/**
 * Words just before a generic explanation that make it a question or someone's claim, not the writer's word (s28-X):
 * "asked if she was ok", "mum insists she's fine", "gofyn os oedd hi'n iawn", "mam yn mynnu bod hi'n iawn", "gweud bod
 * e'n iawn" (Welsh has no `claimedBy` words).
 */
export const ASKED_OR_CLAIMED: ReadonlySet<string> = new Set([
  'if',
  'whether',
  'asked',
  'ask',
  'insists',
  'insisted',
  'claims',
  'claimed',
  'reckons',
  'os',
  'holi',
  'gofyn',
  'mynnu',
  'honni',
  'dweud',
  'deud',
  'gweud',
  'medde',
  'meddai',
  'medda',
]);

/** Words that say what someone will do (s26-H): "dad will go mad", "bydd dad yn…", "mam yn mynd i…". */
export const WILL_DO: ReadonlySet<string> = new Set([
  'will',
  'll',
  'gonna',
  'going',
  'would',
  'bydd',
  'fydd',
  'neith',
  'wneith',
  'mynd',
]);

/** What a gloss after a quoted alarm may say it was: play, a meaning, a trivial cause, a harmless thing (s24-A). */
export const GLOSS_EXPLAINS: ReadonlySet<ContextName> = new Set<ContextName>([
  'glossCause',
  'identifiedPlay',
  'identifiedMeaning',
  'trivialCause',
  'identifiedHarmless',
  // A small cut or a graze, a plaster ("'nes i cutio fy hun!' – … crafiad bach ar ei bys"), s25-E.
  'identifiedMinor',
]);

/** Relations a gloss may name and still explain a child's words: a friend, a sibling, a pet, a character. */
export const GLOSS_PEERS: ReadonlySet<string> = new Set([
  'friend',
  'friends',
  'mate',
  'mates',
  'bestie',
  'bff',
  'classmate',
  'classmates',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'bro',
  'sis',
  'cousin',
  'cousins',
  'peer',
  'peers',
  'character',
  'characters',
  'dog',
  'cat',
  'hamster',
  'pet',
  // Welsh (s25-E): a friend, a brother or sister, a cousin, a pet, with their mutations.
  'ffrind',
  'ffrindiau',
  'ffrindia',
  'ffrindie',
  'mêt',
  'mets',
  'brawd',
  'frawd',
  'mrawd',
  'chwaer',
  'brodyr',
  'frodyr',
  'chwiorydd',
  'cefnder',
  'gefnder',
  'cyfnither',
  'gyfnither',
  'ci',
  'gi',
  'cath',
  'gath',
]);

/** Welsh third-person pronouns that may stand for a thing: masculine and feminine nouns alike. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['e', 'fe', 'fo', 'o', 'hi', 'nhw', 'ef']);

/**
 * A share of a set before a pronoun ("hanner nhw", "rhai ohonyn nhw"): the pronoun counts what the sentence has
 * just named, so a thing named earlier in its sentence is what went missing ("Angen mwy o glipiau, ma' hanner nhw
 * ar goll").
 */
export const PARTITIVES: ReadonlySet<string> = new Set([
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

/** English words that may open another doer's clause before a missing phrase: "took the money and went missing". */
export const ENGLISH_NEW_CLAUSE: ReadonlySet<string> = new Set([
  'and',
  'then',
  'so',
  'after',
  'when',
  'because',
  'cos',
  'while',
]);

/** English words that make the thing after them an object, worn or taken: "in the blue coat", "took her phone". */
export const ENGLISH_THING_HELD: ReadonlySet<string> = new Set([
  'in',
  'with',
  'wearing',
  'carrying',
  'holding',
  'walking',
  'took',
  'taken',
  'taking',
  'lost',
  'left',
  'dropped',
  'grabbed',
  'has',
  'had',
]);

/** English words that put a pet beside a person as a description: "the lad with the dog", "walking her dog". */
export const ENGLISH_PET_BESIDE: ReadonlySet<string> = new Set([
  'with',
  'walking',
  'walks',
  'walked',
  'carrying',
  'holding',
]);

/** The writer as the doer of an act, by language: "so I drove them home", "we drove her"; Welsh "fi" ("i" is "to"). */
export const WRITER_DOERS: Readonly<Record<SupportedLocale, ReadonlySet<string>>> = {
  'en-GB': new Set(['i', 'we']),
  cy: new Set(['fi']),
};

/** English possessives: before a thing they name its owner, not who went missing ("his name in it"). */
export const ENGLISH_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** What may open an English sentence before a missing phrase and point back at a thing asked after: "mine's gone". */
export const ENGLISH_POINTS_BACK: ReadonlySet<string> = new Set([
  'mine',
  'mines',
  'it',
  'its',
  's',
  'has',
  'is',
  'was',
  'been',
  'just',
]);

/** A school year named after a child's initial ("E Bl 2"). */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['bl', 'blwyddyn']);

/** A letter alone that is no Welsh word: a child's initial ("tedi T", "Mae L ar goll"). */
export function isInitial(form: string): boolean {
  return form.length === 1 && !'aiyow'.includes(form);
}
