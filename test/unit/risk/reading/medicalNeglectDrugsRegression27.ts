/**
 * Session 27 (s27-B): real risk the phrases read below its level, by kind, in English and Welsh (north and south
 * forms): essential medicine a parent forgets or does not bother with while the child is unwell or clinics are missed;
 * a wound or illness now infected or acute that a parent will not get seen; drugs taken regularly to cope or with
 * physical harm; a school-age child going back to younger ways; a Welsh child in the same clothes for days; a fake
 * account set up to mock a child. Each beside its everyday twin, which stays below. The phrase reading alone (the
 * learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('essential medicine forgotten by a parent, with the child unwell or clinics missed, is urgent neglect', () => {
  it.each([
    'Y3 with type 1 diabetes, sugars are high every morning. Mum can’t be bothered with the insulin, she says.',
    'Y6 boy’s inhaler keeps running out and dad doesn’t bother getting another one. He was wheezing all through PE.',
    'Y4 girl has epilepsy and mum keeps forgetting her meds. She had two seizures in class this week.',
    'Diabetic Y5 girl told me her mum forgets her insulin most days. They have missed the diabetes clinic twice.',
  ])('reads "%s" urgent (neglect)', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    'Crwt bl 4 â diabetes, siwgr gwaed yn uchel bob bore. Mae ei dad ddim yn trafferthu gyda’r inswlin, medde fe.',
    'Hogan Bl 5 efo epilepsi – mae ei mam yn anghofio ei moddion hi o hyd. Dwy ffit yn y dosbarth wythnos yma.',
    'Mae mam yn anghofio ei bwmp asthma o hyd. Roedd o’n gwichian drwy’r wers AG.',
  ])('reads the Welsh "%s" urgent (neglect)', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    ['Mum forgot his inhaler today so he used the school spare, he was fine.', 'en-GB'],
    ['Y5 boy forgets his inhaler most days, we keep a spare in the office.', 'en-GB'],
    ['Mum keeps forgetting to sign his reading record.', 'en-GB'],
    ['Anghofiodd mam ei bwmp asthma heddiw felly defnyddiodd e’r un sbâr yn y swyddfa, mae e’n iawn.', 'cy'],
  ] as const)('reads the everyday "%s" below urgent', (text, locale) => {
    expect(below(text, 'urgent', locale)).toBe(true);
  });
});

describe('an untreated wound or illness now infected or acute, with a parent who will not get it seen, is urgent', () => {
  it.each([
    'Y4 boy’s cut on his hand from a week ago is now infected, red and swollen, pus coming out. Dad says it’ll heal by itself.',
    'The bite on her leg has gone septic and smells. Mum says it will sort itself out and won’t get it looked at.',
    'Y3 girl’s burn on her arm is weeping and she is crying in pain. Mum won’t take her to the doctor, says it’ll heal on its own.',
  ])('reads "%s" urgent (neglect)', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    'Brathiad ci ar ei fraich ers pum diwrnod, heb ei drin, wedi chwyddo a drewi. Dad yn deud ’neith o fendio ei hun’.',
    'Briw ar ei goes wedi heintio, yn goch ac yn chwyddedig. Mam yn dweud y bydd yn gwella ei hun, dim angen doctor.',
  ])('reads the Welsh "%s" urgent (neglect)', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    ['Y4 boy grazed his knee at break, mum cleaned it and took him to the GP, it’s healing well.', 'en-GB'],
    ['Y3 girl’s dog bite is a bit red but the GP gave antibiotics yesterday and mum is keeping an eye on it.', 'en-GB'],
    ['Crafiad bach ar ei ben-glin amser chwarae, mam wedi ei lanhau a mynd â fe at y meddyg teulu.', 'cy'],
    // Dental pain with no dentist registered is a concern for the DSL's chronology, as the labelled messages read it.
    ['Y1 girl has toothache and black front teeth; mum says they’re not registered with a dentist yet.', 'en-GB'],
  ] as const)('reads the everyday "%s" below urgent', (text, locale) => {
    expect(below(text, 'urgent', locale)).toBe(true);
  });
});

describe('drugs taken regularly to cope, or with physical harm, are urgent substance misuse', () => {
  it.each([
    'Y11 girl says she smokes weed every night to cope with things at home.',
    'Y12 lad has been on ketamine several times a week, his bladder is painful and he’s spaced out.',
  ])('reads "%s" urgent (substance-misuse)', (text) => {
    expectEnglish(text, 'urgent', 'substance-misuse');
  });

  it.each([
    'Hogyn Bl 13 ar ket bron bob penwythnos a rŵan sawl gwaith yr wythnos i ymdopi, poen yn ei bledren.',
    'Mae hi’n smocio canabis bob nos i ymdopi efo pethau adra.',
  ])('reads the Welsh "%s" urgent (substance-misuse)', (text) => {
    expectWelsh(text, 'urgent', 'substance-misuse');
  });

  it.each([
    ['Y11 tried ket once at a party at the weekend, says he won’t again.', 'en-GB'],
    ['PSHE drugs lesson today on ketamine: people who use it every weekend can get bladder damage.', 'en-GB'],
    // A parent's use is the child's home life: a concern, not the child's own misuse.
    ['Mum smokes weed every night to cope with her back pain.', 'en-GB'],
    ['Gwers ABCh am gyffuriau heddiw: cetamin, pobl yn ei gymryd bob penwythnos a niwed i’r bledren.', 'cy'],
    ['Trio ket unwaith mewn parti nos Sadwrn, medde fe, fydd e ddim yn gwneud eto.', 'cy'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(below(text, 'urgent', locale)).toBe(true);
  });
});

describe('a school-age child going back to younger ways is a concern, not urgent', () => {
  it.each([
    'Y2 boy has started wetting himself again and sucking his thumb since his parents split.',
    'Y4 girl having toileting accidents again since the new baby, mum says all fine.',
  ])('reads "%s" concern', (text) => {
    expectEnglish(text, 'concern');
  });

  it.each([
    'Hogan Bl 2 wedi dechrau gwlychu ei hun eto a sugno ei bawd ers i’w rhieni wahanu.',
    'Croten bl 4 ’di dechre cael damweinie toiled ’to ers i’r babi gyrraedd.',
  ])('reads the Welsh "%s" concern', (text) => {
    expectWelsh(text, 'concern');
  });

  it.each([
    ['Reception boy had an accident in his first week, changed into spare clothes.', 'en-GB'],
    ['Reception child had a toilet accident on the first day, mum brought spare clothes.', 'en-GB'],
    ['Plentyn derbyn wedi cael damwain yn y tŷ bach yn yr wythnos gyntaf, mam wedi dod â dillad sbâr.', 'cy'],
  ] as const)('reads the everyday "%s" none', (text, locale) => {
    expect(below(text, 'concern', locale)).toBe(true);
  });
});

describe('round 49 leftovers: thinner with dizziness, the same clothes for days (Welsh), a fake account mocking a child', () => {
  it('reads a girl much thinner and dizzy after sport urgent (eating-disorder); dizzy with no breakfast stays below', () => {
    expectEnglish(
      'Y10 girl dizzy after the cross country again, much thinner since half term, friends say she’s eating an apple a day.',
      'urgent',
      'eating-disorder',
    );
    expect(below('Y10 girl dizzy after the cross country, she’d not had breakfast.', 'urgent')).toBe(true);
  });

  it('reads a Welsh child in the same clothes for days concern (neglect), and new clothes none', () => {
    expectWelsh('Hogyn Bl 2 yn yr un dillad ers dydd Llun, braidd yn drewi.', 'concern', 'neglect');
    expect(below('Mae hi wedi gwisgo’r un dillad â’i chwaer i’r parti.', 'concern', 'cy')).toBe(true);
  });

  it.each([
    ['Someone set up a fake account mocking J, posting pics of her. She’s upset.', 'en-GB'],
    ['Rhywun wedi gwneud cyfrif ffug yn esgus bod yn Ff ac yn postio lluniau ohoni.', 'cy'],
  ] as const)('reads "%s" concern (online-harm)', (text, locale) => {
    expectPhraseLevelIn(locale)(text, 'concern', 'online-harm');
  });

  it.each([
    ['We did a lesson on fake accounts and how to report them.', 'en-GB'],
    ['Gwers am gyfrifon ffug a sut i’w riportio heddiw.', 'cy'],
  ] as const)('reads the lesson "%s" none', (text, locale) => {
    expect(below(text, 'concern', locale)).toBe(true);
  });
});
