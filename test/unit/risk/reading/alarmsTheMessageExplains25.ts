/**
 * Round 46, session 25 (s25-D): English alarms of marriage, exploitation, missing and despair that the same message
 * explains — "going country" said of a family or an organised trip (`contexts.familyTrip`), a child's "wedding" that is
 * play or an adult's own (`contexts.everydayWedding`), a wish to die over an outing called off, an illness or an
 * embarrassment (`contexts.trivialCause`), an older man collecting a teenager who is her tutor booked by a parent
 * (`contexts.identifiedKnown`), and a night away that a friend's parent confirmed or that ends with the child in school
 * (`contexts.returned`), unless it is one of many (`contexts.missingAgain`) or told with another risk sign. Each beside
 * its risk twin, which still reads at its level. The phrase reading alone. Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'en-GB').level, level) < 0;

describe('"going country" said of a family or an organised trip (contexts.familyTrip)', () => {
  it.each([
    "Tyler says he's going country at Easter - his nan's got a static caravan near Tenby, he can't wait",
    "Y8 says he went country last week, to his mum's cottage in Devon with the family, and caught a crab",
    "The Y7s keep joking they're 'going country' on Friday - it's the cubs camp in the Brecon Beacons, kit list sent home",
  ])('reads the everyday "%s" as none', (text) => {
    expectLevel(text, 'none');
  });

  it.each([
    // Money from an older person told with it keeps it.
    "Y9 lad said he's going country this weekend with his olders, they're paying him £300",
    // No trip named at all.
    'Told his mate he went country in the holidays, came back with a wad of cash',
    // A caravan with no family named is no family trip.
    "He's going country at half term, staying in some caravan, won't say whose",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'exploitation');
  });
});

describe("a child's wedding that is play or an adult's own (contexts.everydayWedding)", () => {
  it.each([
    'Y3 girl announced she is getting married to Oscar at playtime. He gave her a Haribo ring.',
    "Nursery boy cried all afternoon with a broken heart because Isla won't marry him at snack time",
    "Two Y1s kissed on the cheek in the line and said they're getting married next week. Very giggly.",
    "Reception pair told the whole carpet they're getting married, with a daisy ring each",
    "Y9 girl says she's getting married on Sunday - a pretend wedding on Roblox with her best mate",
    'JB 19 told the class he is getting married in June, his fiancee is 20 and they have booked the venue',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Under 18, abroad, a cousin, a wedding arranged for her, pressure: each keeps it.
    'Y9 girl told me she is getting married in the summer holidays in Pakistan to her cousin, she is 14',
    'Y10 girl told me she is getting married next month, her dad has arranged it',
    "Y11 girl said she's getting engaged over Easter and she doesn't want to, family are pressuring her",
    'She is getting married this summer, she is 16, he is 19',
    // A crush's words beside a promise made for her.
    "She's been promised to marry him since she was 12, he is her uncle's friend",
  ])('still reads the risk twin "%s" urgent or higher', (text) => {
    expect(below(text, 'urgent')).toBe(false);
    expect(phraseReading(text, 'en-GB').indicators).toContain('forced-marriage');
  });
});

describe('a wish to die over an outing called off, an illness or an embarrassment (contexts.trivialCause)', () => {
  it.each([
    "Y8 said 'I want to die' when the residential got cancelled. It's been moved to the summer term.",
    "Y5 said he wanted to die after the class trip was postponed. He's already packed for the new date.",
    "He said he 'wanted to die' because he felt so ill with the bug, mum says he's eating again",
    "Y11 lad says he 'wants to die' after calling sir dad in front of the class. He'll live.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // An unexplained or repeated wish, or one over what happens at home, is no trivial cause.
    "Y8 said 'I want to die' and she has been saying it every day this week.",
    "She said she wants to die when her mum's boyfriend moved in.",
    'He says he wants to die and the trip has nothing to do with it, he has a plan.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });
});

describe('an older man collecting a teenager, named as a tutor a parent booked (contexts.identifiedKnown)', () => {
  it.each([
    "An older man collects her at lunch most days - it's her tutor, the sessions are arranged by her dad. Mocks in May",
    "someone said an older man picks J up on Wednesdays - it's his driving instructor, booked by his mum for his test",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'An older man collects her at lunch most days, she says he is her tutor, but mum has never heard of him',
    'older men picking her up from school in different cars',
    'An older man picks her up after school and buys her vodka',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'exploitation');
  });
});

describe('a night away resolved in the same message (contexts.returned, contexts.missingAgain)', () => {
  it.each([
    "Mum rang at 7, L didn't come home last night. She stayed at her friend's after the party and her friend's mum has confirmed. L is in period 1 now.",
    "Carers rang that K didn't come home last night - he was at his nan's, arranged with his social worker. Tutor has seen him.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Repeated: the pattern is the risk.
    "L didn't come home last night again - third time this month. She's in school now, says she stayed at a friend's.",
    // Back, but with another risk sign.
    "M went missing overnight, she is in school now but has a new phone and won't say where she got it",
    // Not back.
    "K didn't come home last night and mum can't reach her. Her friend's mum hasn't seen her either.",
  ])('still reads the risk twin "%s" urgent or higher', (text) => {
    expect(below(text, 'urgent')).toBe(false);
    expect(phraseReading(text, 'en-GB').indicators).toContain('missing');
  });
});

describe('"to beat the traffic" (an idiom)', () => {
  it('reads a drive home overnight as none', () => {
    expectLevel('We left at 4am to beat the traffic, mum said he slept the whole way home', 'none');
  });

  it('still reads a blow to mum told beside the traffic urgent', () => {
    expectLevel('Dad beat mum last night, the traffic was awful and he was angry', 'urgent', 'domestic-abuse');
  });
});
