/**
 * Session 24 (s24-C), round 44. An adult who is drunk or high about to drive a child, or driving one now, is a 999 call
 * in English and Welsh; driven drunk in the past is urgent; a sober parent driving is nothing (`@intoxicated`,
 * `@car-passenger`, `@driver-here-now` and their Welsh classes `@wedi-yfed`, `@gyrru`, `@teithiwr-plentyn`,
 * `@gyrrwr-yma-nawr`). The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
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
