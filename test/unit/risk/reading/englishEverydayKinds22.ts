/**
 * Issue 22, session 22 (s22-E): English everyday messages the phrases read urgent or 999 — a game or a score named
 * with a verb of beating (`contexts.playedAt`), playground games, a big knife or blood explained by food or farming, a
 * missing child back in the same message, a lock-out explained by a key. Each beside its risk twin, which still reads
 * at its level. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = (text: string, level: RiskLevel) => !readsAtLeast(text, 'en-GB', level);

describe('a game or a score named with a verb of beating means won (contexts.playedAt)', () => {
  it.each([
    "Y7 girl says her grandad 'battered' her at draughts all half term.",
    'Y10 lad says his mum absolutely whipped him at badminton, 21-4.',
    "Y6 boy says his cousin is going to 'batter him' at Rocket League tonight.",
    'Our U12s thrashed the team from across town 7-1 on Saturday, hat-trick for S.',
    'They got hammered in the county cup final, lads gutted.',
    "Y4 said her dad beat her at Monopoly again and she's demanding a rematch.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // What the verb was about is not a game: after the match, at home, with a thing.
    'Y8 says his dad battered him after the match on Saturday.',
    'Y7 girl says her stepdad battered her at home last night.',
    'Y5 says her dad hit her with the chess board when she won.',
    'Y9 lad says his uncle beat him 3 times with a belt.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });

  it('still reads a threat for tonight with no game named as 999', () => {
    expectLevel("Y6 boy says his stepdad is 'going to batter him' tonight.", 'immediate');
  });
});

describe('playground games and video games (sport, simulated, identifiedPlay, idioms)', () => {
  it.each([
    "Y3 boys playing zombies on the field, lots of 'I'm gonna kill you and eat you!'",
    "Y2 shouting 'I'm gonna kill you!' - zombie tag. Nobody hurt.",
    "Y1 playing sharks and lifeguards: 'I've been shot! I'm dead!'",
    "Y9 lad with a scraped knee acting like he's been shot.",
    "Y10s at break going 'he got shot in the head' - it's about Call of Duty again.",
    "Y7 said 'my sister hits me every day' - on Mario Kart, with the red shell.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // An adult at home named with the threat: no game explains it.
    "Y3 girl says her stepdad said 'I'm gonna kill you' when she spilt her drink.",
    // Hit with a real thing, a game named after: still a blow.
    "Y7 said 'my sister hits me every day' - with the TV remote, she has marks.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent');
  });

  it('still reads a child who has been shot, with no game, as 999', () => {
    expectLevel("Y9 lad rang from the park: 'I've been shot', there's blood on his hoodie.", 'immediate');
  });
});

describe('a big knife or blood explained by food or farming (identifiedHarmless, identifiedMinor)', () => {
  it.each([
    "Rec girl at news: 'my daddy has a big knife and he cuts the fish open'. Dad's a fisherman.",
    "Y1: 'mummy got the big knife and carved the pumpkin and the guts came out!'",
    "Y2 boy: 'there was blood all over my mum last night'. It's lambing, she helped pull a lamb out.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // The knife used on someone: a trade or food named beside it explains nothing.
    "Rec girl: 'my daddy has a big knife and he pointed it at mummy'. Dad's a fisherman.",
    "Y1: 'daddy got the big knife and said he would cut mummy'.",
  ])('still reads the risk twin "%s" as 999', (text) => {
    expectLevel(text, 'immediate');
  });

  it('still reads blood on a parent with no farming said as 999', () => {
    expectLevel("Y2 boy: 'there was blood all over my mum last night and she wouldn't wake up'.", 'immediate');
  });
});

describe('a missing child back in the same message (contexts.returned)', () => {
  it.each([
    'DofE practice: one group went missing for 20 minutes on the common, they came back round the other side.',
    'Y3 group went missing for an hour on the walk, turned up at the café laughing with the map upside down.',
    'Y1 girl slipped out of the line at the museum - found her 2 mins later in the gift shop looking at the pencils.',
    "Y8 boy 'ran away from home' on Saturday - to his gran's round the corner. Back for tea.",
    'Y2 boy disappeared behind the curtain in the hall, found him eating his snack.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y9 girl went missing from her foster placement last night, police involved, not back yet.',
    "Y8 boy 'ran away from home' on Saturday and hasn't been seen since.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'missing');
  });
});

describe('a child who "can\'t go home", explained by a key (contexts.dismissal)', () => {
  it('reads a lock-out explained below urgent', () => {
    expect(below("Y8 girl said she 'can't go home' - she'd lost her key and mum's at work till 5.", 'urgent')).toBe(
      true,
    );
  });

  it("still reads a child who can't go home because of what happens there urgent", () => {
    expectLevel("Y8 girl said she 'can't go home' because her stepdad hits her when he's drunk.", 'urgent');
  });
});

describe("a wound in a story named before it is the story's (fiction; lead, session 22)", () => {
  it.each([
    'Y10 are studying Of Mice and Men, where Lennie is shot at the end.',
    'In the film we watched in PSHE a teenager was stabbed outside a chip shop.',
  ])('reads the lesson "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // The child is named with the wound, or the wound is told apart from the story.
    'Y10 are studying Of Mice and Men. K has just been stabbed outside the gate.',
    'Y10 are studying Of Mice and Men and K came in saying he got stabbed at lunch.',
    'We were watching the film when he told me he was stabbed at the weekend.',
  ])('still reads "%s" at 999', (text) => {
    expectLevel(text, 'immediate');
  });
});

describe('a game given as the reason for a blow is not what the blow was (contexts.reasonFor; lead, session 22)', () => {
  it('reads a blow in a video game, said so, below urgent', () => {
    expect(below("'Mummy hit me!' - on the Xbox, in Fortnite.", 'urgent')).toBe(true);
  });

  it.each([
    "Said 'Dad punched me because I was too loud on the Xbox'.",
    "Y4 has a black eye. Said 'Mum's friend punched me cos I was on the Xbox too late'.",
  ])('still reads "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });

  it('still reads the Welsh "achos" twin urgent', () => {
    expectPhraseLevelIn('cy')("Nath Dad fy nharo i achos bo fi'n rhy swnllyd ar yr Xbox.", 'urgent', 'physical-abuse');
  });
});
