/**
 * The production page in Chromium: a youth worker must give their organisation's access code
 * before the chat opens; the token the server gets for it names the organisation, and the chat then
 * runs against (a stand-in for) Azure's Direct Line. Nothing else is reached.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { hashAccessCode } from '../../src/channel/webchat/accessCodes';
import { organisationFromWebChatUserId } from '../../src/channel/webchat/identity';
import { launchBrowser, screenshot, sendMessage, waitForBotMessage, type TestBrowser } from '../support/browser';
import {
  PRODUCTION_AUTH,
  startWebChatServer,
  testConfig,
  type WebChatServer,
} from '../integration/webchat/support/webChatServer';
import {
  STAND_IN_WELCOME,
  startAzureDirectLineStandIn,
  type AzureDirectLineStandIn,
} from './support/azureDirectLineStandIn';

const SECRET = 'direct-line-secret-for-the-browser-test';
const CODE = 'RV7Q2-MX4P0-9TRBW-Z3HK1';
const access = (lng: string) =>
  (JSON.parse(readFileSync(`locales/${lng}/webchat.json`, 'utf8')) as { access: Record<string, string> }).access;

let browser: TestBrowser;
let azure: AzureDirectLineStandIn;
let server: WebChatServer;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  azure = await startAzureDirectLineStandIn(SECRET);
  dir = mkdtempSync(path.join(tmpdir(), 'webchat-e2e-'));
  const codesFile = path.join(dir, 'codes.json');
  writeFileSync(
    codesFile,
    JSON.stringify({
      organisations: [
        { id: 'riverside-youth-club', name: 'Riverside Youth Club', codes: [{ hash: hashAccessCode(CODE) }] },
      ],
    }),
  );
  server = await startWebChatServer({
    config: testConfig({ auth: PRODUCTION_AUTH, directLineSecret: SECRET, webchatAccessCodesFile: codesFile }),
    deps: { directLineBaseUrl: azure.url, directLineWebSocket: false },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await azure?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the production web chat page in Chromium', () => {
  it('refuses a wrong code in words, then opens the chat for the right one as that organisation', async () => {
    const guarded = await browser.newPage(server.url, {
      viewport: { width: 360, height: 740 },
      alsoAllow: [azure.url],
    });
    try {
      const { page } = guarded;
      await page.goto(`${server.url}/?lang=cy`);
      const input = page.getByLabel(access('cy').label ?? '');
      await input.fill('NOT-THE-RIGHT-CODE-AT-ALL');
      await input.press('Enter');
      await expect(page.getByRole('alert').textContent()).resolves.toBe(access('cy').invalid);
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(azure.tokenUsers).toEqual([]);
      await screenshot(page, 'webchat-access-code');

      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);

      await input.fill(CODE.toLowerCase());
      await page.getByRole('button', { name: access('cy').submit }).click();
      await waitForBotMessage(page, STAND_IN_WELCOME);
      await expect(page.locator('#access').isHidden()).resolves.toBe(true);
      await expect(page.locator('#organisation').textContent()).resolves.toBe(
        (access('cy').organisation ?? '').replace('{{name}}', 'Riverside Youth Club'),
      );
      await sendMessage(page, 'helo');
      await waitForBotMessage(page, 'Stand-in heard: helo');

      expect(azure.tokenUsers).toHaveLength(1);
      expect(organisationFromWebChatUserId(azure.tokenUsers[0] ?? '')).toBe('riverside-youth-club');
      // The page sent its returning-reporter key with the code: the user id is the key's, not a random one.
      expect(azure.tokenUsers[0]).toMatch(/^dl_riverside-youth-club_[0-9a-f]{32}$/);
      expect(azure.speakers).toEqual([azure.tokenUsers[0]]);
      expect(guarded.blocked).toEqual([]);
      expect(guarded.requests.some((url) => url.startsWith(azure.url))).toBe(true);
      expect(guarded.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    } finally {
      await guarded.close();
    }
  });

  it("shows the access code form and checks the code at once, while Web Chat's bundle is still on its way", async () => {
    const guarded = await browser.newPage(server.url, {
      viewport: { width: 360, height: 740 },
      alsoAllow: [azure.url],
    });
    try {
      const { page } = guarded;
      // Hold back Web Chat's bundle, as a slow phone network would.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/webchat\/assets\/webchat\.[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const tokensBefore = azure.tokenUsers.length;
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      // Filling waits for the field to be visible: the page script shows the form.
      const input = page.locator('#access-code');
      await input.fill(CODE, { timeout: 10_000 });
      await input.press('Enter');
      // The code is exchanged for a token while the bundle is still held back.
      await page.waitForFunction(() => (document.getElementById('access') as HTMLElement | null)?.hidden === true);
      expect(azure.tokenUsers.length).toBe(tokensBefore + 1);
      await expect(page.evaluate(() => 'WebChat' in window)).resolves.toBe(false);

      release();
      await waitForBotMessage(page, STAND_IN_WELCOME);
      expect(guarded.errors).toEqual([]);
    } finally {
      await guarded.close();
    }
  });
});
