/**
 * Session 23 (s23-K): English lost things read as a missing child, and serious neglect worded in staff's everyday
 * words. A thing named as the subject of "gone missing / missing since / went missing" is no missing child (Welsh has
 * had `isThingLost`; English now reads a `lostThing` before the phrase), never when a person, an initial, a pronoun
 * or a year group is its subject. The neglect tally (`neglect.signs-together`, four kinds of sign) hears more of the
 * words staff use for each kind, in English and Welsh. Each everyday sentence beside its risk twin, which still reads
 * at its level. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'en-GB').level, level) < 0;
const belowIn = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'cy').level, level) < 0;

describe('a thing that went missing, named as the subject (contexts.lostThing, English)', () => {
  it.each([
    "has anyone seen a spare USB lead? mine's gone missing",
    'the key to the music room, missing since Wednesday',
    'can anyone lend me the key to the art store? missing since friday',
    "B's green hoodie with his name in it has gone missing, please check your cloakrooms",
    'Lost property: one red welly missing since Thursday, ask at the office',
    'the big scissors went missing from the craft table again',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y8 girl missing since Tuesday, mum has rung the police',
    "he's gone missing from the park, last seen an hour ago",
    'J went missing last night and mum has rung the police',
    'the Y10 boy in the grey hoodie has gone missing from the trip',
    'year 9 lad missing since this morning, not answering his phone',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'missing');
  });
});

describe('serious neglect in other words (neglect.signs-together)', () => {
  it.each([
    // One kind of sign alone is no tally.
    'both boys smell of the bonfire after Guy Fawkes night',
    'Y3 wolfed down three plates of pancakes on pancake day',
    'nan is poorly in bed with the flu this week',
    'we cooked sausages on a camping stove at Scouts',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "twins (6) in the same clothes as all week, both smell, no electric at home since Friday and mum 'poorly in bed a lot'. The older one is doing all the cooking on a camping stove. Both wolfed down three plates",
    'Y2 has an infected weeping scab on his scalp, hair matted, front teeth rotten, two missed dental appts, still not been to the GP',
  ])('reads the risk twin "%s" at least concern, the tally urgent when four kinds meet', (text) => {
    expect(compareLevels(phraseReading(text, 'en-GB').level, 'concern')).toBeGreaterThanOrEqual(0);
  });

  it('reads four kinds of sign in other words urgent', () => {
    expectLevel(
      "siblings in the same clothes all week, both smell, no electric at home since Monday, mum 'poorly in bed a lot', the eldest is doing all the cooking on a camping stove",
      'urgent',
      'neglect',
    );
  });

  it('reads the Welsh twin urgent and one Welsh sign alone below urgent', () => {
    expectWelsh(
      "Bl 2, 'run dillad ers dydd Llun, ogla cryf arno fo, mam 'yn sâl yn gwely' ers dyddia, trydan 'di mynd off adra",
      'urgent',
      'neglect',
    );
    expect(belowIn('Ma ogla cryf yn y neuadd ar ôl y barbeciw', 'urgent')).toBe(true);
  });
});
