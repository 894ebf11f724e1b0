/**
 * The web chat page in headless Chromium against the bot's own server (local Direct Line and a
 * stand-in bot): it connects, converses, passes an axe scan, never leaves its origin, fits a phone,
 * and switches to Welsh without losing the conversation.
 */
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import {
  clickCardButton,
  launchBrowser,
  screenshot,
  sendMessage,
  waitForBotMessage,
  waitForConnected,
  type GuardedPage,
  type TestBrowser,
} from '../support/browser';
import { startWebChatServer, type WebChatServer } from '../integration/webchat/support/webChatServer';
import { WELCOME } from '../integration/webchat/support/standInBot';

const PHONE = { width: 360, height: 740 };

let browser: TestBrowser;
let server: WebChatServer;
const pages: GuardedPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebChatServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  // Whatever a test did, the page must not have reached beyond the bot's origin or hit CSP.
  for (const guarded of pages.splice(0)) {
    await guarded.close();
    expect(guarded.blocked).toEqual([]);
    expect(guarded.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  }
});

async function open(path = '/', viewport = PHONE): Promise<GuardedPage> {
  const guarded = await browser.newPage(server.url, { viewport });
  pages.push(guarded);
  await guarded.page.goto(`${server.url}${path}`);
  return guarded;
}

describe('the web chat page in Chromium', () => {
  it("connects, shows the bot's welcome, and shows the bot's reply to a typed message", async () => {
    const { page, requests, errors } = await open();
    await waitForBotMessage(page, WELCOME['en-GB']);
    await waitForConnected(page);
    await sendMessage(page, 'hello from J.B.');
    await waitForBotMessage(page, 'You said: hello from J.B.');
    expect(requests.some((url) => url.includes('/v3/directline/conversations'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('has no axe violations, with an Adaptive Card on screen', async () => {
    const { page } = await open();
    await waitForBotMessage(page, WELCOME['en-GB']);
    await sendMessage(page, 'card');
    await page.locator('.ac-adaptiveCard').last().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
    expect(violations).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const { page } = await open();
    await waitForBotMessage(page, WELCOME['en-GB']);
    await sendMessage(page, 'card');
    await page.locator('.ac-adaptiveCard').last().waitFor();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.client).toBe(360);
    expect(widths.scroll).toBeLessThanOrEqual(360);
    const sendBox = await page.locator('[data-id="webchat-sendbox-input"]').boundingBox();
    expect(sendBox).not.toBeNull();
    expect((sendBox?.x ?? 0) + (sendBox?.width ?? 0)).toBeLessThanOrEqual(360);
  });

  it.each([
    ['en', 'en-GB'],
    ['cy', 'cy'],
  ] as const)(
    'on a 360 × 740 phone (%s) shows the privacy and 999 lines and the whole chat on one screen',
    async (lang, locale) => {
      const { page } = await open(`/?lang=${lang}`);
      await waitForBotMessage(page, WELCOME[locale]);
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        return {
          scroll: document.documentElement.scrollHeight,
          privacy: box('.privacy'),
          danger: box('.danger'),
          chat: box('#chat'),
        };
      });
      expect(layout.scroll).toBeLessThanOrEqual(740);
      expect(layout.privacy?.height).toBeGreaterThan(0);
      expect(layout.danger?.height).toBeGreaterThan(0);
      expect(layout.danger?.bottom ?? Infinity).toBeLessThanOrEqual(layout.chat?.top ?? 0);
      // The chat keeps more than half the screen for the conversation and the send box.
      expect(layout.chat?.height ?? 0).toBeGreaterThan(740 / 2);
      expect(layout.chat?.bottom ?? Infinity).toBeLessThanOrEqual(740);
    },
  );

  it('sends a card button press to the bot and shows its answer', async () => {
    const { page } = await open();
    await waitForBotMessage(page, WELCOME['en-GB']);
    await sendMessage(page, 'card');
    await waitForBotMessage(page, 'How long has this been going on?');
    await clickCardButton(page, 'More than a month');
    await waitForBotMessage(page, 'You chose long');
    expect(
      server.bot.received.some(
        (a) => a.type === 'message' && JSON.stringify(a.value) === JSON.stringify({ answer: 'long' }),
      ),
    ).toBe(true);
    const file = await screenshot(page, 'webchat-conversation');
    expect(existsSync(file)).toBe(true);
  });

  it('switches to Welsh: lang="cy", the conversation kept, and the next message carries locale cy', async () => {
    const { page } = await open();
    await waitForBotMessage(page, WELCOME['en-GB']);
    await sendMessage(page, 'before switching');
    await waitForBotMessage(page, 'You said: before switching');
    await Promise.all([page.waitForURL(/\?lang=cy$/), page.locator('a.language-switch').click()]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await waitForBotMessage(page, 'You said: before switching');
    await waitForConnected(page);
    await sendMessage(page, 'ar ôl newid');
    await waitForBotMessage(page, 'You said: ar ôl newid');
    const last = server.bot.received.filter((a) => a.type === 'message').at(-1);
    expect(last).toMatchObject({ text: 'ar ôl newid', locale: 'cy' });
    await expect(page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).resolves.toBe(
      'Teipiwch eich neges',
    );
    await screenshot(page, 'webchat-welsh');
  });

  it('recognises the same browser in a new tab by its returning key (30 days, in localStorage); another browser is someone else', async () => {
    const DAY = 24 * 60 * 60_000;
    const first = await open();
    await waitForBotMessage(first.page, WELCOME['en-GB']);
    const storedIn = (tab: typeof first.page) =>
      tab.evaluate(() => ({
        returning: localStorage.getItem('early-help-navigator.webchat.returning'),
        session: sessionStorage.getItem('early-help-navigator.webchat.session'),
      }));
    const stored = await storedIn(first.page);
    const key = JSON.parse(stored.returning ?? 'null') as { key: string; expiresAt: number };
    expect(key.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.expiresAt).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(key.expiresAt).toBeLessThanOrEqual(Date.now() + 30 * DAY);
    const session = JSON.parse(stored.session ?? 'null') as { userId: string; conversationId: string };
    expect(session.userId).toMatch(/^dl_default_[0-9a-f]{32}$/);

    // A new tab of the same browser: a new conversation (sessionStorage is per tab), the same user, the same key.
    const tab = await first.context.newPage();
    await tab.goto(`${server.url}/`);
    await waitForBotMessage(tab, WELCOME['en-GB']);
    const again = await storedIn(tab);
    const next = JSON.parse(again.session ?? 'null') as { userId: string; conversationId: string };
    expect(next.conversationId).not.toBe(session.conversationId);
    expect(next.userId).toBe(session.userId);
    expect(again.returning).toBe(stored.returning);

    // Another browser (its own storage) is another user.
    const other = await open();
    await waitForBotMessage(other.page, WELCOME['en-GB']);
    const theirs = JSON.parse((await storedIn(other.page)).session ?? 'null') as { userId: string };
    expect(theirs.userId).not.toBe(session.userId);
    const starts = server.bot.received.filter((a) => a.type === 'conversationUpdate').map((a) => a.from.id);
    expect(starts.filter((id) => id === session.userId)).toHaveLength(2);
    expect(first.errors).toEqual([]);
  });

  it('starts a new conversation when the stored one has gone (expired, or a restarted server)', async () => {
    let clock = Date.now();
    const forgetful = await startWebChatServer({ deps: { now: () => clock } });
    const guarded = await browser.newPage(forgetful.url, { viewport: PHONE });
    try {
      const { page } = guarded;
      await page.goto(`${forgetful.url}/`);
      await waitForBotMessage(page, WELCOME['en-GB']);
      clock += 31 * 60_000; // the next poll finds the conversation idle for 31 minutes: it is dropped
      await page.waitForResponse((response) => response.url().includes('/activities') && response.status() === 403);
      await Promise.all([page.waitForURL(/\?lang=cy$/), page.locator('a.language-switch').click()]);
      await waitForBotMessage(page, WELCOME.cy);
      await waitForConnected(page);
      const starts = forgetful.bot.received.filter((a) => a.type === 'conversationUpdate');
      expect(starts).toHaveLength(2);
      expect(starts[1]?.conversation.id).not.toBe(starts[0]?.conversation.id);
      expect(guarded.blocked).toEqual([]);
    } finally {
      await guarded.close();
      await forgetful.close();
    }
  });
});
