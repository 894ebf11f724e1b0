/**
 * Session 27 (s27-F): false 999 calls, `none` messages read immediate (round 50), each an alarm the same message
 * explains at once. A stab or a shot said next to be fake (ketchup, red paint) or a game of shooting (paintballing,
 * laser tag), or a weapon said to look as if it had been used (`identifiedFake`, `lookedLike`); a rumoured stab's
 * school point told two sentences on; a quoted weapon glossed at once by a harmless thing (`glossHarmless`); a photo
 * "shot"; a knife carving a roast; bleeding said to be "fine now" in its own sentence; a quoted threat over lost kit or
 * a mark; a "missing" child there the whole time; a scare-quoted dose or "poison" glossed by an everyday thing or a
 * double dose checked with 111 (`harmlessDose`). Each beside its risk twin, which still reads at its level. The phrase
 * reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsAtLeast, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a stab or a shot said next to be fake or a game (identifiedFake, lookedLike)', () => {
  it.each([
    "Y4 came running, 'Sam's been stabbed!' - it was ketchup from the hot dog stall all over his shirt, he's fine.",
    'Our Y9 got shot loads at the weekend, paintballing with his scout troop.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads a Welsh "looked like someone stabbed him" said to be ketchup below urgent', () => {
    expect(
      below("Roedd o'n edrych fel bod rhywun 'di stabio fo, sos coch o'r barbeciw dros ei grys i gyd.", 'urgent', 'cy'),
    ).toBe(true);
  });

  it.each([
    "Y9 has been stabbed outside the chip shop, there's blood everywhere and he's not answering",
    'He has been shot at paintball, ambulance called',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });

  it('still reads Welsh bleeding beside a look of a stab immediate', () => {
    expectWelsh(
      "Roedd o'n edrych fel bod rhywun 'di stabio fo, mae o'n gwaedu'n ddrwg",
      'immediate',
      'immediate-danger',
    );
  });
});

describe("a rumoured stab said two sentences on to be a school point's scratch (identifiedPoint)", () => {
  it('reads the everyday rumour below urgent', () => {
    expect(
      below(
        "Parents are asking about a Y8 who 'got stabbed' by the lockers. I checked with his tutor. He caught his thumb on a compass in his pencil case, a tiny scratch.",
        'urgent',
      ),
    ).toBe(true);
  });

  it('still reads a stab with a compass point and an ambulance immediate', () => {
    expectLevel(
      'A Y8 got stabbed by the lockers. I checked with his tutor. It was a compass, a deep wound, ambulance called.',
      'immediate',
      'immediate-danger',
    );
  });
});

describe('a quoted weapon glossed at once by a harmless thing (glossHarmless)', () => {
  it("reads the everyday \"'I've got a gun!' — a banana\" below urgent", () => {
    expect(below("'I've got a gun!' — a banana, at snack time.", 'urgent')).toBe(true);
  });

  it('reads a Welsh quoted knife glossed as a banana below urgent', () => {
    expect(below("'Mae gan D gyllell yn ei fag' – banana oedd hi", 'urgent', 'cy')).toBe(true);
  });

  it("still reads the risk twin \"'I've got a gun' — in his bag\" immediate", () => {
    expectLevel("'I've got a gun' — in his bag, he showed me", 'immediate', 'immediate-danger');
  });

  it('still reads a Welsh knife in a bag immediate', () => {
    expectWelsh('Mae gan D gyllell yn ei fag', 'immediate', 'immediate-danger');
  });
});

describe('a photo "shot" and a knife carving a roast', () => {
  it.each([
    'Y7 finally got shot for her school portrait after being off sick.',
    "Reception drew grandad with a huge knife - he's carving the turkey, labelled it Christmas dinner.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads a shot near the park immediate', () => {
    expectLevel('Y7 got shot near the park last night', 'immediate', 'immediate-danger');
  });
});

describe('Welsh bleeding said to be fine now in its own sentence', () => {
  it('reads a grazed knee with a plaster, "iawn rŵan", below immediate', () => {
    expect(below("Bl 2 'di syrthio ar yr iard, pen-glin yn gwaedu lot, plaster, iawn rŵan.", 'immediate', 'cy')).toBe(
      true,
    );
  });

  it('still reads bleeding that goes on now immediate', () => {
    expectWelsh(
      "Bl 2 'di syrthio ar yr iard, pen-glin yn gwaedu lot, dal i waedu nawr",
      'immediate',
      'immediate-danger',
    );
  });
});

describe('a quoted threat over lost kit or a mark (glossCause)', () => {
  it.each([
    "Y7 says 'mum's going to kill me' - lost his PE kit on the bus again.",
    "she says 'dad's going to kill me' - got a 4 in the maths mock",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads the risk twin with a blow told after it urgent or higher', () => {
    expect(
      readsAtLeast("He says mum's going to kill him when he gets home, she hit him last time", 'en-GB', 'urgent'),
    ).toBe(true);
  });
});

describe('a "missing" child there the whole time (returned)', () => {
  it('reads the everyday "he was in the toilets the whole time" below urgent', () => {
    expect(below("Panic at the fair, a 'missing' Y3 - he was in the toilets the whole time.", 'urgent')).toBe(true);
  });

  it('reads the Welsh "drwy\'r amser" below urgent', () => {
    expect(below("Hogan 'ar goll' yn y parc — roedd hi yn y siop efo'i mam drwy'r amser.", 'urgent', 'cy')).toBe(true);
  });

  it('still reads a child not found urgent or higher', () => {
    expect(readsAtLeast("Y3 is missing from the fair and we can't find him", 'en-GB', 'urgent')).toBe(true);
    expect(readsAtLeast("Mae hogan Bl 3 ar goll o'r parc a dan ni'n methu ffeindio hi", 'cy', 'urgent')).toBe(true);
  });
});

describe('a scare-quoted dose or "poison" glossed by an everyday thing (harmlessDose)', () => {
  it("reads the everyday \"'overdosed' on Calpol - … 111 said he's fine\" below urgent", () => {
    expect(below("Y5 'overdosed' on Calpol - dad accidentally gave him two doses, 111 said he's fine.", 'urgent')).toBe(
      true,
    );
  });

  it('reads the Welsh "\'gwenwyn\' – finegr" below urgent', () => {
    expect(below("Merch Bl 2 'di yfed 'gwenwyn' – finegr o'r bwrdd sglodion, mae hi'n iawn", 'urgent', 'cy')).toBe(
      true,
    );
  });

  it.each([
    "she's overdosed on her mum's tablets, she's very sleepy",
    "she 'overdosed' - took 20 paracetamol, 111 said go to A&E",
    "she's overdosed - accidentally took her tablets twice",
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });

  it('still reads Welsh bleach drunk immediate', () => {
    expectWelsh("Mae o 'di yfed cannydd o dan y sinc", 'immediate', 'immediate-danger');
  });
});
