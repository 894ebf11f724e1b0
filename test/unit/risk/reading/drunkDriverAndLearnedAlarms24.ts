/**
 * Session 24 (s24-C), round 44. An adult who is drunk or high about to drive a child, or driving one now, is a 999 call
 * in English and Welsh; driven drunk in the past is urgent; a sober parent driving is nothing (`@intoxicated`,
 * `@car-passenger`, `@driver-here-now` and their Welsh classes `@wedi-yfed`, `@gyrru`, `@teithiwr-plentyn`,
 * `@gyrrwr-yma-nawr`), read by the phrases alone. Then English everyday messages the learned reader alone read urgent
 * or 999, each beside its risk twin, read by both readers. Every sentence is synthetic.
 */
import { assessText, compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('an intoxicated adult driving a child (combo.intoxicated-driving-child-passenger, -driver-here-now)', () => {
  it.each([
    'Swimming pick-up: mum of the Y1 twins is swaying in the foyer, smelling of booze, and is putting them in the car to drive home now.',
    "Dad's here to collect the 4 year old, stinking of cans and slurring, saying he's driving her home.",
    'Grandad has had a few pints and is about to drive the kids back from the fair.',
    'Netball: Y3 girl, her mum reeking of booze and staggering, has just arrived and is trying to put her in the car.',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'neglect');
  });

  it.each([
    'Last week dad drove the kids home from football drunk, mum told us this morning.',
    'On Saturday her stepdad had been drinking and drove her and her brother back from the match.',
  ])('reads the past "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    'Dad is driving the twins to swimming and they are excited.',
    'Mum drove the kids home from the party, she had been on the orange juice all night.',
    // Someone unsteady from an injury, not from drink.
    'Grandad could barely stand after his knee operation, nan drove the little ones home.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a Welsh intoxicated adult driving a child (cyfuniad.oedolyn-meddw-yn-gyrru-plentyn, -gyrrwr-meddw-yma-nawr)', () => {
  it.each([
    "Mae tad yr efeilliaid yma i'w nôl, yn drewi o gwrw, ac mae o'n deud ei fod o'n gyrru nhw adra.",
    "Mae mam-gu yn chwil ac ar fin gyrru i ffwrdd gyda'r plant yn y car.",
    "Mae dad yn feddw ac mae o am yrru adref efo'r plant rŵan.",
    "Mae mam wedi bod yn yfed ac yn trio rhoi'r plant yn y car i yrru adre.",
  ])('reads "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'neglect');
  });

  it.each(["Nath dad yrru nhw adre o'r parti yn feddw nos Sadwrn."])('reads the past "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    "Mae mam yn gyrru'r plant i'r ysgol bob bore ac mae'r efeilliaid yn hapus.",
    "Mae dad yn gyrru'r plant i'r gêm ddydd Sadwrn.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

// Both readers: the learned reader alone read these everyday messages urgent or 999; what they were, said at once,
// bounds it to concern in the sentences it explains. The risk twins are read by the learned reader and stay.
const bothBelow = (text: string, level: RiskLevel) => compareLevels(assessText(text, 'en-GB').level, level) < 0;
const bothAtLeast = (text: string, level: RiskLevel) => compareLevels(assessText(text, 'en-GB').level, level) >= 0;

describe("an everyday thing said at once after a child's words (contexts.identifiedMeaning)", () => {
  it.each([
    // Each read urgent by the learned reader alone before s24-C.
    "Reception boy said 'daddy locks me in at night', turns out it's the stair gate on his bedroom door.",
    "Y1 girl whispered 'I'm not allowed to tell you miss'. It's my birthday present, she said.",
    "Reception girl said 'daddy locks me in'. Turns out it's the baby gate at the top of the stairs.",
  ])('reads the everyday "%s" below urgent with both readers', (text) => {
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    "Reception girl said 'daddy locks me in the bathroom all night when I'm naughty'.",
    "Y2 girl said 'I'm not allowed to tell, the man at the park gives me sweets'.",
    "Y4 boy said he saw a dead body in the flat, his mum's not waking up.",
  ])('still reads the risk twin "%s" urgent or higher with both readers', (text) => {
    expect(bothAtLeast(text, 'urgent')).toBe(true);
  });
});

describe('a grandparent taken off in an ambulance (contexts.adultCasualty), a fire engine going past (passingVehicle)', () => {
  it.each([
    // Each read 999 by the learned reader alone before s24-C.
    'Y3 boy upset because his grandad got taken off in an ambulance on Sunday after a fall, he is in hospital and doing well.',
    "Y2 girl said 'my nanny went off in an ambulance' and cried at lunch. She had a fall and is doing ok.",
    "Nursery boy (non-verbal) screaming and pulling me towards the fire door, pointing. fire engine going past outside, he's obsessed with them. we went out to wave.",
  ])('reads the everyday "%s" below urgent with both readers', (text) => {
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y3 boy said his mum went off in an ambulance after dad hit her.',
    // A passing ambulance clears no phrase: the child is still not breathing.
    'Y2 boy collapsed in the playground and is not breathing, an ambulance was going past and stopped.',
  ])('still reads the risk twin "%s" urgent or higher with both readers', (text) => {
    expect(bothAtLeast(text, 'urgent')).toBe(true);
  });
});
