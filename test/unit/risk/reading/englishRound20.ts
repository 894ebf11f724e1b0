/**
 * Issue 22, session 20 (s20-E): kinds of immediate danger the phrases read only urgent (a child with someone met online
 * and under way now, a child made to carry a package on a train now, cutting shown with a flight within days, a young
 * child alone in the cold, a laundry capsule bitten), a harmless kind used on someone, force to marry beside a wedding
 * role, and a child who ran off and has not been found. Each frame beside its everyday twin. The phrase reading alone
 * (the learned reader is not asked). Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading, readsAtLeast } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const expectWelshLevel = expectPhraseLevelIn('cy');
const below = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'en-GB').level, level) < 0;
const welshBelow = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'cy').level, level) < 0;

describe('a child with, or gone off with, someone met online, under way now (combo.with-online-contact-now)', () => {
  it.each([
    "Y10 girl's dad rang: she left the house at 6 with a man she met on TikTok, her phone location is heading for the M5.",
    'Texted me: "im in his car, the guy from snapchat, we are on the motorway". She is 13.',
    'He is with a lad he met on Discord right now, at the bus station, and will not say where they are going.',
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });

  it.each([
    // Met online and meeting at the weekend: urgent, not yet under way.
    'Y8 girl says a man she met on Roblox wants to meet her at the shopping centre on Saturday.',
    // Gone off with them, in the past and back.
    'Last year she met a man on Snapchat and went off with him for a weekend; she is back and has support from CAMHS.',
  ])('keeps "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });

  it.each([
    'She met her online friend from the orchestra at the station with her mum now, they are heading to rehearsal.',
    'Online safety lesson: never go off with someone you met online.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a child made to carry a package, on a train or a bus now (combo.carrying-in-transit-now)', () => {
  it('reads a child calling from a train with a package for the men he owes as immediate', () => {
    expectLevel(
      "T (14) just texted me from the train to Cardiff - the olders made him take a package and someone meets him at the station, he's scared.",
      'immediate',
      'exploitation',
    );
  });

  it.each([
    'Mum rang from the station to say the parcel for the school fair is on the train.',
    'Our parcels for the Christmas appeal went on the coach this morning, just texted the driver.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('cutting shown or said with a private part, and a flight within days (combo.fgm-cut-and-flight-soon)', () => {
  it('reads a girl who shows "cut" and points between her legs before a flight tomorrow as immediate', () => {
    expectLevel(
      'On her communication book R (9, non-verbal) pressed CUT and AEROPLANE and pointed between her legs. Dad says they fly to see grandma tomorrow.',
      'immediate',
      'fgm',
    );
  });

  it.each([
    'She cut her knee on the slide and has a sore bottom from falling. They fly to Spain tomorrow.',
    'He cut his finger in DT and has a plaster; the family fly out on Saturday for the wedding.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a young child alone in the cold (combo.young-alone-in-the-cold, cyfuniad.plentyn-ifanc-yn-yr-oerfel)', () => {
  it.each([
    'A toddler is sitting in a buggy outside the bookies, nobody with him, freezing, been there ages.',
    'Baby in a pram on the pavement outside the chippy, no one with it, shivering.',
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'neglect');
  });

  it('reads the Welsh twin immediate', () => {
    expectWelshLevel("Plentyn bach yn y bygi tu allan i'r dafarn, neb efo fo, yn rhewi.", 'immediate');
  });

  it.each([
    "Baby in a pram outside the bakery, mum popped in for bread, it's a cold morning.",
    'The Y2 class built a snowman in the freezing cold and the little ones loved it.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh everyday twin below urgent', () => {
    expect(welshBelow("Babi yn y pram tu allan i'r siop, Mam wedi piciad mewn, mae'n oer heddiw.", 'urgent')).toBe(
      true,
    );
  });
});

describe('a laundry capsule bitten or swallowed (@ate-it, @unsafe-ingestion; Welsh cyfuniad.llyncu-peth-peryglus)', () => {
  it('reads a nursery child who bit into a laundry capsule as immediate', () => {
    expectLevel(
      'Nursery boy bit into a laundry capsule from the cupboard, blue gel round his lips, coughing.',
      'immediate',
    );
  });

  it('reads the Welsh twin immediate', () => {
    expectWelshLevel('Mae plentyn y feithrinfa wedi cnoi capsiwl golchi, hylif glas ar ei wefusau.', 'immediate');
  });

  it.each([
    'Could someone buy laundry capsules for the PE kit wash this week?',
    'He was chewing on his pencil again in maths.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh everyday twin below urgent', () => {
    expect(welshBelow("Mae angen prynu capsiwlau golchi i'r ystafell chwaraeon.", 'urgent')).toBe(true);
  });
});

describe('a harmless kind used on someone (harmlessWhenAimed)', () => {
  it.each(['Y9 pulled a butter knife on another boy in the canteen.', 'He pointed a BB gun at her from the window.'])(
    'keeps "%s" immediate: what it is does not clear what was done with it',
    (text) => {
      expectLevel(text, 'immediate', 'immediate-danger');
    },
  );

  it.each([
    'He had a butter knife in his lunchbox for his crackers.',
    'He pointed a Nerf gun at his friend at the party.',
    'Y1 girl pointed a water pistol at me in the paddling pool.',
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('force to marry beside a wedding role (marriage.coerced)', () => {
  it.each([
    'Her cousin is a bridesmaid. She is 15 and says she is being made to marry a man in Pakistan this summer.',
    'She is 14, she is a flower girl at her aunt’s wedding and says her dad is forcing her to get married after it.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(readsAtLeast(text, 'en-GB', 'urgent')).toBe(true);
    expect(phraseReading(text, 'en-GB').indicators).toContain('forced-marriage');
  });

  it.each([
    'She is a bridesmaid at her sister’s arranged marriage in the summer and is so excited.',
    'She is a flower girl at her mum’s wedding and dad made her wear a pink dress.',
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a child who went off and has not been found (combo.gone-off-not-found)', () => {
  it('reads "ran off … hasn\'t been found" urgent', () => {
    expectLevel("She ran off from the park after tea. She hasn't been found.", 'urgent', 'missing');
  });

  it('reads it immediate when it is still going on', () => {
    expectLevel("He walked off from the campsite and we can't find him, been 40 minutes.", 'immediate', 'missing');
  });

  it.each([
    'She ran off from the park. We found her 2 mins later by the swings.',
    "He ran off with my pencil case and I can't find it.",
    "The dog ran off on the beach and we still can't find it.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('blood said to be treated as a minor injury (identifiedMinor) and toy weapons made of bricks (idioms)', () => {
  it.each([
    'Y3 tripped on the field and took the skin off his knee, lots of blood, cleaned and dressed, back to class.',
    'Lots of blood from her chin on the climbing frame but just a graze. Cleaned, plastered, note home.',
    'Reception boys building guns out of Lego at choosing time and chasing the baddies.',
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Blood that will not stop is real, whatever was tried.
    "Lots of blood from his arm, cleaned and dressed but it won't stop bleeding through the dressing.",
    // A real weapon taken out of a cabinet is no toy.
    "He's got a gun out of his dad's cabinet and is at the school gate now.",
  ])('keeps "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });
});
