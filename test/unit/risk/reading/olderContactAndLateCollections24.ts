/**
 * Session 24 (s24-I): a young person going to meet someone who gives a young age ("says he's 17", "a '16 year old'",
 * "hogyn '17'") but looks or sounds like an adult ("looks about 30", "older than he said", "dyn tua 30"): urgent as a
 * sign of grooming, immediate when the meeting is today, tonight or at a clock time. And a pattern of late collections
 * of a child ("collected late again, 4th time", "casglu'n hwyr eto, y trydydd tro"): a concern for the DSL's
 * chronology, while a single late pick-up stays none. Each everyday sentence beside its risk twin. The phrase reading
 * alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a claimed young age with an adult look or voice, meeting today (combo.older-contact-meeting-today)', () => {
  it.each([
    "Y8 girl's friend from Snap says he's 17 but in his photo he looks about 30. She is meeting him at the retail park after school today.",
    "Her Roblox 'friend' claims to be 15 but his voice was really deep on the call. She's going to meet him tonight at the bus station.",
    'Y9 lad says the boy from Discord is 16 but he sounded like a man on voice chat. He is leaving at 3:15 to meet him by the canal.',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'online-harm');
  });

  it.each([
    // The same meeting in the past: urgent, not a 999 call.
    'Last week she met a boy who says he is 17, but he looked about 30 when he turned up.',
    "He claims to be 16 but she says he is a lot older than he said, they've been messaging for a month.",
  ])('reads the meeting already past "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'online-harm');
  });

  it.each([
    // A friend from her own school, no age claimed and no adult look.
    'She is meeting her friend from Y10 after school today to revise for the science test.',
    'Y8 is meeting her cousin tonight at the cinema, her mum is driving them both.',
    // An age said, and an adult who is plainly an adult: no claim is contradicted.
    'The new swimming coach is about 30 and the Y9 squad are meeting him at the pool at 4.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('Welsh: hogyn "17" who looks like a man, meeting today (cyfuniad.cwrdd-a-rhywun-hyn-heddiw)', () => {
  it.each([
    "Mae hi'n mynd i gwrdd â hogyn '16' o TikTok ar ôl ysgol heddiw, ond yn y llun mae o'n edrych fel dyn tua 30.",
    "Mae o'n deud bod o'n 17 ond mae ei lais o'n swnio fel dyn. Mae hi'n gadael am 3:20 i'w gyfarfod o.",
  ])('reads "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'online-harm');
  });

  it.each(["Wythnos dwetha nath hi gyfarfod â bachgen '17' o Snapchat, ond roedd o'n edrych fel dyn tua 30."])(
    'reads the meeting already past "%s" urgent',
    (text) => {
      expectWelsh(text, 'urgent', 'online-harm');
    },
  );

  it.each([
    "Mae hi'n cwrdd â'i ffrind o'r un dosbarth ar ôl ysgol heddiw i neud gwaith cartref.",
    'Mae Bl 6 yn cyfarfod â’r hyfforddwr newydd am 4 heddiw yn y neuadd chwaraeon.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

describe('a pattern of late collections (combo.late-collections-pattern, cyfuniad.casglu-hwyr-dro-ar-ol-tro)', () => {
  it.each([
    'Reception boy collected late again tonight, 5.50, the 3rd late collection this half term. Mum says the bus.',
    'Y2 twins: late pick up again, getting later each time, dad blames work every time.',
  ])('reads "%s" a concern', (text) => {
    expectEnglish(text, 'concern', 'neglect');
  });

  it.each(["Derbyn – Mam yn hwyr yn casglu eto heno, y trydydd tro'r mis yma, yn dweud bod y car wedi torri."])(
    'reads the Welsh "%s" a concern',
    (text) => {
      expectWelsh(text, 'concern', 'neglect');
    },
  );

  it.each([
    'Late pick up for Y1 today, gran stuck in traffic on the bypass and rang ahead. He did colouring with me.',
    'Reminder: late collections after 6pm are charged at £5 per 15 minutes.',
  ])('reads a single late pick-up "%s" none', (text) => {
    expectEnglish(text, 'none');
  });

  it.each(["Neges gan Dad: bydd o'n hwyr yn casglu heddiw, styc mewn traffig ar yr A55, Nain yn dod yn lle."])(
    'reads a single Welsh late pick-up "%s" none',
    (text) => {
      expectWelsh(text, 'none');
    },
  );
});
