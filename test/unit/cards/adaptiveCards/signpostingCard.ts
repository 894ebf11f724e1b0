import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdaptiveCard, CardElement, OpenUrlAction } from '../../../../src/channel/cards/adaptiveCard';
import { FIRST_SERVICES, signpostingCard, signpostingText } from '../../../../src/channel/cards/signpostingCard';
import { createLocalizer } from '../../../../src/i18n/i18n';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { loadServiceDirectory } from '../../../../src/files/serviceDirectory';
import { localized } from '../../../../src/signposting/describe';
import { createMatcher, type SignpostingQuery, type SignpostingResult } from '../../../../src/signposting/matcher';
import { cardValidator, directory, ROOT, service, strictTranslate } from '../../signposting/helpers';

const validate = cardValidator();
const shipped = createMatcher(loadServiceDirectory());
const WED_10 = new Date('2026-11-25T10:00:00Z');
const SAT_03 = new Date('2026-11-28T03:00:00Z');

const SCENARIOS: Record<string, SignpostingQuery> = {
  'eating, 12, CAMHS considered': {
    needs: ['eating'],
    age: 12,
    level: 2,
    country: 'england',
    now: WED_10,
    camhsConsidered: true,
  },
  'self-harm and anxiety, 14, urgent risk, Wales, at night': {
    needs: ['self-harm', 'anxiety-low-mood'],
    age: 14,
    level: 3,
    country: 'wales',
    now: SAT_03,
    risk: 'urgent',
  },
  'immediate danger, child protection': {
    needs: ['trauma', 'exploitation'],
    age: 15,
    level: 4,
    country: 'england',
    now: SAT_03,
    risk: 'immediate',
  },
  'behaviour, 7, CAMHS considered, area named': {
    needs: ['behaviour', 'neurodevelopmental'],
    age: 7,
    level: 2,
    area: 'Exampleshire',
    country: 'england',
    now: WED_10,
    camhsConsidered: true,
  },
  'bereavement, age unknown, country unknown': { needs: ['bereavement'], level: 1, now: WED_10 },
};

/** Every element, those one tap away (Action.ShowCard) included. */
function allElements(elements: CardElement[]): CardElement[] {
  return elements.flatMap((e) => [
    e,
    ...(e.type === 'Container'
      ? allElements(e.items)
      : e.type === 'ColumnSet'
        ? e.columns.flatMap((c) => allElements(c.items))
        : e.type === 'ActionSet'
          ? e.actions.flatMap((a) => (a.type === 'Action.ShowCard' ? allElements(a.card.body) : []))
          : []),
  ]);
}
/** The names of the services shown without a tap, and those behind "more services". */
function servicesShown(card: AdaptiveCard): { first: string[]; more: string[]; moreTitle?: string } {
  const names = (elements: CardElement[]) =>
    elements.flatMap((e) =>
      e.type === 'Container' && e.separator === true && e.items[0]?.type === 'TextBlock' ? [e.items[0].text] : [],
    );
  const showCard = card.body
    .flatMap((e) => (e.type === 'ActionSet' ? e.actions : []))
    .find((a) => a.type === 'Action.ShowCard');
  return {
    first: names(card.body),
    more: showCard?.type === 'Action.ShowCard' ? names(showCard.card.body) : [],
    ...(showCard ? { moreTitle: showCard.title } : {}),
  };
}
const openUrls = (card: AdaptiveCard): OpenUrlAction[] =>
  allElements(card.body).flatMap((e) =>
    e.type === 'ActionSet' ? e.actions.filter((a): a is OpenUrlAction => a.type === 'Action.OpenUrl') : [],
  );
const texts = (card: AdaptiveCard): string[] =>
  allElements(card.body).flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));

describe('the signposting card', () => {
  const cases = Object.keys(SCENARIOS).flatMap((name) =>
    (['en-GB', 'cy'] as const).flatMap((locale) =>
      (['teams', 'webchat'] as const).map((surface) => [name, locale, surface] as const),
    ),
  );

  it.each(cases)(
    'is a valid Adaptive Card 1.5 for "%s" in %s on %s, using only keys both locales have',
    (name, locale, surface) => {
      const result = shipped.match(SCENARIOS[name] as SignpostingQuery);
      const card = signpostingCard(result, { t: strictTranslate(locale), locale, surface });
      expect(validate(card)).toEqual([]);
      expect(card.version).toBe('1.5');
      // Teams refuses cards above about 28 KB.
      expect(JSON.stringify(card).length).toBeLessThan(28_000);
    },
  );

  it('makes phone, text, email and web contacts tappable with tel:, sms: (with the keyword), mailto: and https: links', () => {
    const result = shipped.match(
      SCENARIOS['self-harm and anxiety, 14, urgent risk, Wales, at night'] as SignpostingQuery,
    );
    const urls = openUrls(
      signpostingCard(result, { t: strictTranslate('en-GB'), locale: 'en-GB', surface: 'teams' }),
    ).map((a) => a.url);
    expect(urls).toContain('tel:08001111');
    expect(urls).toContain('tel:116123');
    expect(urls).toContain('sms:85258?&body=SHOUT');
    expect(urls).toContain('tel:08088023456');
    expect(urls).toContain('sms:84001');
    expect(urls).toContain('https://www.meic.cymru');
    expect(urls).toContain('mailto:pat@papyrus-uk.org');
    for (const url of urls) expect(url).toMatch(/^(tel:\d+|sms:\d+(\?&body=[A-Z]+)?|mailto:\S+@\S+|https:\/\/\S+)$/);
  });

  it.each([
    ['en-GB', 'teams', 'More services'],
    ['cy', 'webchat', 'Rhagor o wasanaethau'],
  ] as const)(
    'shows the three services that fit best first and the rest one tap away (%s, %s; issue 20, point 17)',
    (locale, surface, moreWords) => {
      const result = shipped.match(
        SCENARIOS['self-harm and anxiety, 14, urgent risk, Wales, at night'] as SignpostingQuery,
      );
      expect(result.suggestions.length).toBeGreaterThan(FIRST_SERVICES);
      const card = signpostingCard(result, { t: strictTranslate(locale), locale, surface });
      const shown = servicesShown(card);
      const inOrder = result.suggestions.map((s) => localized(s.service.name, locale));
      expect(shown.first).toEqual(inOrder.slice(0, FIRST_SERVICES));
      expect(shown.more).toEqual(inOrder.slice(FIRST_SERVICES));
      expect(shown.moreTitle).toBe(`${moreWords} (${inOrder.length - FIRST_SERVICES})`);
      expect(validate(card)).toEqual([]);
      // Plain text cannot hide anything behind a tap: every service is in it.
      const text = signpostingText(result, { t: strictTranslate(locale), locale });
      for (const name of inOrder) expect(text).toContain(name);
    },
  );

  it('has no "more services" when the few that fit are all there is', () => {
    const result = shipped.match(SCENARIOS['bereavement, age unknown, country unknown'] as SignpostingQuery);
    const few = { ...result, suggestions: result.suggestions.slice(0, FIRST_SERVICES) };
    const shown = servicesShown(
      signpostingCard(few, { t: strictTranslate('en-GB'), locale: 'en-GB', surface: 'teams' }),
    );
    expect(shown.first).toHaveLength(few.suggestions.length);
    expect(shown.moreTitle).toBeUndefined();
  });

  it('puts "Call 999" first when a child is in danger now', () => {
    const result = shipped.match(SCENARIOS['immediate danger, child protection'] as SignpostingQuery);
    const card = signpostingCard(result, { t: strictTranslate('en-GB'), locale: 'en-GB', surface: 'teams' });
    expect(openUrls(card)[0]).toEqual({ type: 'Action.OpenUrl', title: 'Call 999', url: 'tel:999' });
    expect(card.body[1]).toMatchObject({ type: 'Container', style: 'attention' });
  });

  it('shows every specialist option with what to do while waiting and the wait', () => {
    const result = shipped.match(SCENARIOS['behaviour, 7, CAMHS considered, area named'] as SignpostingQuery);
    const all = texts(
      signpostingCard(result, { t: strictTranslate('en-GB'), locale: 'en-GB', surface: 'webchat' }),
    ).join('\n');
    expect(all).toContain('Educational Psychology Service');
    expect(all).toContain('**Typical wait:** about 12 weeks');
    expect(all).toContain('While you wait');
    expect(all).toContain('• Use the consultation line for advice on strategies while you wait.');
    expect(all).toContain('Behaviour on its own is usually not taken');
    expect(all).toContain(
      'A mental health referral is never a substitute for the safeguarding route: if you suspect abuse or neglect, tell the DSL now.',
    );
    expect(all).toContain('• Normal grief');
  });

  it('never tells the member of staff to make a referral themselves: the DSL refers (issue 20, points 10 and 11)', () => {
    for (const scenario of Object.values(SCENARIOS)) {
      for (const locale of ['en-GB', 'cy'] as const) {
        const all = texts(
          signpostingCard(shipped.match({ ...(scenario as SignpostingQuery), level: 4, risk: 'urgent' }), {
            t: strictTranslate(locale),
            locale,
            surface: 'webchat',
          }),
        ).join('\n');
        expect(all).not.toMatch(
          /make a child protection referral|gwnewch atgyfeiriad amddiffyn plant|before the child goes home|cyn i'r plentyn fynd adref|professionals use the referral form/,
        );
      }
    }
    const camhs = shipped.match({
      ...(SCENARIOS['behaviour, 7, CAMHS considered, area named'] as SignpostingQuery),
      needs: ['anxiety-low-mood'],
      age: 14,
    });
    const all = texts(
      signpostingCard(camhs, { t: strictTranslate('en-GB'), locale: 'en-GB', surface: 'webchat' }),
    ).join('\n');
    expect(all).toContain('CAMHS / CYPMHS Single Point of Access');
    expect(all).toContain('Staff: go through your DSL or mental health lead');
  });

  it('falls back to general interim support for a specialist entry without its own', () => {
    const bare = service({ id: 'imported-specialist', tier: 'specialist', interimSupport: [] });
    const result = createMatcher(directory(bare)).match({ needs: ['anxiety-low-mood'], level: 2, now: WED_10 });
    const all = texts(signpostingCard(result, { t: strictTranslate('en-GB'), locale: 'en-GB', surface: 'teams' })).join(
      '\n',
    );
    expect(all).toContain('• Agree a key adult in school who checks in with the young person regularly.');
  });

  it('explains the usual CAMHS remit when the directory has no CAMHS entry, and says when nothing matches', () => {
    const result = createMatcher(directory()).match({
      needs: ['anxiety-low-mood'],
      level: 2,
      now: WED_10,
      camhsConsidered: true,
    });
    const card = signpostingCard(result, { t: strictTranslate('cy'), locale: 'cy', surface: 'teams' });
    expect(validate(card)).toEqual([]);
    const all = texts(card).join('\n');
    expect(all).toContain('Problemau cymedrol i ddifrifol a pharhaus');
    expect(all).toContain('Does dim byd yn y cyfeiriadur gwasanaethau yn cyfateb eto.');
  });

  it('speaks Welsh in Welsh: Welsh names, headings and buttons, and lang "cy"', () => {
    const result = shipped.match(
      SCENARIOS['self-harm and anxiety, 14, urgent risk, Wales, at night'] as SignpostingQuery,
    );
    const card = signpostingCard(result, { t: strictTranslate('cy'), locale: 'cy', surface: 'teams' });
    expect(card.lang).toBe('cy');
    const all = texts(card).join('\n');
    expect(all).toContain('Cymorth mewn argyfwng nawr');
    expect(all).toContain('Llinell Gymraeg y Samariaid');
    expect(openUrls(card).map((a) => a.title)).toContain('Ffonio 0800 1111');
  });

  it.each([
    ['teams', { type: 'Action.Execute', verb: 'signpost.show' }],
    ['webchat', { type: 'Action.Submit' }],
  ] as const)('offers to look for other help with the signpost verb on %s', (surface, expected) => {
    const result = shipped.match(SCENARIOS['eating, 12, CAMHS considered'] as SignpostingQuery);
    const card = signpostingCard(result, { t: strictTranslate('en-GB'), locale: 'en-GB', surface });
    expect(card.actions?.[0]).toMatchObject({
      ...expected,
      title: 'Look for other help',
      data: { verb: 'signpost.show' },
    });
  });

  it('is a plain object built without the Bot Framework', () => {
    const source = readFileSync(join(ROOT, 'src', 'channel', 'cards', 'signpostingCard.ts'), 'utf8');
    expect(source).not.toMatch(/from 'botbuilder|from '@microsoft\/teams-ai/);
  });
});

describe('the plain-text rendering', () => {
  it.each(
    Object.keys(SCENARIOS).flatMap((name) =>
      (['en-GB', 'cy'] as SupportedLocale[]).map((locale) => [name, locale] as const),
    ),
  )('says everything the card says for "%s" in %s', (name, locale) => {
    const t = strictTranslate(locale);
    const result: SignpostingResult = shipped.match(SCENARIOS[name] as SignpostingQuery);
    const card = signpostingCard(result, { t, locale, surface: 'webchat' });
    const plain = signpostingText(result, { t, locale });
    for (const text of texts(card)) expect(plain).toContain(text.replace(/\*\*/g, '').replace(/^• /, ''));
    for (const action of openUrls(card)) {
      expect(plain).toContain(action.title);
      if (action.url.startsWith('https:')) expect(plain).toContain(action.url);
    }
  });

  it('writes numbers out so they can be dialled from any client', () => {
    const t = strictTranslate('en-GB');
    const plain = signpostingText(
      shipped.match(SCENARIOS['self-harm and anxiety, 14, urgent risk, Wales, at night'] as SignpostingQuery),
      { t, locale: 'en-GB' },
    );
    expect(plain).toContain('Call 0800 1111');
    expect(plain).toContain('Text SHOUT to 85258');
    expect(plain).toMatch(/^Where to find help\n/);
  });
});

describe('with the bot’s own localizer', () => {
  it('renders the same card as the strict test translator', () => {
    const localizer = createLocalizer();
    const result = shipped.match(SCENARIOS['eating, 12, CAMHS considered'] as SignpostingQuery);
    for (const locale of ['en-GB', 'cy'] as const)
      expect(signpostingCard(result, { t: localizer.t(locale), locale, surface: 'teams' })).toEqual(
        signpostingCard(result, { t: strictTranslate(locale), locale, surface: 'teams' }),
      );
  });
});

describe('the strict test translator used above', () => {
  it('fails on a key the locale file lacks, so a pass means every key exists', () => {
    expect(() => strictTranslate('cy')('signposting:no.such.key')).toThrow(/missing cy key signposting:no\.such\.key/);
    expect(() => strictTranslate('en-GB')('title')).toThrow(/not qualified/);
  });
});

describe('the card validator used above', () => {
  it('rejects cards the schema does not allow, so a pass means something', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock' }] })).not.toEqual([]);
    expect(
      validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Container', items: [], style: 'loud' }] }),
    ).not.toEqual([]);
    expect(
      validate({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'x' }] }],
      }),
    ).not.toEqual([]);
  });
});
