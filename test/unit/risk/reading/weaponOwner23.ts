/**
 * Session 23 (s23-F): a weapon a child has with them now is never explained by whose it is. Whose a weapon is, or the
 * owner's trade or licence (`contexts.identifiedOwner`: "dad's a police firearms officer", "mae ei dad yn gigydd"),
 * explains an adult's weapon at home; it never clears one carried (`contexts.carried`: in a bag, a pocket or a hand,
 * into school, in the street) unless an adult is named holding it or it is in a child's drawing (`contexts.depicted`).
 * A use on someone named by an initial or a year group ("pulled it on K", "waved it at a Y8", "at K") is a use on
 * someone (`contexts.usedOnSomeone`, class `pupil-named`), so no identification clears it. English and Welsh, each
 * everyday sentence beside its risk twin. The phrase reading alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('s23-F: an owner or a trade explains an adult weapon at home, never one a child carries (identifiedOwner)', () => {
  it.each([
    "Reception boy says 'my daddy has a gun'. Dad's a gamekeeper, it's licensed and kept in a locked cabinet.",
    'Y1 drew a picture of his dad with a gun in his hand; dad is a police firearms officer.',
    "Y2 drew a man with a gun in his hand. It's her uncle. He is a police firearms officer.",
    'Y3 girl told us her grandad has a gun for the crows, he is a farmer and it is licensed.',
    'There is a cap gun in the dressing-up box for the cowboy costume.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "T has a gun in his bag. It's his dad's, dad is a police firearms officer.",
    'T has a gun in his bag, his dad is a police firearms officer.',
    "Y8 boy has a knife in his pocket, it's his dad's, his dad is a chef.",
    "Y10 brought his uncle's shotgun to school, uncle is a farmer and it is licensed.",
    "Y7 has a knife in his bag. It's his brother's.",
    'Y9 lad has a knife in his blazer, from home, for protection.',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });
});

describe('s23-F: a weapon used on someone named by an initial or a year group (usedOnSomeone, pupil-named)', () => {
  it.each([
    'In the DT room he used a craft knife from his model kit to cut the balsa, with the teacher beside him.',
    'Y8 used a kitchen knife in food tech under supervision to dice the onions.',
    'He pointed a Nerf gun at K across the playground.',
    "He pulled a knife out of the drawer at home. It's a butter knife for his toast.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'He pulled a knife on K at break, his dad is a butcher.',
    "He pulled a knife on K. It's his dad's, dad is a chef.",
    'He pulled a butter knife on K at lunch.',
    'He waved a knife at a Y8 by the gates, his dad is a chef.',
    'He pointed a knife at a Year 8 boy, his dad is a chef.',
    'He pointed the gun at a Y8, his dad is a farmer.',
    "He held a knife to K's throat, dad is a chef.",
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });
});

describe("s23-F: Welsh, whose it is or the owner's trade never explains a weapon carried or aimed at someone", () => {
  it.each([
    'Mae ei dad yn ffermwr, mae ganddo fo gwn i saethu cwningod, trwydded a bob dim.',
    "Nath o bwyntio'r gwn, mae ei dad yn ffermwr.",
    'Plant bl1 yn deud bod nhw wedi gweld dyn efo gwn ar y cae tu ôl i’r ysgol, ffermwr yn saethu brain.',
    'Mae gwn dŵr yn y bocs gwisgo i fyny.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });

  it.each([
    'Mae gynno fo gyllell yn ei fag, un ei dad.',
    'Mae ganddo gyllell yn ei fag, un ei dad, mae ei dad yn gigydd.',
    'Mae gynno fo gwn yn ei fag. Gwn ei dad ydi o, mae ei dad yn swyddog arfau.',
    "Mae o wedi dod â gwn i'r ysgol, gwn ei dad, mae ei dad yn ffermwr.",
    "Nath o bwyntio'r gwn at K, mae ei dad yn ffermwr.",
    "Nath o bwyntio'r gyllell at K amser cinio, mae ei dad yn gigydd.",
    "Nath o bwyntio'r gwn ato fo, mae ei dad yn ffermwr.",
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });
});
