/**
 * Issue 21, session 19 (s19-W): mechanisms that raised everyday Welsh `none` to urgent or immediate, and a Welsh
 * child's words for sexual touching that read below urgent, each beside its twin. The phrase reading alone (the
 * learned reader can only raise). Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const level = (text: string): RiskLevel => phraseReading(text, 'cy').level;
const atLeast = (text: string, wanted: RiskLevel): boolean => readsAtLeast(text, 'cy', wanted);

describe('sexual touching in a Welsh child’s own words is urgent', () => {
  it.each([
    'Hogan Bl 3 yn deud bod ei hewythr yn ‘cyffwrdd pen ôl fi’ pan mae Mam allan.',
    'Crwt Bl 2: ‘ma fe’n twtsio fy mhidlen i a gweud mai cyfrinach yw e’.',
    'Hogan fach yn deud bod ei chefnder mawr yn dod i mewn i’w stafell hi ac yn cyffwrdd ei thu blaen.',
    'Mae ei llysdad yn dod mewn i’w gwely hi yn y nos ac yn ei chyffwrdd.',
  ])('reads "%s" at least urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });

  it('keeps a parent coming into the room at night to read a story, and touching toes in PE, below urgent', () => {
    expect(atLeast('Dad yn dod mewn i’r stafell yn y nos i ddarllen stori iddi.', 'urgent')).toBe(false);
    expect(atLeast('Ymestyn ar ddechrau’r wers AG: cyffwrdd bysedd traed ddeg gwaith.', 'urgent')).toBe(false);
  });
});

describe('a child lost and found in the same message is a return', () => {
  it.each([
    'Hogyn Bl 2 ’di mynd ar goll yn y ffair – wedi’i ffeindio fo ymhen 3 munud wrth y stondin candi fflos.',
    'Mam yn deud bod hogan Bl 1 ’di mynd ar goll yn Asda ddoe. Ffeindiwyd hi wrth y teganau.',
    'Crwt bach ar goll ar y prom am funud – ffeindion nhw fe wrth y ciosg.',
    'Tîm 3 ar goll am chwarter awr ar y mynydd ond mi ffeindion nhw’r man cyfarfod efo’r map.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child not found, and a child whose coat was found, missing', () => {
    expect(atLeast('Hogyn Bl 2 ar goll yn y ffair, dydyn ni ddim wedi’i ffeindio fo ers 10 munud.', 'urgent')).toBe(
      true,
    );
    expect(atLeast('Hogyn Bl 3 ar goll ers 20 munud. Ffeindion nhw ei got wrth yr afon.', 'urgent')).toBe(true);
    expect(level('Plentyn 5 oed ar goll ar y traeth, dal heb ei ffeindio ers hanner awr.')).toBe('immediate');
  });
});

describe('an accident told just before a hurt explains the hurt', () => {
  it('reads scratches after a fall off a bike below urgent', () => {
    expect(
      atLeast(
        'Mam wedi ffonio – M wedi cael damwain ar ei sgwter ddoe, crafu’i breichiau, bydd hi mewn erbyn 10.',
        'urgent',
      ),
    ).toBe(false);
  });

  it('keeps a hurt done to oneself, and one after a sport word only, at their level', () => {
    expect(atLeast('Wedi cwympo ar yr iard ddoe, torri ei hun eto neithiwr medde’i ffrind.', 'urgent')).toBe(true);
    expect(atLeast('Ymarfer rygbi, crafu’i breichiau efo cwmpawd yn y stafell newid.', 'urgent')).toBe(true);
  });
});

describe('a bleep test, a pillow fight and a fish knife are everyday', () => {
  it.each([
    'Bl 10 ’di lladd eu hunain ar y bleep test bore ’ma, pawb yn goch.',
    'Ei chwaer fawr ’di’i tharo hi efo clustog mewn ffeit glustogau, a’r ddwy yn chwerthin.',
    'Hogan Bl 4 ’di dod â chyllell bysgod o’r tŷ i fwyta’i chinio.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps killing oneself on the railway, a hit with a bat and a real knife at their level', () => {
    expect(level('Mae hi’n deud ei bod hi’n mynd i ladd ei hun ar y rheilffordd heno.')).toBe('immediate');
    expect(atLeast('Mae ei lystad ’di’i daro fo efo’i felt neithiwr.', 'urgent')).toBe(true);
    expect(level('Hogyn Bl 9 ’di dod â chyllell i’r ysgol i ‘sortio’ hogyn arall allan.')).toBe('immediate');
  });
});
