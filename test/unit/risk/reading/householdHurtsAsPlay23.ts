/**
 * Issue 21, session 23 (s23-H): a hurt by an adult at home cleared as an accident or a game. A blow by an adult at home
 * with a reason given after it is a punishment, so neither the ball an idiom names nor a game said after explains it;
 * a game after a reason word ("pan dwi'n colli ar y gwyddbwyll") is the occasion, not the writer's dismissal; an adult
 * at home hitting the child in the face with something, or with a belt, a cable or a slipper, is urgent in Welsh by
 * its phrases. Violence at home said next, past a break in the telling, to be a game is a concern, never when the game
 * came after or the violence is still going on. Each beside its everyday twin. The phrase reading alone. Every
 * sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectWelsh = expectPhraseLevelIn('cy');
const expectEnglish = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('cy');

describe('a blow by an adult at home with a reason after it is a punishment, not a ball or a game', () => {
  it.each([
    "Hogyn Bl 4: 'Mae taid yn fy nharo i efo'r bêl achos dwi'n colli bob tro.'",
    "Mae mam yn fy mwrw i efo'r bêl achos dwi'n rhy araf yn yr ardd.",
    "Crwt Bl 5 yn deud bod ei dad yn ei fwrw fe efo'i felt pan mae o'n colli ar y gwyddbwyll.",
    "Mae'n llysfam i'n fy nharo i pan dwi'n colli ar Monopoly.",
  ])('reads "%s" urgent, physical abuse', (text) => {
    expectWelsh(text, 'urgent', 'physical-abuse');
  });

  it('reads the English twin urgent too', () => {
    expectEnglish("Y4 said 'my nan hits me with the ball because I lose'.", 'urgent', 'physical-abuse');
  });

  it.each([
    // A ball in a game named, or at a party, with no reason given: play.
    "Taid wedi fy mwrw i efo'r bêl yn y gêm griced ar y traeth, chwerthin mawr.",
    "Dad 'di bwrw fi efo'r bêl yn y parti pen-blwydd.",
    // A game a mother wins at is no blow.
    'Mae Mam yn fy nghuro i mewn Monopoly bob tro.',
    // An accident with no adult who hurt anyone.
    "Nain 'di llithro ar y rhew tu allan i'r siop.",
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it("keeps a threat said with a reason a child's dread, not a blow", () => {
    expect(
      below("Y5 said 'my mum's gonna kill me' cos he left his coat on the bus. Found it.", 'urgent', 'en-GB'),
    ).toBe(true);
  });
});

describe('an adult at home hitting the child in the face with something, in Welsh', () => {
  it('reads a stepfather hitting her in the face with a ball urgent', () => {
    expectWelsh("Hogan Bl 6: mae ei llysdad yn ei tharo hi efo'r bêl yn ei hwyneb.", 'urgent', 'physical-abuse');
  });

  it.each([
    "Ges i fy nharo efo'r bêl yn fy wyneb yn y wers AG, trwyn coch.",
    'Cafodd hi ei bwrw gan y bêl yn ei hwyneb ar yr iard, dim byd mawr.',
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a belt, a cable or a slipper used by an adult at home (cyfuniad.oedolyn-adref-a-belt)', () => {
  it.each([
    "Hogyn Bl 3: 'Mami nath efo'r belt achos nes i dorri'r gwydr.'",
    "Croten Bl 5 yn deud bod ei hwncwl yn ei hitio hi 'da'r cebl pan mae hi'n hwyr.",
    "Crwt Bl 2: 'Nain yn defnyddio'r slipar ar fy nghoesa i pan dwi'n ddrwg.'",
    "Mae cariad mam 'di'i waldio fo efo belt neithiwr.",
  ])('reads "%s" urgent, physical abuse', (text) => {
    expectWelsh(text, 'urgent', 'physical-abuse');
  });

  it.each([
    "Nath Taid ladd y pry cop mawr efo'r slipar, pawb yn sgrechian.",
    'Dad wedi prynu belt newydd i fi ar gyfer y wisg ysgol.',
    "Mae Mam yn fy helpu i efo'r belt karate cyn y wers.",
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('violence at home said next to be a game is a concern (identifiedPlay for domestic abuse)', () => {
  it('reads the everyday Welsh and English below urgent', () => {
    expect(
      below("Hogan Derbyn: 'dadi 'di bwrw mami' - ond sôn am y gêm peli eira oedd hi, pawb yn chwerthin.", 'urgent'),
    ).toBe(true);
    expect(
      below(
        "Reception boy: 'dad hit mum' - but he was talking about the snowball fight, all giggles.",
        'urgent',
        'en-GB',
      ),
    ).toBe(true);
  });

  it.each([
    // The game came after the violence.
    "Hogan Derbyn: 'dadi 'di bwrw mami' - wedyn naethon ni gael ffeit peli eira yn yr ardd.",
    // Still going on.
    "Hogyn Bl 2: 'dadi 'di bwrw mami' - sôn am y gêm peli eira, a mae o'n dal i fynd mlan.",
    // A toy in the child's own clause says what the child did, not what the violence was.
    "Hogyn Bl 1: 'Dadi'n bwrw Mami yn y nos a fi'n cuddio yn y cwpwrdd gyda tedi.'",
  ])('still reads the risk twin "%s" urgent or higher', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });

  it('still reads the English twin told as after urgent', () => {
    expect(below("Reception boy: 'dad hit mum' - then we had a snowball fight in the garden.", 'urgent', 'en-GB')).toBe(
      false,
    );
  });
});
