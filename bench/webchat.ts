/**
 * The web chat page as a youth worker's phone meets it on a first visit: headless Chromium with the
 * browser's own throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower,
 * bench/support/browser.ts) and an empty cache, against the real Navigator in its own process
 * (`npm start`'s command, development mode, so the page uses the bot's local Direct Line).
 *
 * Figures (median of RUNS cold visits): time from navigation to the bot's first message on screen,
 * to a box a person can type into, and to Web Chat being live (its send box shown); bytes received;
 * requests off the page's origin. Also the page's files as served (brotli and gzip).
 *
 * Run: npm run bench -- webchat   (needs /usr/bin/chromium)
 */
import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BenchResult } from './types';
import { launchBrowser, newPhonePage } from './support/browser';
import { startNavigator } from './support/child';
import { runWhenMain } from './support/standalone';

const RUNS = 3;
const TIMEOUT_MS = 60_000;

/** The last sentence of the bot's English welcome (locales/en-GB/common.json, welcome.start), as shown. */
const WELCOME_END = 'what you have noticed) to begin';

/** A bot message: Web Chat's bubble, or the welcome the server writes into the page. */
const BOT_MESSAGE = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content, .early-message--bot';
/** Where a person can type: the page's own box before Web Chat has loaded, or Web Chat's. */
const TYPING_BOX = '#early-input, [data-id="webchat-sendbox-input"]';
const WEB_CHAT_SEND_BOX = '[data-id="webchat-sendbox-input"]';

/** Bytes on the wire for one GET, as a browser offering those codings would receive them. */
function transferredBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Milliseconds since navigation started (the page's own clock) when a visible element matching `selector` (and `text`)
 * was first seen.
 */
async function firstSeen(page: Page, selector: string, text?: string): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selector: s, text: t }) => {
      const visible = [...document.querySelectorAll<HTMLElement>(s)].find(
        (e) => e.offsetParent !== null && (t === undefined || (e.textContent ?? '').includes(t)),
      );
      return visible ? performance.now() : false;
    },
    { selector, text },
    { polling: 'raf', timeout: TIMEOUT_MS },
  );
  return Number(await handle.jsonValue());
}

interface Visit {
  firstBotMessageMs: number;
  canTypeMs: number;
  webChatLiveMs: number;
  bytes: number;
  offOrigin: number;
}

async function coldVisit(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<Visit> {
  const phone = await newPhonePage(browser);
  try {
    await phone.page.goto(`${url}/`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const [firstBotMessageMs, canTypeMs, webChatLiveMs] = await Promise.all([
      firstSeen(phone.page, BOT_MESSAGE, WELCOME_END),
      firstSeen(phone.page, TYPING_BOX),
      firstSeen(phone.page, WEB_CHAT_SEND_BOX),
    ]);
    // Web Chat's own welcome bubble too, so the bytes include the whole first conversation.
    await firstSeen(
      phone.page,
      '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content',
      WELCOME_END,
    );
    const origin = new URL(url).origin;
    return {
      firstBotMessageMs,
      canTypeMs,
      webChatLiveMs,
      bytes: phone.transferredBytes(),
      offOrigin: phone.requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))
        .length,
    };
  } finally {
    await phone.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const bot = await startNavigator(mkdtempSync(path.join(os.tmpdir(), 'ehn-bench-webchat-')), 'in-process');
  const browser = await launchBrowser();
  try {
    const html = await (await fetch(`${bot.url}/`)).text();
    // Linked from the page (src, href) or from its settings (Web Chat's bundle, which the page script loads).
    const assets = [
      ...new Set(
        [...html.matchAll(/(?:\s(?:src|href)=|"webChatUrl":)"(\/webchat\/assets\/[^"]+)"/g)].map(
          (m) => `${bot.url}${m[1] as string}`,
        ),
      ),
    ];
    const bundle = assets.find((a) => a.includes('/webchat.')) ?? '';
    const weigh = async (acceptEncoding: string) => ({
      page: (await Promise.all([`${bot.url}/`, ...assets].map((u) => transferredBytes(u, acceptEncoding)))).reduce(
        (sum, n) => sum + n,
        0,
      ),
      bundle: await transferredBytes(bundle, acceptEncoding),
    });
    const brotli = await weigh('gzip, deflate, br');
    const gzip = await weigh('gzip, deflate');

    const visits: Visit[] = [];
    for (let i = 0; i < RUNS; i++) visits.push(await coldVisit(browser, bot.url));
    const m = (pick: (v: Visit) => number) => Math.round(median(visits.map(pick)));

    return [
      {
        name: 'webchat on a phone, cold: first bot message on screen (median of 3)',
        value: m((v) => v.firstBotMessageMs),
        unit: 'ms',
        goal: '≤ 2500',
      },
      {
        name: 'webchat on a phone, cold: a box to type into (median of 3)',
        value: m((v) => v.canTypeMs),
        unit: 'ms',
        goal: '≤ 2500',
      },
      {
        name: 'webchat on a phone, cold: Web Chat live, its send box shown (median of 3)',
        value: m((v) => v.webChatLiveMs),
        unit: 'ms',
      },
      { name: 'webchat on a phone, cold: bytes received (median of 3)', value: m((v) => v.bytes), unit: 'bytes' },
      {
        name: "webchat on a phone: requests off the page's origin (all runs)",
        value: visits.reduce((sum, v) => sum + v.offOrigin, 0),
        unit: 'requests',
        goal: '0',
      },
      {
        name: 'webchat page weight (all files, brotli as served to a browser over HTTPS)',
        value: brotli.page,
        unit: 'bytes',
        goal: '< 1,100,000',
      },
      { name: 'webchat bundle (botframework-webchat, brotli)', value: brotli.bundle, unit: 'bytes' },
      {
        name: 'webchat page weight (all files, gzip, for a browser without brotli)',
        value: gzip.page,
        unit: 'bytes',
        goal: '< 1,100,000',
      },
    ];
  } finally {
    await browser.close();
    await bot.stop();
  }
}

runWhenMain(module, run);
