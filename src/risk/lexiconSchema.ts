/**
 * The shape of a risk lexicon (locales/<lng>/risk-lexicon.json): data a safeguarding lead can edit
 * and review as a diff. The phrase syntax is documented in src/risk/README.md.
 */
import { z } from 'zod';
import { RISK_INDICATORS, RISK_LEVELS } from './types';
import { SUPPORTED_LOCALES } from '../i18n/locale';

const phrase = z.string().trim().min(1).max(600);
const phrases = z.array(phrase);
const word = z.string().trim().min(1).max(60);

export const ENTRY_KINDS = ['personal', 'topic', 'contextual'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * intent: says they will act; travel: travel for FGM or marriage; unsafe-now: somewhere unsafe that
 * may be now; danger-to-subject: the danger is to whoever the phrase is about (an overdose), so a
 * past one about someone else is contextual, not a 999 call about this child; ask: a weak signal —
 * below urgent, the bot asks its direct safety question ("Is anyone in danger right now?"); bleeding: blood seen,
 * which a later "it was fake blood" or "it's a grazed knee" (`contexts.identifiedMinor`) can say what it was; ongoing:
 * the phrase itself says the danger is not over ("mum is on the floor, not moving"), so it is now, whoever it is about;
 * unknown-adult: the risk is that an adult near the child may be a stranger ("a man at the gate asking for her"), which
 * a later "it's her uncle, on the approved list" (`contexts.identifiedKnown`) can say who it was;
 * together (a combination): an idiom that explains one part alone does not explain the parts together (a faint in the
 * heat is ordinary, not eating and a faint in the heat is still an eating sign);
 * ordinary-cause: a body sign or a saying that an everyday cause named in its sentence, the one before or the one
 * after explains (`contexts.ordinaryCause`: a faint at a jab, in the heat, after standing too long; not drinking for
 * the toilet; a child "getting married" at a parent's wedding);
 * everyday-event: an ordinary event the learned reader over-reads (a death in a friend's family), which the phrase
 * reads at its own level, so its sentence holds the learned reader at concern (combineLearned.ts);
 * threat: words that threaten harm ("mam yn mynd i'n lladd i", "I'm gonna kill him"), not an act, so laughter or a
 * shared groan named with them makes them a concern on the record, as joking talk of suicide is (policy.ts);
 * single-words: a disclosure told one word at a time, on a symbols board or in signs ("'dad' 'hurt' 'head'"): the
 * phrase counts only when each of its words is written apart in quotes, so a note's "dad hurt his head" is not it;
 * first-aid: a medical emergency first aid can end (choking, not breathing, bleeding), which a later "it came out
 * straight away, he was fine" (`contexts.recovered`) can say is over, with the child well (s23-B);
 * one-doer (a combination): its first two parts are one person's ("drunk" and "drove"): a person named before each
 * part in its clause, two different people ("Mum was drunk so nan drove the kids home"), is not it (s24-E); an act
 * over once told: a now-cue in the sentence before or after raises it only when its own sentence names no earlier time
 * ("yesterday", "this morning"), since the drive told last week is not happening now.
 */
export const ENTRY_TAGS = [
  'intent',
  'travel',
  'unsafe-now',
  'danger-to-subject',
  'ask',
  'bleeding',
  'ongoing',
  'unknown-adult',
  'together',
  'ordinary-cause',
  'everyday-event',
  'threat',
  'explosive',
  'single-words',
  'first-aid',
  'one-doer',
  // s24-G: an alarm an everyday explanation may clear (`EVERYDAY_EXPLAINS` in policy.ts says which context does).
  'photo-taken',
  'given-tablets',
  'secret-kept',
  'screaming-heard',
  // s25-D: "going country" said of a family trip (`familyTrip`); a wedding of play or an adult's (`everydayWedding`).
  'country-trip',
  'wedding-said',
  // s25-A: a danger only while it lasts: told in a sentence naming an earlier time, it is urgent, not immediate.
  'while-it-lasts',
  // s25-F: a goodbye ("I won't be here by …, sorry everyone") said with an everyday absence (a holiday, the dentist).
  'absence-said',
  // s26-H: a stab or a shot said of the child, which a school point and a minor injury said with it may explain.
  'stab-said',
  // s27-F: a dose taken (an overdose, "poison") that a scare-quoted gloss may say was an everyday thing
  // (`harmlessDose`).
  'dose-said',
  // s26-H: a `one-doer` rule whose first part is the person who does the second ("the TA" … "messaged").
  'person-first',
] as const;
export type EntryTag = (typeof ENTRY_TAGS)[number];

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lowercase words joined by dots or hyphens'),
  indicators: z.array(z.enum(RISK_INDICATORS)),
  level: z.enum(RISK_LEVELS).exclude(['none']),
  /**
   * personal: about someone's own state or acts; topic: the subject named bare; contextual: about someone else by
   * nature.
   */
  kind: z.enum(ENTRY_KINDS),
  tags: z.array(z.enum(ENTRY_TAGS)).optional(),
  reason: z.string().trim().min(1).max(200),
  phrases: phrases.min(1),
});
export type LexiconEntry = z.infer<typeof entrySchema>;

/** What every reading entry says of itself: combinations and tallies add how their phrases are found. */
const entryHeadSchema = entrySchema.omit({ phrases: true });

const combinationSchema = entryHeadSchema.extend({
  /** Where all parts must appear together; `pair` is one sentence and the next. */
  within: z.enum(['clause', 'sentence', 'pair']),
  /** Each part is one phrase item: alternatives, classes and "_"-joined words ("@violence|threw_at"). */
  all: z.array(phrase).min(2).max(4),
});
export type LexiconCombination = z.infer<typeof combinationSchema>;

/**
 * Signs of one kind of harm that add up across a whole message (s23-D): each `signs` list is one kind of sign (hunger,
 * clothes, hygiene…), and a message where signs of at least `atLeast` different kinds are read (each in its own
 * context: a sign denied, in a story or about someone else does not count) is read at `level`, quoting every sign.
 * One sign alone, or many of one kind, adds nothing here.
 */
const tallySchema = entryHeadSchema.extend({
  /** How many different kinds of sign must be read in the message. */
  atLeast: z.number().int().min(2).max(8),
  /** Kind of sign → its phrases. */
  signs: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), phrases.min(1)),
});
export type LexiconTally = z.infer<typeof tallySchema>;

const negationBeforeSchema = z.strictObject({
  /** How many words may stand between the cue and the phrase it negates. */
  window: z.number().int().min(0).max(8),
  /** Whether the cue reaches past a pronoun ("denies that she wants to die"); plain "not" does not. */
  crossesPronoun: z.boolean().optional(),
  phrases: phrases.min(1),
});

export const AFTER_SEPARATORS = ['word', 'punctuation', 'clause'] as const;
export type AfterSeparator = (typeof AFTER_SEPARATORS)[number];

const negationAfterSchema = z.strictObject({
  /**
   * What may stand between the phrase and the cue: "word" only a space ("self-harm denied");
   * "punctuation" a colon, dash or question mark ("Self-harm: none", "Thoughts of suicide? No.");
   * "clause" also a comma ("asked about self-harm, she said no").
   */
  separator: z.enum(AFTER_SEPARATORS),
  phrases: phrases.min(1),
});

const answerReasons = z.record(z.string(), z.record(z.string(), z.string().trim().min(1).max(200)));

export const lexiconSchema = z.strictObject({
  locale: z.enum(SUPPORTED_LOCALES),
  version: z.number().int().min(1),
  description: z.string().optional(),
  /** Named word lists used in phrases as @name. */
  classes: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(phrase).min(1)),
  /** Spellings folded before matching, in text and in phrases alike: "wanna" → "want to". */
  spellings: z.record(z.string(), z.string().trim().min(1)),
  /** Clitics split off after an apostrophe (Welsh "hi'n" → "hi yn"). */
  clitics: z.record(z.string().regex(/^[a-z]{1,2}$/), word).optional(),
  /** Generate Welsh initial mutations (soft, nasal, aspirate, h-) of every word in this lexicon. */
  mutations: z.boolean(),
  /** Long, distinctive words where a one-letter slip is still read as the word ("suicde"). */
  fuzzy: z.array(z.string().regex(/^[a-z\u00c0-\u024f]{7,}$/, 'fuzzy words are single words of at least 7 letters')),
  entries: z.array(entrySchema).min(1),
  /**
   * Co-occurrence rules, read like a DSL reads: an adult, a violent act and the child in one clause
   * is a disclosure of physical abuse however it is worded. They only add what phrases missed.
   */
  combinations: z.array(combinationSchema),
  /** Signs of one kind of harm counted across the whole message by their kinds (optional, s23-D). */
  tallies: z.array(tallySchema).optional(),
  /** Idioms: a risk phrase overlapping one is not a risk ("this homework is killing me"). */
  idioms: phrases,
  negation: z.strictObject({
    before: z.array(negationBeforeSchema),
    after: z.array(negationAfterSchema),
    /** Word groups that contain a cue but do not negate ("no longer", "no one", "not only"). */
    except: phrases,
  }),
  contexts: z.strictObject({
    /** Lessons, books, training: a bare topic mentioned in the same sentence is not a risk. */
    curriculum: phrases,
    /** A professional's general question ("how do I talk about…"): a bare topic is not a risk. */
    generalQuestion: phrases,
    /** Marks the past anywhere in the sentence ("years ago", "used to"). */
    history: phrases,
    /** Marks the past only after the phrase ("self-harmed in year 7"). */
    historyAfter: phrases,
    /** Says it stopped; read in the sentence and the next ("Nothing since."). */
    resolution: phrases,
    /** Says it is happening now; it cancels history ("started again", "last night"). */
    recency: phrases,
    /** An accident, not harm ("by accident"). */
    accident: phrases,
    /**
     * An accident happening ("had an accident", "fell off", "cwympodd", "damwain"), not a sport or a place: told in the
     * clause just before a hurt that opens the next clause, it explains the hurt ("damwain ar ei feic, crafu'i
     * freichiau"). A sport word is not enough there ("changing for football, fresh cuts on his thighs").
     */
    accidentEvent: phrases.optional(),
    /**
     * A weapon used on someone ("pointed it at mum", "held it to his throat"): a trade or an innocent kind said nearby
     * explains having a weapon, never using it on someone.
     */
    usedOnSomeone: phrases.optional(),
    /**
     * A weapon on a person or in their bag, at school or in the street ("in his bag", "in her pocket", "on him", "into
     * school", "yn ei fag"): a weapon a child has with them now. Whose it is, or the owner's trade or licence
     * (`identifiedOwner`), never explains it (s23-F).
     */
    carried: phrases.optional(),
    /**
     * A child's drawing or painting ("drew", "a drawing of", "tynnu llun"): a weapon in the picture is not carried, so
     * `carried` does not stop the owner's trade explaining it ("drew his dad with a gun in his hand").
     */
    depicted: phrases.optional(),
    /** It may be happening now ("tonight", "right now"): raises intent, travel and unsafe-now to immediate. */
    imminent: phrases,
    /** Within days ("tomorrow", "this weekend", "flight"): raises travel for FGM or marriage to immediate. */
    soon: phrases,
    /** Said as a joke ("lol", "joking"): joking talk of suicide is a concern, not urgent (brief §4). */
    joking: phrases,
    /**
     * Said in earnest, or laughed at ("not joking", "dim jôc", "chwerthin ar ei phen"): joking nearby does not lower
     * the phrase. A joking cue that holds it ("ddim o ddifri", not serious) is still joking.
     */
    earnest: phrases.optional(),
    /**
     * A laugh or a groan shared by a crowd or the writer ("whole class laughing", "so did the whole staffroom",
     * "pawb yn teimlo run peth", "Chwerthin mawr", 😂): in the phrase's sentence or the next it makes a threat or a
     * wish to die hyperbole, a concern. A lone laugh after a plain full stop is `joking` and reaches no further (a
     * child may mask).
     */
    sharedLaugh: phrases.optional(),
    /**
     * A laugh about it that followed ("laughing about it by lunch", "back laughing about it", "five minutes later she
     * was laughing about it"): after a wish to die or a threat, in its sentence or the two after, it is hyperbole, a
     * concern. Not "laughed it off" (`earnest`), nor a bare "laughing about it at lunch", which may be a child masking:
     * the laugh must come after a change ("by", "later", "back").
     */
    laughedAfter: phrases.optional(),
    /**
     * A trivial cause ("over maths", "after the egg and spoon", "when her mum turned up to the disco", "if Arsenal lose
     * again", "her shift got moved"): stated after a wish to die or a threat in its sentence, it makes it hyperbole, a
     * concern on the record. Only ordinary things: what someone did to the child is never a trivial cause.
     */
    trivialCause: phrases.optional(),
    /**
     * A child's fear of going home (s24-F): the fear word ("scared", "afraid", "ofn") a fear-of-home phrase opens with.
     * Only a phrase that holds one can be explained by `harmlessFear`; "hiding from dad" never is.
     */
    homeFear: phrases.optional(),
    /**
     * What a child's fear of going home is said to be of when it is an everyday fear (s24-F): a ghost, a monster, a
     * scary film, the dark ("a cousin said there's a ghost in the attic", "ysbryd yn yr atig"). Told after the fear in
     * its sentence or the next, with no other alarm there, it makes the fear a concern on the record, and a "tonight"
     * nearby no danger now.
     */
    harmlessFear: phrases.optional(),
    /**
     * Never far, and back at once ("oedd o jyst yn y siop", "panig am 6 munud", "found straight away", "walked back"),
     * not a return after a night away, which is an episode to act on ("ffeindiodd yr heddlu hi bore 'ma"): after a
     * missing phrase, in its sentence or the two after, it lowers the phrase to concern and nothing about it is
     * happening now. A denial before it ("heb ddod yn ôl", "not back") is no return.
     */
    returned: phrases.optional(),
    /**
     * The writer explains it away after the event ("came round straight away", "it was a game",
     * "dim pryder"): in the same sentence after the phrase or the two sentences after, it lowers the
     * phrase to concern — the DSL still sees it — and never touches a severity signal.
     */
    dismissal: phrases.optional(),
    /**
     * Names an invented person or scene ("scenario", "the character", "a novel about"): a phrase after it in the same
     * sentence is about that invented person, whoever its pronouns point at, and is cleared; never a severity signal.
     */
    fiction: phrases.optional(),
    /**
     * Pretend, practice or fiction ("role play", "CPR on the dummies", "Nerf", "fake blood", "the scene where"):
     * clears a phrase within a few words of it in its sentence, a severity signal too, unless that sentence says it
     * is real. A lesson or a room named nearby is not pretend: that is `curriculum`.
     */
    pretend: phrases.optional(),
    /**
     * Simulated bodies and injuries ("on the dummies", "fake blood", "first aid training"): pretend that may also
     * clear a body in danger ("not breathing", "bleeding"), which other pretend ("rehearsal") never does.
     */
    simulated: phrases.optional(),
    /** Says it is real ("for real", "real blood", "ambulance called"): pretend does not clear its sentence. */
    real: phrases.optional(),
    /**
     * A sport or a game ("rugby", "a tackle", "the derby", a score "40 7", "boxing club", "chess"): explains violence
     * words within a few words of it in its sentence ("got battered 40-7"), never a severity signal, a weapon, or an
     * adult at home named in the phrase (`words.household`: "dad battered him after the match" stays).
     */
    sport: phrases.optional(),
    /**
     * A generic what-if about no one in particular ("what to do if a child is unconscious", "what you'd say if a pupil
     * says they…"): clears what follows it in its sentence, a severity signal too, because no real child is named.
     */
    hypothetical: phrases.optional(),
    /**
     * A condition ("os", "pe", "rhag ofn"): with a plan's instruction (`instruction`) after the phrase in its sentence
     * ("Os yw hi'n cael trawiad dros 5 munud, rhoi'r midazolam a ffonio 999"), a phrase in the condition's own clause
     * is a care plan's what-if, a severity signal too. Never the instruction's clause, never with a time of now.
     */
    conditional: phrases.optional(),
    /** What a plan says to do ("ffonio 999", "rhoi'r midazolam"): closes a `conditional`. */
    instruction: phrases.optional(),
    /**
     * A thing that can go missing ("sgidia", "morthwyl", "cyllell fara", "un ni"): named before a missing phrase in its
     * clause with no person between, it is what went missing, not a child ("sgidia rygbi D AR GOLL ers dydd Llun").
     * Only a missing phrase with no subject of its own; a possessive before it ("ei ffôn") makes it someone's object.
     */
    lostThing: phrases.optional(),
    /**
     * A person named by a noun or a year group ("girl", "lad", "Y9", "year 7"): before an English missing phrase,
     * with no thing after it, it is who went missing ("Y9 girl missing since Monday"), so no `lostThing` clears it.
     */
    lostPerson: phrases.optional(),
    /**
     * s25-D: a missing episode said to be one of many ("again", "the third time this term", "he does this"), in the
     * phrase's sentence or the next: a return told with it does not make it a concern, since the pattern is the risk.
     */
    missingAgain: phrases.optional(),
    /**
     * The everyday explanations of alarms a child says in grooming words (s24-G), each clearing only the entries whose
     * tag `EVERYDAY_EXPLAINS` (policy.ts) gives it, and bounding the learned reader there: a photo day or the school
     * photographer for an adult who took the child's picture (`photoOccasion`); a parent who confirmed or bought what
     * an adult gives the child (`parentConfirmed`: never what the adult says they are, "he says they're vitamins"); a
     * present or a surprise kept secret (`surpriseGift`); shouting at the dog, the telly or a spider
     * (`everydayShouting`). None explains when a claim word comes just before it ("he says …") or, for a secret, when
     * an adult who is not a parent is named with it (`unrelatedAdult`: "mummy's friend", "the man").
     */
    photoOccasion: phrases.optional(),
    parentConfirmed: phrases.optional(),
    surpriseGift: phrases.optional(),
    everydayShouting: phrases.optional(),
    /**
     * s25-D: a family holiday or an organised trip named with "going country" ("his family's got a caravan in
     * Cornwall": `familyTrip`), and a child's "wedding" said to be play or an adult's own (`everydayWedding`: a Ring
     * Pop, "AD 18").
     * Neither explains when another urgent alarm is read beside it (drugs, money, an older man, a cousin abroad).
     */
    familyTrip: phrases.optional(),
    everydayWedding: phrases.optional(),
    /**
     * s25-F: an everyday reason for not being here said with a goodbye ("we're on holiday", "at my dad's", "dentist",
     * "for club tonight"): an absence, not a farewell. Never when another urgent alarm is read beside it.
     */
    everydayAbsence: phrases.optional(),
    unrelatedAdult: phrases.optional(),
    claimedBy: phrases.optional(),
    /**
     * An animal's blood named ("wyna", "tynnu oen", "saethu'r llwynog", "lladd-dy"), in the sentence of the blood or
     * the two before: blood seen there is the animal's, unless the sentence names an injury (`injury`) or the phrase a
     * child ("gwaed ym mhobman ar ei dwylo"). Clears only an entry tagged `bleeding`.
     */
    animalBlood: phrases.optional(),
    /**
     * A story named ("Macbeth", "gothic stories", "wrote a story", "the murder scene"), in the sentence of the blood
     * or the two before: blood there is the story's, under the same conditions as an animal's, and not when a child
     * is telling something there. Clears only an entry tagged `bleeding`.
     */
    storyBlood: phrases.optional(),
    /**
     * "On", "about", "ar", "am" right after a `curriculum` word: a phrase a few words on in the clause is the lesson's
     * or the work's topic ("his coursework on county lines"), never a severity signal or what a named person did.
     */
    topicPreposition: phrases.optional(),
    /** An injury to a person ("torrodd", "cwt", "syrthiodd"): blood in its sentence is no animal's or story's. */
    injury: phrases.optional(),
    /**
     * A cooking lesson or a kitchen task ("food tech", "knife skills", "chopping onions", "the NEA practical"), in the
     * weapon phrase's sentence: the knife there is a cook's tool, when the phrase's own weapon word is a `kitchenTool`
     * and nothing in the sentence wields it (`wielded`). Clears only a weapon phrase (scene danger), never a wound.
     */
    cooking: phrases.optional(),
    /** A knife as a cook uses it ("knife", "knives", "chef's knife"): the weapon word `cooking` may explain. */
    kitchenTool: phrases.optional(),
    /** A blade turned on or shown to someone ("pulled", "waving", "pointed", "threatened"): no kitchen explains it. */
    wielded: phrases.optional(),
    /**
     * A child telling someone ("she said", "told me", "disclosed to"): pretend and fiction never reach a phrase past it
     * ("we were reading Goodnight Mister Tom and she told me her mum hits her" stays).
     */
    telling: phrases.optional(),
    /**
     * Who did it, named just before a violent phrase ("older lads", "two boys", "someone"): a sport, or a sport word
     * read as an accident, no longer clears the violence (a peer assault is a concern, not play), and a burn or wound
     * they gave (`inflicted`) is never cleared by a sport, an accident or a place word.
     */
    assailant: phrases.optional(),
    /** An injury no game gives ("burnt", "a cigarette", "a lighter", "stabbed"): with an assailant, never explained. */
    inflicted: phrases.optional(),
    /**
     * Someone pretending in real life ("pretending to be asleep", "pretends she is fine"): not a game or a scene, so
     * the pretend word in it explains nothing ("pretending to be asleep while his dad hit his mum" stays).
     */
    feigning: phrases.optional(),
    /**
     * A screening question ("asked her directly about", "checked in about", "asked if she has had any"): a phrase
     * shortly after it is what was asked about, and is cleared when a denial (`denial`) follows in its sentence or
     * the next. Never a severity signal, and never past a child's telling ("asked about it and she told me…").
     */
    screening: phrases.optional(),
    /** The answer was no ("she said no to both", "denies both", "there's nothing"): closes a `screening` question. */
    denial: phrases.optional(),
    /**
     * An object of an innocent kind named with a weapon word ("a butter knife", "a staple gun", "a BB gun", "a
     * deactivated rifle"): clears a weapon phrase it overlaps, and nothing else ("had a butter knife and a machete"
     * keeps the machete).
     */
    harmless: phrases.optional(),
    /**
     * The harmless kinds that cannot hurt ("a Nerf gun", "a water pistol", "a toy gun", "the temperature gun"): they
     * stay harmless when pointed at someone. Any other harmless kind used on someone (`usedOnSomeone`: "pulled a
     * butter knife on him", "pointed a BB gun at her") is a weapon used on someone, and what it is no longer clears it.
     */
    harmlessWhenAimed: phrases.optional(),
    /**
     * What a weapon turned out to be, said after it in its sentence or in the next ("…has a gun. It's a Nerf gun",
     * "it's the cake knife"): an identification and a harmless thing. Clears a weapon phrase before it, never a wound
     * or a body in danger, and never in a sentence that says it is real.
     */
    identifiedHarmless: phrases.optional(),
    /**
     * Whose a weapon is, or what the owner's trade or licence is, said after it in its sentence or the next two ("…has
     * a gun. Dad's a gamekeeper, it's licensed", "mae dad yn ffermwr"): it explains an adult's weapon at home, as
     * `identifiedHarmless` does, but never a weapon carried (`carried`: in a bag, a pocket or a hand, at school or in
     * the street) by anyone but an adult named as holding it: "J has a gun in his bag. It's his dad's, dad is a police
     * firearms officer" is a weapon now, whoever owns it (s23-F).
     */
    identifiedOwner: phrases.optional(),
    /**
     * What blood turned out to be, said after it in its sentence or in the next ("…blood everywhere. It was fake blood
     * for the play", "oh wait it's a grazed knee"): an identification and a minor or pretend injury. Clears bleeding
     * before it, never a weapon or another body in danger, and never in a sentence that says it is real.
     */
    identifiedMinor: phrases.optional(),
    /**
     * A school or craft point named as what a "stab" was (s26-H): a compass, a pencil, a drawing pin, a cocktail stick.
     * Only with a minor injury (`identifiedMinor`) said too, in the wound's sentence or the next ("'I've been stabbed!'
     * - compass in maths, tiny scratch on his finger"), it clears a stab wound; never one said to be real.
     */
    identifiedPoint: phrases.optional(),
    /**
     * What a "stab" or a "shot" turned out to be, a fake wound or a game of shooting (s27-F): ketchup, red paint, fake
     * blood, paintballing, laser tag, Nerf ("'he's been stabbed!' … ketchup all down his tee, a TikTok prank", "got
     * shot at the weekend, paintballing"). Said after the wound in its sentence or the next, it clears an entry tagged
     * `stab-said`, or a weapon said to look like it had been used (`lookedLike`); never one said to be real or with an
     * emergency call near.
     */
    identifiedFake: phrases.optional(),
    /**
     * A simile just before an alarm: it is how something looked, not what happened (s27-F: "looked like someone had
     * stabbed him", "edrych fel bod rhywun 'di stabio fe"). Read only with a fake wound said after it
     * (`identifiedFake`).
     */
    lookedLike: phrases.optional(),
    /**
     * A harmless thing named first in the gloss after a quoted weapon (s27-F: "'pew pew I got a gun' — banana in the
     * home corner", "'mae gen i gyllell!' – pren mesur"): what the weapon was, as `identifiedHarmless` says it with "it
     * was". Only at the gloss's first words, after the dash that follows the quote; never a sentence said to be real.
     */
    glossHarmless: phrases.optional(),
    /**
     * What a dose the writer put in scare quotes was, told at once after a dash (s27-F): an everyday food ("'poison' –
     * a spoon of Marmite"), a medicine taken twice by accident, 111 or a pharmacist saying it is fine. Clears only an
     * entry tagged `dose-said`, never with a risk phrase in the gloss, an emergency call, or a sentence said to be
     * real.
     */
    harmlessDose: phrases.optional(),
    /**
     * Who an adult near the child turned out to be, said after it in its sentence or in the next ("…a man at the gate
     * asking for a Y7 - it's his uncle, on the approved list", "gave the password"): clears only an entry tagged
     * `unknown-adult`, never one that says what the adult did, and not when negated ("not on the contact list").
     */
    identifiedKnown: phrases.optional(),
    /**
     * A blow or a threat said after it to be play, in its sentence or the next ("'Mummy hit me!' … with a snowball",
     * "'my brother pushed me' - a pillow fight", "'I'm gonna kill you!' - it's tag", "got hit by a car - in Mario
     * Kart"): a game, a play fight or a soft thing as what hit. Lowers a physical-abuse phrase or a threat to a concern
     * on the record, never a wound, a severity signal or what a named assailant did, and never in a sentence that says
     * it is real.
     */
    identifiedPlay: phrases.optional(),
    /**
     * What a child's quoted alarm was about, told in a gloss after a dash (s24-A): "- he meant his Snapchat streak",
     * "- ripped the knee out of his new trackies", "- Pokemon card battle", "- it was Mr H the new site manager". Read
     * only in such a gloss, with the same cues of play, meaning and trivial cause; never when the gloss names a risk,
     * someone at home or a stranger.
     */
    glossCause: phrases.optional(),
    /**
     * What the child's alarming words meant, said by the writer at once after them, in their sentence or the next:
     * a leisure place or activity, time out, or what the child is doing ("'Daddy threw me' - he means in the swimming
     * pool", "he means to the beach", "meaning she's saving room for her nan's roast"; s23-A): the words were about
     * that, not about harm. Lowers a phrase it follows to a concern on the record and bounds the learned reader in both
     * sentences; never a severity signal, a wound given to the child, words said in earnest ("he means it") or a
     * sentence that says it is real. A person named as the meaning ("she means her stepdad") is not listed.
     */
    identifiedMeaning: phrases.optional(),
    /**
     * A generic word that what came before was harmless, said after an alarm in its sentence or in the next (s28-X):
     * "turned out it was just", "panic over", "all fine", "she's fine", "no injuries"; "troi allan", "popeth yn iawn",
     * "dim anafiadau". It lowers an alarm to a concern (never a severity signal, one happening now, or what the
     * sentence says is real or meant); no list can hold every explanation, so the learned reader still reads the
     * whole message and raises it again wherever it reads it urgent (combineLearned.ts). Not when negated, quoted,
     * asked or claimed, or followed by a contrast ("he's fine but…") or by another risk phrase in its sentence
     * ("turned out she'd taken the lot"). Not "he meant", "nothing to do with", "lol" or a laughing emoji: real
     * disclosures hold them.
     */
    explainedAtOnce: phrases.optional(),
    /**
     * A quoted alarm glossed at once by the writer after a dash (s23-A): "'daddy locks me in the car' - it's the child
     * locks", "'lives in the phone' - it was a facetime". Counted only when it opens right after a closing quote and a
     * dash or an ellipsis; it lowers no phrase, and only bounds the learned reader in its sentence (combineLearned.ts),
     * so an alarm the phrases read there stands.
     */
    quoteGloss: phrases.optional(),
    /**
     * A person named in a quote's gloss ("- it's the man from upstairs", "- it's the lodger"): the gloss says who, not
     * what it was, and bounds nothing (s23-A).
     */
    glossPerson: phrases.optional(),
    /**
     * A game, a match or a score named as what a verb of beating was about, in one span with the verb ("her dad
     * battered her at chess", "whipped him at squash", "gonna batter him at FIFA tonight", "battered the other school
     * 6-0"): the verb means won, so the phrase it overlaps is cleared, whoever is named. Only verbs that can mean
     * winning (not punched, kicked, hit): "battered him after the match" and "hit her with the chess board" stay.
     */
    playedAt: phrases.optional(),
    /**
     * An everyday cause of a body sign ("y pigiad HPV", "yn y gwres", "sefyll yn rhy hir"), in the sign's sentence, the
     * one before or the one after: clears an entry tagged `ordinary-cause` (a faint), never a combination of the sign
     * with another (not eating and a faint) or a body in danger.
     */
    ordinaryCause: phrases.optional(),
    /**
     * The casualty said to be an adult, or no child ("the ambulance is for a grandparent who fainted", "NOT for us,
     * it's for the groundsman's wife", "no children involved", s22-F): in the phrase's own sentence it clears a body
     * in danger the phrase names (a collapse, someone down) and a faint; never a scene danger (a weapon, a fire). Its
     * sentence bounds the learned reader.
     */
    adultCasualty: phrases.optional(),
    /**
     * An emergency vehicle going past ("a fire engine going past outside, she loves them", s24-C): its sentence bounds
     * the learned reader only. It clears no phrase: "he collapsed, I flagged down an ambulance going past" stays.
     */
    passingVehicle: phrases.optional(),
    /**
     * A medical emergency said after it to be over, with the child well (s23-B): "back blows and it came out straight
     * away, he was fine", "breath holding spell, GP reassured", "stopo mewn 5 munud, popeth yn iawn". In the phrase's
     * sentence after it, or in the next (two on when the one between names no risk), it clears an entry tagged
     * `first-aid`, never a weapon, an overdose or a ligature, and never when its sentences say it is real or still
     * going on ("came round but is still drowsy") or an emergency call is near ("ambulance on its way").
     */
    recovered: phrases.optional(),
    /**
     * "Now" that tells an age or a stage, not a time ("he is now 24", "now in year 10", "now at college"): an
     * `imminent` cue inside one does not make a phrase happen now.
     */
    notNow: phrases.optional(),
    /**
     * An emergency call made or under way for this message ("I've rung 999", "ambulance called", "being taken to A&E
     * now", s21-I): a call already made is a sign the danger is now, not that the child is safe. Raises an urgent risk
     * phrase within two sentences to immediate; never a call denied ("hasn't rung 999") or told as over
     * (`emergencyEarlier`).
     */
    emergencyCalled: phrases.optional(),
    /**
     * The child's going home today, said with a threat or a plan ("he'll batter me when I get in", "if I go home he'll
     * kill me", s21-I): the harm waits at the end of the day, so it is now. Raises danger in the scene and intent
     * (`GOING_HOME_RAISES`), never travel ("when they go over in August" is not today).
     */
    goingHome: phrases.optional(),
    /**
     * A time months away ("in the summer", "at Easter", "in July", "after her GCSEs", s21-I): a `soon` cue (flights,
     * booked) in a sentence that names one is not travel within days. Never clears `imminent` ("tonight").
     */
    later: phrases.optional(),
    /** A call told as before today ("rang 999 on Saturday", "last night … rang 999"): not a danger now. */
    emergencyEarlier: phrases.optional(),
    /**
     * A time before now ("yesterday", "this morning", "bore 'ma", s24-E): with `emergencyEarlier`, it keeps a now-cue
     * in the sentence before or after from raising a `one-doer` act told in this one.
     */
    toldEarlier: phrases.optional(),
    /**
     * Still out, or out again tonight ("nowhere to go tonight", "still sat on the wall", s25-A): a `while-it-lasts`
     * danger told with an earlier time is not over when a sentence of its parts says this.
     */
    stillOut: phrases.optional(),
    /**
     * The child handed over to someone ("dad is collecting her", "he's picking her up", "she goes home to him", s22-I):
     * with a time today in its sentence (`today`), it raises an abuse disclosure within two sentences to immediate
     * (`HANDOVER_RAISES`): the child is about to be taken by the person she spoke of.
     */
    handover: phrases.optional(),
    /** A time today for a handover ("today", "at 3", "in 20 minutes", "after school", s22-I). */
    today: phrases.optional(),
    /**
     * Violence said to be going on now ("it's still going on", "he hasn't stopped", "dal wrthi", s22-I): raises
     * violence in its sentence or the one before to immediate (`STILL_HAPPENING_RAISES`); never denied, past or
     * explained away.
     */
    stillHappening: phrases.optional(),
    /**
     * A reason given for a blow ("punched me because I was too loud on the Xbox", "achos bo fi'n chwarae"): a game
     * named after it is why the child was hurt, not what the blow was, so `identifiedPlay` after it explains nothing.
     */
    reasonFor: phrases.optional(),
    /**
     * A word of what followed ("then", "afterwards", "wedyn"): a game named after it came after the act ("'dad hit
     * mum' - then we had a snowball fight"), so it does not say the act was play (s23-H).
     */
    afterwards: phrases.optional(),
  }),
  words: z.strictObject({
    /** Pronouns and names for the child: the nearest one before a phrase makes it about the child. */
    pronouns: z.array(word),
    /** Subject pronouns: one between a plain negation and a phrase ends the negation ("not sure she isn't…"). */
    subjects: z.array(word),
    /** First-person words: a phrase containing one is about the speaker ("better off without me"). */
    firstPerson: z.array(word),
    /** Other people: the nearest one before a phrase makes it about someone else. */
    relations: z.array(word),
    /** Pronouns that follow a noun as a possessive (Welsh "ffrind hi" = her friend). */
    possessivePronouns: z.array(word),
    /** Words that start a new clause ("but", "however"): negation does not carry past them. */
    clauseBreakers: z.array(word),
    /**
     * Words that open a reported clause ("that", Welsh "bod"): a negation before them carries past its subject ("dim
     * arwydd ei bod hi'n …").
     */
    complementisers: z.array(word).optional(),
    /**
     * Adults at home or in charge (parents, step-parents, a parent's partner, carers, a coach): a sport or a game never
     * explains their violence.
     */
    household: z.array(word).optional(),
    /**
     * Verbs that report who said something ("medde hi", "she said"): the pronoun after one is the teller, not the
     * person a phrase before it is about ("gwaed ym mhobman medde hi").
     */
    reportingVerbs: z.array(word).optional(),
  }),
  /** Wording added to a reason when context changed its level. */
  modifiers: z.strictObject({
    history: z.string().min(1),
    thirdParty: z.string().min(1),
    imminent: z.string().min(1),
    joking: z.string().min(1),
    dismissed: z.string().min(1).optional(),
    /** A sport named, but someone named did it: a concern, not play. */
    assault: z.string().min(1).optional(),
    /** A missing child said in the same message to be back or found. */
    returned: z.string().min(1).optional(),
    /** An emergency call already made for it. */
    emergency: z.string().min(1).optional(),
    /** Explained at once by the writer (s28-X, `explainedAtOnce`); the learned reader may raise it again. */
    explainedAtOnce: z.string().min(1).optional(),
  }),
  /** Reasons for triage answers: rule → value → reason. */
  answers: answerReasons,
  /**
   * Reasons given when the learned reader, not a phrase, raised the level (no words to quote), and when staff answered
   * yes to the safety question.
   */
  learned: z
    .strictObject({
      concern: z.string().min(1),
      urgent: z.string().min(1),
      immediate: z.string().min(1),
      askedYes: z.string().min(1),
    })
    .optional(),
});

export type Lexicon = z.infer<typeof lexiconSchema>;

/** Validates a lexicon, with every problem named by its path so the editor can find it. */
export function parseLexicon(value: unknown, source = 'lexicon'): Lexicon {
  const result = lexiconSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${source} is not a valid risk lexicon:\n  ${problems.join('\n  ')}`);
}
