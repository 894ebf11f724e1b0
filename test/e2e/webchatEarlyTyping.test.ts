/**
 * The first screen on a slow phone: the real bot's page in headless Chromium with Web Chat's bundle
 * held back (the route answers only when the test lets it), so what happens before the bundle has
 * loaded is observed, not raced. The welcome is already on screen, a person types two messages, and
 * once Web Chat is live each reaches the bot exactly once, in the order typed. No timers: every wait
 * is for something on screen.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import {
  launchBrowser,
  selectors,
  sendMessage,
  shownText,
  waitForBotMessage,
  waitForConnected,
  type GuardedPage,
  type TestBrowser,
} from '../support/browser';
import { startTestBot, type TestBot } from '../support/testBot';

const ROOT = path.resolve(__dirname, '..', '..');
const common = JSON.parse(readFileSync(path.join(ROOT, 'locales', 'en-GB', 'common.json'), 'utf8')) as {
  help: { title: string };
  privacy: { title: string };
  welcome: { start: string };
};
const welcomeStart = common.welcome.start.replace(/\*\*/g, '');

let browser: TestBrowser;
let t: TestBot;
let guarded: GuardedPage;
let releaseBundle: () => void;

beforeAll(async () => {
  [browser, t] = await Promise.all([launchBrowser(), startTestBot()]);
  guarded = await browser.newPage(t.bot.url, { viewport: { width: 360, height: 740 } });
  const released = new Promise<void>((resolve) => (releaseBundle = resolve));
  await guarded.page.route('**/webchat/assets/webchat.*.js', async (route) => {
    await released;
    await route.fallback();
  });
});

afterAll(async () => {
  releaseBundle?.();
  await guarded?.close();
  await browser?.close();
  await t?.close();
});

describe('typing before Web Chat has loaded', () => {
  it('shows the welcome and takes two messages while the bundle is still on its way', async () => {
    const { page } = guarded;
    await page.goto(`${t.bot.url}/`);
    await page.locator('.early-message--bot', { hasText: welcomeStart }).waitFor({ state: 'visible' });
    for (const text of ['help', 'privacy']) {
      await page.locator('#early-input').fill(text);
      await page.locator('#early-input').press('Enter');
      await page.locator('.early-message--user', { hasText: text }).waitFor({ state: 'visible' });
    }
    expect(await page.locator('.early-message--user p').allTextContents()).toEqual(['help', 'privacy']);
    expect(await page.evaluate(() => 'WebChat' in window)).toBe(false);
    expect(await page.locator(selectors.sendBox).count()).toBe(0);
  });

  it('has no axe violations on that first screen', async () => {
    const results = await new AxeBuilder({ page: guarded.page }).analyze();
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })),
    ).toEqual([]);
    expect(await guarded.page.evaluate(() => 'WebChat' in window)).toBe(false);
  });

  it('delivers them once Web Chat is live, in order, each exactly once', async () => {
    const { page } = guarded;
    releaseBundle();
    await waitForConnected(page, 30_000);
    await waitForBotMessage(page, shownText(common.privacy.title), 30_000);
    // One more message, typed into Web Chat: once its answer is shown, any copy of the early ones
    // sent before it would have been answered too (the bot answers a conversation in turn).
    const botBubbles = `${selectors.bubble}:not(${selectors.fromUser})`;
    const before = await page.locator(botBubbles).count();
    await sendMessage(page, 'start');
    await page.waitForFunction(
      ({ selector, count }) => document.querySelectorAll(selector).length > count,
      { selector: botBubbles, count: before },
      { timeout: 30_000 },
    );
    const sent = await page.locator(`${selectors.fromUser} ${selectors.bubbleContent}`).allTextContents();
    expect(sent.map((s) => s.trim())).toEqual(['help', 'privacy', 'start']);
    const botSaid = await page
      .locator(`${selectors.bubble}:not(${selectors.fromUser}) ${selectors.bubbleContent}`)
      .allTextContents();
    const helpAt = botSaid.findIndex((s) => s.includes(common.help.title));
    const privacyAt = botSaid.findIndex((s) => shownText(common.privacy.title).test(s));
    expect(botSaid.filter((s) => s.includes(common.help.title))).toHaveLength(1);
    expect(botSaid.filter((s) => shownText(common.privacy.title).test(s))).toHaveLength(1);
    expect(helpAt).toBeGreaterThan(-1);
    expect(privacyAt).toBeGreaterThan(helpAt);
    expect(await page.evaluate(() => sessionStorage.getItem('early-help-navigator.webchat.early'))).toBeNull();
    expect(await page.locator('#early-chat').isHidden()).toBe(true);
    expect(guarded.blocked).toEqual([]);
    expect(guarded.errors).toEqual([]);
  });
});
