/**
 * Issue 22, session 21 (s21-I): a child in danger now that the phrases read only urgent. An emergency call already made
 * (contexts.emergencyCalled), a threat or a plan for when the child gets home (contexts.goingHome), the child's own
 * wedding with travel booked within days (marriage.own-wedding; contexts.later for a time months away), tablets saved
 * up with a time today (combo.stockpile-tonight), and meeting someone met online today. Each frame beside its everyday
 * twin. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const expectWelshLevel = expectPhraseLevelIn('cy');
const levelOf = (text: string): RiskLevel => phraseReading(text, 'en-GB').level;
const below = (text: string, level: RiskLevel) => compareLevels(levelOf(text), level) < 0;
const welshBelow = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'cy').level, level) < 0;

describe('an emergency call already made for a risk (contexts.emergencyCalled)', () => {
  it.each([
    'Y11 girl under the eating disorder team, heart rate 36 and dizzy, has had nothing but water for days. I have rung 999.',
    'Y9 lad cut his arm in the toilets with a sharpener blade, it is deep and soaking the towels. Ambulance called.',
    'Y10 boy collapsed in the canteen after some ket at lunch, he is breathing fast. 999 called.',
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate');
  });

  it.each([
    // The same harm with no call: the reading stays where the harm alone puts it.
    'Y9 lad cut his arm in the toilets with a sharpener blade last week, it has healed.',
    // A call denied, or told as before today, is not a danger now.
    "Y9 girl didn't come home last night and is not answering her phone. Mum hasn't rung 999 yet.",
    'Y4 boy says his dad punched his mum, so he rang 999 himself. It happened last night.',
  ])('keeps "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });

  it.each([
    'A member of staff rang 111 about a sprained ankle from football, ice pack on and he is fine.',
    'Fire drill went well and in PSHE we practised how to ring 999 and what to say.',
    'Y3 boy fell off the climbing frame, ambulance called as a precaution, he is sitting up and chatting.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh twin, a cut that will not stop and 999 rung, as immediate', () => {
    expectWelshLevel(
      "Hogan bl 10 'di torri'i braich efo rasal a'r gwaed ddim yn stopio, dwi 'di ffonio 999.",
      'immediate',
    );
  });

  it('reads a Welsh call for a sprain below urgent', () => {
    expect(welshBelow("Wedi ffonio 111 am bigwrn wedi troi yn y pêl-droed, mae o'n iawn.", 'urgent')).toBe(true);
  });
});

describe('a threat or a plan for when the child gets home (contexts.goingHome)', () => {
  it.each([
    "Y5 boy says 'if I go home my stepdad will batter me for telling'.",
    "Y8 girl says her dad said he'll kill her when she gets in, she is shaking in my office.",
    "Y6 girl said 'I want to die, I'm going to jump out of my bedroom window when I get home'.",
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate');
  });

  it.each([
    // Said laughing: a joke is a concern on the record, not made now by going home.
    'Y6 boy said his dad will kill him when he gets in because he lost his coat again, laughing.',
  ])('keeps "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });

  it.each([
    "Mum's going to kill me when I get home, I lost my blazer again lol",
    'When she gets home her dad is taking her swimming, she is so excited.',
    'If I go home early I can watch the match with my grandad, he said.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe("the child's own wedding, with travel within days (marriage.own-wedding, contexts.later)", () => {
  it.each([
    "Y10 girl says the family fly to Lahore tomorrow at 6am and she's marrying her cousin when they land. Dad has her passport.",
    "Y9 girl told me her nikah is arranged and the flights are booked for Thursday. She says she doesn't want to.",
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'forced-marriage');
  });

  it.each([
    // Her own wedding months away is urgent, not travel within days.
    'Y11 girl says her parents have booked flights for the summer holidays and she is marrying her cousin out there.',
  ])('reads "%s" urgent, not immediate', (text) => {
    expectLevel(text, 'urgent', 'forced-marriage');
  });

  it.each([
    "Y10 mum asked for a week off for her older sister's wedding in Lagos, flights already booked for Thursday.",
    'G (12) is going abroad in August for her cousin’s wedding, she is a bridesmaid and showed me the dress.',
    'Dad of a Y4 girl asked for five days off in June for his own wedding in Portugal, flights booked.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('tablets saved up with a time today, and a whole strip swallowed (combo.stockpile-tonight, danger.overdose-taken)', () => {
  it.each([
    "Y10 boy told me he's been saving his nan's sleeping tablets and he's doing it tonight when his mum is on nights.",
    "Y9 girl says she swallowed a whole strip of her mum's tablets at break, she's gone grey.",
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate');
  });

  it.each([
    // A stockpile with no time, or a day later in the week: urgent, as a DSL acts on it today but not with 999.
    "Y11 girl told me she's been saving her sertraline in a sock in her drawer, about 30, and has no date in mind.",
  ])('reads "%s" urgent, not immediate', (text) => {
    expectLevel(text, 'urgent');
  });

  it.each([
    'Nurse note: Y8 has been saving up for a new phone and tonight she is getting it with her birthday money.',
    'Y5 boy took a whole packet of crisps to his room, the foster carer says he is settling well.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a child meeting someone met online, today (combo.meeting-online-contact-today)', () => {
  it.each([
    "Y9 girl says she's meeting a man she met on Snapchat at the Travelodge tonight, he's sending an uber.",
    'A 14-year-old boy is getting the train to meet a guy off snap in an hour, the guy paid for the ticket.',
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'online-harm');
  });

  it.each([
    // Met online and wanting to meet at the weekend: urgent, not yet under way.
    'Y8 boy says a man he met on Discord wants to meet him at the retail park on Saturday.',
  ])('keeps "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });

  it.each([
    'Online safety evening tonight for parents: what to do if your child wants to meet someone.',
    'Y10 is meeting her cousin from Manchester at the station tonight, mum is driving them.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a threat to finish the child off when she gets home (combo.threat-to-finish-the-child)', () => {
  it.each([
    "Y9 girl says if she goes home tonight her stepdad will 'finish what he started', red marks round her neck.",
    "Y6 boy: 'mum's boyfriend said he'll finish me off when I get in for telling'.",
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'physical-abuse');
  });

  it.each([
    // Said laughing: a concern on the record.
    "Mum said she'll finish me off when I get in if I've lost my PE kit again, laughing",
  ])('keeps "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });

  it.each([
    "She'll finish her homework tonight when she gets home.",
    'Dad will finish her portrait tonight, it is nearly done.',
    "He'll finish what he started in the art room next lesson.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});
