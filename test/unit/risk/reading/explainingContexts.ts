/**
 * s7-B: English false alarms of the phrase reading, fixed by kind. Each explaining context clears only the span it
 * sits in, and each test has the risk version of the same sentence, which must still be read. Synthetic sentences,
 * none copied from the labelled data.
 */
import {
  assessTextWith,
  compileLexicons,
  type Lexicon,
  loadLexicon,
  parseLexicon,
  type RiskLevel,
} from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('a sport or a game explains violence in play (contexts.sport)', () => {
  it('reads a heavy defeat, a hard tackle and a threat over a board game as no alarm', () => {
    expectLevel('Our U14s got battered 22-4 in the derby on Saturday, gutted', 'none');
    expectLevel('He got absolutely battered in that scrum, proper brutal', 'none');
    expectLevel("'I'm going to kill you,' she shouted at her friend across the chess board, both giggling", 'none');
  });

  it('never explains an adult at home hurting the child, whatever the score', () => {
    expectLevel('His dad battered him after the match because they lost 3-0', 'urgent', 'physical-abuse');
    expectLevel('Her stepdad punched her after the match because they lost', 'urgent', 'physical-abuse');
  });

  it('explains only the phrases of a lexicon that lists sport words: English sport words never clear a Welsh phrase', () => {
    const welsh = assessTextWith(
      defaultCompiledLexicons(),
      'Ar ôl y match rugby neithiwr, nath ei llysdad ei churo hi',
      'cy',
    );
    expect(welsh.level).toBe('urgent');
  });

  it('an accident explains physical harm, but never an adult at home hurting the child at a game', () => {
    expectLevel('His dad punched him at football', 'urgent', 'physical-abuse');
    expectLevel('His dad punched him while they were playing', 'urgent', 'physical-abuse');
    expectLevel('He fell over playing football and his dad took him to A&E', 'none');
  });

  it('never clears a severity signal', () => {
    expectLevel(
      "Some older lads battered him after football and he has a cut on his head that won't stop bleeding",
      'immediate',
      'immediate-danger',
    );
  });

  it('leaves a concern-level mark on the record: the child naming a sport is for the DSL to weigh', () => {
    expectLevel('Fresh bruises on both upper arms, says it was from rugby', 'concern', 'physical-abuse');
  });
});

describe('a generic what-if names no real child (contexts.hypothetical)', () => {
  it('clears what follows it in its sentence, a severity signal too', () => {
    expectLevel(
      'Reminder for the lunch staff: what to do if a child is not breathing is on the poster by the hatch',
      'none',
    );
    expectLevel('What to do if a pupil says her stepdad hits her is in the policy', 'none');
    expectLevel('If a pupil tells you her stepdad hits her, write down her exact words', 'none');
  });

  it('does not clear a question about a real child', () => {
    expectLevel('What do I do, he is not breathing', 'immediate', 'immediate-danger');
    expectLevel('What should I do, her stepdad hits her when he gets home', 'urgent', 'physical-abuse');
    expectLevel('Advice please on responding to a pupil who says her dad hits her', 'urgent', 'physical-abuse');
    expectLevel('What do you do when you are scared he will hurt you again tonight', 'immediate');
  });
});

describe('a child telling stops pretend and fiction (contexts.telling)', () => {
  it('clears a scene or a set text named near the phrase', () => {
    expectLevel('Y9 drama: the fight scene where the stepdad hits her was really well choreographed', 'none');
    expectLevel('We read the chapter of Goodnight Mister Tom where Willie is beaten by his mother', 'none');
    expectLevel('During the rehearsal the stepdad hits her at home', 'none');
  });

  it('reads a game character shot as play, but not a real character with a knife', () => {
    expectLevel('In Fortnite my character got shot by a sniper and I lost', 'none');
    expectLevel('He is a real character, he had a knife in his bag at lunch', 'immediate', 'immediate-danger');
  });

  it('never clears what a real child said after it', () => {
    expectLevel('During the rehearsal she told me her stepdad hits her at home', 'urgent', 'physical-abuse');
    expectLevel(
      'We were reading Goodnight Mister Tom and he said his mum beats him like that too',
      'urgent',
      'physical-abuse',
    );
  });
});

describe('injuries plainly explained', () => {
  it('reads a faint at a jab, a collapsed bouncy castle and bleeding that stopped as no alarm', () => {
    expectLevel('Y7 fainted after her booster jab, sat with the nurse and was fine', 'none');
    expectLevel('The bouncy castle collapsed at the summer fair, nobody was hurt', 'none');
    expectLevel('Y2 cut his knee on the gravel, lots of blood but it stopped quickly with pressure', 'none');
  });

  it('still reads fainting with not eating, a child collapsed and bleeding that goes on', () => {
    expectLevel('She has fainted twice this week and has not eaten since Monday', 'urgent', 'eating-disorder');
    expectLevel('She collapsed in the corridor and is not responding', 'immediate', 'immediate-danger');
    expectLevel('There is lots of blood coming from her arm', 'immediate', 'immediate-danger');
  });

  it("reads a younger sibling's bite and a caesarean told by a young child as no alarm, but not self-harm", () => {
    expectLevel('My little brother bit me when I took his toy', 'none');
    expectLevel('My brother bit me and punched me', 'urgent', 'physical-abuse');
    expectLevel('The doctors cut her tummy open to get the baby out', 'none');
    expectLevel('She cuts her tummy with a razor', 'urgent', 'self-harm');
  });
});

describe('mum and an injury, a parent’s partner and an injury', () => {
  it('needs mum and the injury in one clause: mum collecting an injured child is not violence to her', () => {
    expectLevel('Y6 got a black eye in the tackle, I saw it happen, mum picked him up', 'concern');
    expectLevel('Mum came in this morning with a black eye and bruises on her arms', 'urgent', 'domestic-abuse');
  });

  it("reads a parent's partner and an injury in one sentence as physical abuse", () => {
    expectLevel("Y3 has a bruise on her cheek and he says it was his mum's new fella", 'urgent', 'physical-abuse');
  });

  it('treats a combination as an accident only when every part is explained', () => {
    expectLevel(
      "Her bruise is from netball but her friend says she got it at home off her mum's new fella",
      'urgent',
      'physical-abuse',
    );
  });
});

describe('idioms and the past, by kind', () => {
  it('reads a year before this one as the past', () => {
    expectLevel('He got stabbed back in 2017 and has fully recovered', 'concern');
    expectLevel('He got stabbed last night', 'immediate', 'immediate-danger');
  });

  it('reads hyperbole about school work and a small child’s “nan will kill me” as no alarm', () => {
    expectLevel("I'd rather die than sit another spelling test", 'none');
    expectLevel("My nan's going to kill me, I lost my reading book", 'none');
    expectLevel("I'd rather die than go home tonight", 'urgent', 'suicidal-ideation');
  });

  it('reads "a bit of" as no bite, but not a bite', () => {
    expectLevel('Mum is a bit of a worrier about him', 'none');
    expectLevel('Our coach is a bit of a menace cos he made them do burpees', 'none');
    expectLevel('Her stepdad bit her on the arm, there is a mark', 'urgent', 'physical-abuse');
  });

  it('reads knives on display and "no weapon" as no weapon, but not a knife held', () => {
    expectLevel('The knife crime workshop had a display of seized knives behind glass', 'none');
    expectLevel('He had no weapon on him, the police checked', 'none');
    expectLevel('No knife was found but he has a knife in his bag', 'immediate', 'immediate-danger');
  });
});

describe('a seizure that settled, knives on show, an animal’s blood, a talk and a list of categories', () => {
  it('reads each as no alarm', () => {
    expectLevel('Her seizure lasted 3 mins then settled and she slept it off in the medical room', 'none');
    expectLevel('The PCSO brought a box of knives seized from the estate to the assembly', 'none');
    expectLevel('Grandad was cutting up the lamb and there was blood all over the kitchen', 'none');
    expectLevel('Knife crime awareness talk from the youth service: how gangs groom younger kids', 'none');
    expectLevel('New CPOMS categories this term: FGM, radicalisation, online harm', 'none');
  });

  it('still reads a seizure that goes on and a child groomed as risk', () => {
    expectLevel('He has been seizing for 3 mins and it has not stopped', 'immediate', 'immediate-danger');
    expectLevel('He is being groomed by a gang, he told me this morning', 'urgent', 'sexual-abuse');
  });
});

describe('what the explanations must not reach', () => {
  it('keeps a real emergency, a real threat and a real disclosure near the explaining words', () => {
    expectLevel(
      'She is bleeding heavily from her wrist, I have stopped it now with a towel, ambulance on its way',
      'immediate',
      'immediate-danger',
    );
    expectLevel('Her little sister hit her head on the radiator and is drowsy and being sick', 'immediate');
    expectLevel("I'd rather die than go back to another night at home", 'urgent', 'suicidal-ideation');
    expectLevel('There was an incident last week where a child said that her dad hits her', 'urgent', 'physical-abuse');
    expectLevel('Some older boys punched him in the face at the match', 'urgent', 'physical-abuse');
    expectLevel('We were reading Macbeth when a Y10 got stabbed in the corridor', 'immediate', 'immediate-danger');
    expectLevel('A box of knives from the kitchen is hidden in his bedroom', 'concern');
  });
});

describe('the new contexts are optional', () => {
  it('reads a lexicon without sport, hypothetical, telling and household words as before', () => {
    const shipped = loadLexicon('en-GB');
    // s22-E's `playedAt` (a score or a game named with the verb of beating) reads these sentences too: an older
    // lexicon had neither.
    const { sport, hypothetical, telling, playedAt, ...contexts } = shipped.contexts;
    const { household, ...words } = shipped.words;
    expect([sport, hypothetical, telling, playedAt, household].every((list) => Array.isArray(list))).toBe(true);
    const older: Lexicon = parseLexicon({ ...shipped, contexts, words }, 'older.json');
    const compiled = compileLexicons([older, loadLexicon('cy')]);
    const read = (text: string): RiskLevel => assessTextWith(compiled, text, 'en-GB').level;
    expect(read('Our U14s got battered 22-4 in the derby on Saturday, gutted')).toBe('urgent');
    expect(read('He got absolutely battered in that scrum, proper brutal')).toBe('urgent');
    // Without `telling`, pretend reaches past a child's words, as it did before.
    expect(read('During the rehearsal she told me her stepdad hits her at home')).toBe('none');
    expect(read('Reminder for the lunch staff: what to do if a child is not breathing is on the poster')).toBe(
      'immediate',
    );
  });
});

describe('s9-D: fiction and pretend explain their span, never a disclosure beside them', () => {
  const welsh = (text: string): RiskLevel => assessTextWith(defaultCompiledLexicons(), text, 'cy').level;

  it('reads a drama lesson or acting named beside a child who is hit as what the adult did (Welsh "actio")', () => {
    expect(welsh("Mae hi'n hoffi actio ond mae ei llystad yn ei tharo hi bob nos")).toBe('urgent');
    expect(welsh("Ar ôl y wers actio roedd hi'n crio, mae ei thad yn ei churo hi gartre")).toBe('urgent');
  });

  it('still reads a scene or a story being acted as fiction, and acting out a part as pretend (Welsh)', () => {
    expect(welsh("Roedden nhw'n actio golygfa lle mae'r tad yn curo'r plentyn")).toBe('none');
    expect(welsh("Buon nhw'n actio'r stori lle mae'r llystad yn ei tharo hi")).toBe('none');
    expect(welsh("Yn y wers ddrama buon nhw'n actio allan tad yn taro ei blentyn")).toBe('none');
  });

  it('reads a disclosure in the role play corner as a disclosure, a role play where someone discloses as an exercise', () => {
    expect(welsh('Yn y gornel chwarae rôl dywedodd D bod ei llystad yn ei tharo hi')).toBe('urgent');
    expect(welsh('Yn y gornel chwarae rôl mae D yn crio, mae ei llystad yn ei tharo hi')).toBe('urgent');
    expect(welsh('Hyfforddiant heddiw: chwarae rôl lle mae plentyn yn dweud bod ei llystad yn ei tharo hi')).toBe(
      'none',
    );
  });

  it('never lets a story or a game reach past a "but" to what is said beside it', () => {
    expectLevel('In the film the boy gets beaten up but her stepdad hits her every night', 'urgent', 'physical-abuse');
    expectLevel('They had a Nerf war at break but her stepdad hits her every night', 'urgent', 'physical-abuse');
    expect(welsh("Mae hi wrth ei bodd efo'r ffilm am y rhyfel ond mae ei llystad yn ei tharo hi bob nos")).toBe(
      'urgent',
    );
    expectLevel('In the film her stepdad hits her every night', 'none');
    expectLevel('They had a Nerf war at break and got shot loads of times', 'none');
  });
});
