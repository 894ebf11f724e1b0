/**
 * s12-E: what the phrases found and explained bounds the learned reader. The sentences of an alarm and what it turned
 * out to be (a harmless thing, a minor injury, someone known, an ordinary cause), or of an everyday event read at its
 * own level (a death in a friend's family), are raised by the learned reader to concern at most, and asked about only
 * as the rest of the message is: the rest is read by it on its own. Synthetic sentences, none copied from the data.
 */
import { assessTextWith } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { alwaysUrgent } from './fixedLearnedReaders';
import { expectPhraseLevelIn } from './phraseLevel';

const compiled = defaultCompiledLexicons();
const expectLevel = expectPhraseLevelIn('en-GB');

const reader = alwaysUrgent();
const withLearned = (text: string) => assessTextWith(compiled, text, 'en-GB', reader);

describe('s12-E: an ordinary cause given for not drinking', () => {
  it('reads not drinking as a concern, and not drinking because of the toilet as none', () => {
    expectLevel("Y5 girl won't drink anything at school, mum is worried", 'concern', 'eating-disorder');
    expectLevel("He won't drink water in class because he doesn't want to need the toilet", 'none');
  });

  it('holds the learned reader at concern, with no question, when not drinking is explained by the toilet', () => {
    const explained = withLearned("He won't drink water in class because then he needs the toilet");
    expect(explained.level).toBe('concern');
    expect(explained.ask).toBeUndefined();
  });

  it('lets the learned reader raise not drinking with no cause named, and a second sentence about something else', () => {
    expect(withLearned("He won't drink water in class and he looks so thin").level).toBe('urgent');
    expect(
      withLearned(
        "He won't drink water in class because then he needs the toilet. Yesterday he said nobody at home would notice if he was gone. He was quiet all day.",
      ).level,
    ).toBe('urgent');
  });
});

describe("s12-E: a death in someone else's family", () => {
  it("reads a friend's parent who died as a concern for the child's grief, not a risk", () => {
    expectLevel("My mate's mum died at the weekend and he is really sad", 'concern');
    expect(withLearned("My mate's mum died at the weekend and he is really sad").level).toBe('concern');
  });

  it('keeps a risk told beside it, and the child’s own loss, for the other readers', () => {
    expectLevel("My friend's dad passed away and I want to kill myself", 'urgent', 'suicidal-ideation');
    // The child's own parent: no everyday-event phrase, so the learned reader reads it as before.
    expect(withLearned('My dad passed away and I keep thinking about joining him').level).toBe('urgent');
  });
});

describe('s12-E: an alarm and what it turned out to be, for the learned reader', () => {
  it('holds the learned reader at concern when the phrases cleared the alarm by what it turned out to be', () => {
    // The phrases clear the weapon ("it was a spork"); the learned reader alone would call it urgent.
    const spork = withLearned("Y4 boy shouted 'he's got a knife' at lunch - it was a spork");
    expect(spork.level).toBe('concern');
    expect(spork.ask).toBeUndefined();
  });

  it('reads an adult who followed or tried to grab a child as urgent, unless said next to be someone known', () => {
    expectLevel('A man followed her home from the bus stop last night', 'urgent', 'exploitation');
    expectLevel("Y3 said 'a man tried to grab me' at the park", 'urgent');
    expectLevel("Y5 said 'a man followed me' - it was her grandad, who had come to collect her", 'none');
    expectLevel('Y2 said a man tried to get him. It was a neighbour asking for their ball back', 'none');
  });

  it('holds those sentences at concern and reads the rest of the message on its own', () => {
    expect(withLearned("Y5 said 'a man followed me' - it was her grandad, who had come to collect her").level).toBe(
      'concern',
    );
    // The always-urgent reader finds the sentence after the explanation urgent on its own.
    expect(
      withLearned("Y5 said 'a man followed me' - it was her grandad. Her sister says nobody feeds them at home.").level,
    ).toBe('urgent');
  });

  it('never holds back a sentence the explanation does not reach', () => {
    expect(
      withLearned(
        "Y4 boy shouted 'he's got a knife' at lunch - it was a spork. Later on. Separately his sister said nobody feeds them at the weekend and she is scared of going home.",
      ).level,
    ).toBe('urgent');
  });

  it('never holds back what a lesson, a story or a game clears: those clear a topic, not what happened', () => {
    // The phrase reading clears the cut as a DT lesson topic; the learned reader must still raise it.
    expect(withLearned('In DT he cut his arm with the craft knife and it is pouring through the towel').level).toBe(
      'urgent',
    );
  });
});

describe('s12-E: a wedding in the family, blood that was paint, a knife in a game', () => {
  it('reads a child "getting married" at a parent\'s wedding or as a bridesmaid as no alarm', () => {
    expectLevel("Y11 says she's getting married in June lol - it's her dad's wedding, she's giving a reading", 'none');
    expectLevel('Y2 says she is getting married on Saturday, she is a flower girl for her auntie', 'none');
  });

  it("still reads a child getting married abroad, or at someone else's wedding, as forced marriage", () => {
    expectLevel(
      'Y9 girl says she is getting married in the holidays to a man she has never met',
      'urgent',
      'forced-marriage',
    );
    expectLevel("Y10 says she's getting married this summer after her cousin's wedding", 'urgent', 'forced-marriage');
  });

  it('reads "blood" that is said to be paint as no alarm, and blood with a question as danger', () => {
    expectLevel("The 'blood' on the art room floor is red paint from the printing lesson", 'none');
    expectLevel('Blood all over the sink in the Y6 toilets, is it paint? Nobody knows whose', 'immediate');
  });

  it('reads a knife said to be in a video game as no weapon, and a knife in the park as one', () => {
    expectLevel(
      "He keeps saying he got stabbed with a knife last night, it's in the game, new season came out",
      'none',
    );
    expectLevel('He said a lad pulled a knife on him in the park last night', 'immediate');
  });
});

describe('s12-E: a faint at a jab or in a pregnancy, and a heart rate back to normal', () => {
  it('reads a faint or dizziness after a jab or with a pregnancy as no alarm', () => {
    expectLevel('Two Y8s went dizzy after the HPV jabs, sat down with water and were fine', 'none');
    expectLevel('Mrs T fainted in assembly, she is pregnant, all fine now', 'none');
  });

  it('still reads a faint with no cause, or beside trips to the toilet after lunch, as an eating sign', () => {
    expectLevel('Y9 girl fainted in PE again, third time this term', 'urgent', 'eating-disorder');
    expectLevel(
      'She goes to the toilet straight after every lunch and nearly passed out on the stairs yesterday',
      'urgent',
      'eating-disorder',
    );
  });

  it("reads a member of staff's heart rate returning to normal as a figure of speech, and a child's low heart rate as a sign", () => {
    expectLevel('Y4 hid in the reading den for five minutes, found him. My heart rate is returning to normal', 'none');
    expectLevel('She was admitted with a low heart rate after weeks of not eating', 'urgent', 'eating-disorder');
  });
});

describe('s13: a denied thought of self-harm or suicide bounds the learned reader in its sentence', () => {
  it('holds a screening answer of no at concern', () => {
    expect(withLearned('She says she has no thoughts of harming herself and is enjoying dance again').level).toBe(
      'concern',
    );
    expect(withLearned('He says he has never thought about killing himself').level).toBe('concern');
    expect(withLearned('He denies any thoughts of suicide when asked today').level).toBe('concern');
  });

  it('holds a Welsh screening answer of no at concern, and the same thought told as had stays urgent', () => {
    const welsh = (text: string) => assessTextWith(compiled, text, 'cy', reader).level;
    expect(welsh("Mae hi'n dweud nad oes ganddi feddyliau am frifo ei hun")).toBe('concern');
    expect(welsh('Dywedodd nad oes ganddo fwriad o ladd ei hun')).toBe('concern');
    expect(welsh("Mae hi'n dweud bod ganddi feddyliau am frifo ei hun")).toBe('urgent');
  });

  it('still reads the rest of the message on its own', () => {
    expect(
      withLearned(
        'She says she has no thoughts of harming herself. She went very quiet when I asked about weekends at her dad’s.',
      ).level,
    ).toBe('urgent');
  });

  it('does not bound a denial of anything else: a child saying nobody hurt him is still read by the learned reader', () => {
    expect(withLearned('He says nobody at home has hit him and he is fine').level).toBe('urgent');
  });
});
