/**
 * Issues 22 and 21, session 28 (s28-X): an alarm explained at once by a generic word that what came before was
 * harmless (`contexts.explainedAtOnce`: "turned out it was just", "panic over", "all fine", "no injuries";
 * "troi allan", "pawb yn iawn", "dim anafiadau"). No list holds every explanation, so such a word is trusted because
 * the learned reader backs it: the phrase reading lowers the alarm to concern, and the learned reader, which only ever
 * raises, reads the whole message and raises it again wherever it reads it urgent. With the shipped reader the
 * everyday message reads below urgent, a learned reader that reads urgent keeps it urgent, and a severity signal is
 * never lowered. Each everyday message beside a risk twin (the same alarm, a marker-like word, nothing harmless), which
 * still reads at its level. Every sentence is synthetic.
 */
import { assessText, assessTextWith, compareLevels, type RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { alwaysUrgent, readsNothing } from './fixedLearnedReaders';
import { phraseReading } from './phraseLevel';

const compiled = defaultCompiledLexicons();

const atLeast = (level: RiskLevel, floor: RiskLevel) => compareLevels(level, floor) >= 0;

const EVERYDAY: ReadonlyArray<readonly [SupportedLocale, string]> = [
  ['en-GB', 'Y6 boy told his friends he was going to get battered by his dad. Panic over: his dad meant at darts.'],
  [
    'en-GB',
    "Y4 girl said her mum shouts and swears at her dad in front of the children. False alarm, it was the ref at her brother's match.",
  ],
  ['en-GB', "Y2 girl said 'daddy smacked me' at carpet time. It was only a high five that stung lol"],
  ['cy', "Merch Bl 3 'Dad wedi fy nharo i' – troi allan mai'r bêl feddal oedd hi, dim anafiadau."],
  ['cy', "Crwt Bl 4 yn dweud bod ei frawd wedi'i dagu fe – o'dd e'n sôn am gwtsh mawr, dim anafiadau."],
];

describe('s28-X: an alarm explained at once by a generic word, backed by the learned reader', () => {
  it.each(EVERYDAY)('[%s] reads the everyday "%s" below urgent with the shipped reader', (locale, text) => {
    const assessment = assessText(text, locale);
    expect({ text, level: assessment.level }).toEqual({ text, level: 'concern' });
  });

  it.each(EVERYDAY)('[%s] lowers "%s" to concern in the phrase reading, as a context does', (locale, text) => {
    expect({ text, level: phraseReading(text, locale).level }).toEqual({ text, level: 'concern' });
  });

  it.each(EVERYDAY)('[%s] raises "%s" to urgent again when the learned reader reads it urgent', (locale, text) => {
    const assessment = assessTextWith(compiled, text, locale, alwaysUrgent());
    expect({ text, level: assessment.level }).toEqual({ text, level: 'urgent' });
  });

  it('says why the level came down, quoting the alarm', () => {
    const assessment = assessText(EVERYDAY[0][1], 'en-GB');
    expect(assessment.reasons.join(' ')).toMatch(/explained at once by the writer/);
    expect(assessment.matches.some((match) => match.level === 'concern')).toBe(true);
  });
});

describe('s28-X: the risk twins, with a marker-like word and nothing harmless, stay at their level', () => {
  it.each([
    // Who did it, not what it was.
    ['en-GB', 'Y8 girl said someone at home hit her. It was her stepdad who hit her.', 'urgent'],
    // Fine now, and a contrast: what follows is the risk.
    ['en-GB', "Y5 boy said his dad hit him. He's fine now but dad said he'd do it again tonight.", 'immediate'],
    ['en-GB', "Y6 boy said his dad threw him across the room. He's fine but is scared to go home.", 'urgent'],
    // "Only" of how often, with a mark.
    ['en-GB', 'Y9 said her dad slapped her. It was just the once but she has a bruise on her cheek.', 'urgent'],
    // What it turned out to be is the overdose itself.
    ['en-GB', "Y10 girl said she took some tablets. Turned out she'd taken the whole packet.", 'immediate'],
    ['cy', "Merch Bl 9 yn deud bod ei thad yn ei tharo hi. Troi allan bod o'n digwydd bob penwythnos.", 'urgent'],
    [
      'cy',
      "Crwt Bl 5 yn gweud bod ei dad wedi'i daflu fe ar draws y stafell. Ma fe'n iawn ond ma ofn mynd gatre arno fe.",
      'urgent',
    ],
    [
      'cy',
      "Crwt Bl 7 yn gweud bod ei dad yn ei fwrw fe. Ma fe'n iawn nawr ond wedodd Dad bydd e'n neud e 'to heno.",
      'immediate',
    ],
    ['cy', "Merch Bl 10 'di deud bod hi 'di cymryd tabledi. Troi allan bod hi 'di llyncu'r paced cyfan.", 'immediate'],
  ] as const)('[%s] still reads "%s" at %s or higher', (locale, text, level) => {
    const assessment = assessText(text, locale);
    expect({ text, reached: atLeast(assessment.level, level) }).toEqual({ text, reached: true });
  });
});

describe('s28-X: a severity signal is never lowered by a generic word', () => {
  it.each([
    ['en-GB', 'Y10 lad was stabbed outside the chippy. He is fine now 😂'],
    ['en-GB', "She's taken an overdose of her mum's tablets. She's fine, she says lol"],
    ['en-GB', 'Y9 boy has a knife in his bag and showed it to the lads. All good lol'],
  ] as const)('[%s] reads "%s" as immediate, by the phrases alone and with the shipped reader', (locale, text) => {
    expect({ text, level: phraseReading(text, locale).level }).toEqual({ text, level: 'immediate' });
    expect({ text, level: assessText(text, locale).level }).toEqual({ text, level: 'immediate' });
  });
});

describe('s28-X: what is no generic explanation, read with a learned reader that reads nothing (the rule alone)', () => {
  const nothing = readsNothing();
  const read = (text: string, locale: SupportedLocale) => assessTextWith(compiled, text, locale, nothing).level;

  it.each(EVERYDAY)('[%s] lowers the everyday "%s" to concern', (locale, text) => {
    expect({ text, level: read(text, locale) }).toEqual({ text, level: 'concern' });
  });

  it.each([
    // The child's own minimising, in quotes.
    ['en-GB', "Y9 girl told me her stepdad hits her with a belt, 'I'm fine though, honest'."],
    ['cy', "Merch Bl 9 yn deud bod ei llystad yn ei tharo hi efo belt, 'dwi'n iawn, wir' medda hi."],
    // A question, not an answer.
    ['en-GB', "Y4 boy has finger marks on his neck and says his dad grabbed him. I asked if he's ok."],
    // Someone's claim.
    ['cy', "Merch Bl 6 yn deud bod cariad ei mam wedi'i slapio hi. Mam yn mynnu bod hi'n iawn."],
    // A meaning that says who.
    ['en-GB', 'Y3 said he hurts her bottom at bath time. She means her uncle.'],
  ] as const)('[%s] keeps "%s" urgent', (locale, text) => {
    expect({ text, level: phraseReading(text, locale).level }).toEqual({ text, level: 'urgent' });
    expect({ text, level: read(text, locale) }).toEqual({ text, level: 'urgent' });
  });
});
