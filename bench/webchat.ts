/**
 * The web chat page as a youth worker's phone meets it: bytes sent over the wire (brotli, as a
 * browser gets it over HTTPS, and gzip, as one without brotli gets it), and the time from opening
 * the page to the bot's first message in headless Chromium — cold (empty cache, as on a first
 * visit) and warm (bundle cached). Uses the local Direct Line and a stand-in bot on 127.0.0.1;
 * bounded to about a minute.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/webchat.js   (needs /usr/bin/chromium)
 */
import { get } from 'node:http';
import { launchBrowser, waitForBotMessage } from '../test/support/browser';
import { startWebChatServer } from '../test/integration/webchat/support/webChatServer';
import { WELCOME } from '../test/integration/webchat/support/standInBot';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';

const RUNS = 5;

/** What a browser offers: over HTTPS with brotli; over plain http (or an older browser) without. */
const ACCEPT_ENCODING = { brotli: 'gzip, deflate, br', gzip: 'gzip, deflate' } as const;

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

export async function run(): Promise<BenchResult[]> {
  const server = await startWebChatServer();
  const browser = await launchBrowser();
  try {
    const html = await (await fetch(`${server.url}/`)).text();
    const assets = [...html.matchAll(/\s(?:src|href)="(\/webchat\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
    const urls = [`${server.url}/`, ...assets.map((a) => `${server.url}${a}`)];
    const bundleUrl = `${server.url}${assets.find((a) => a.includes('/webchat.')) ?? ''}`;
    const weigh = async (acceptEncoding: string) => ({
      page: (await Promise.all(urls.map((url) => transferredBytes(url, acceptEncoding)))).reduce((sum, n) => sum + n, 0),
      bundle: await transferredBytes(bundleUrl, acceptEncoding),
    });
    const brotli = await weigh(ACCEPT_ENCODING.brotli);
    const gzip = await weigh(ACCEPT_ENCODING.gzip);

    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const guarded = await browser.newPage(server.url, { viewport: { width: 360, height: 740 } });
      const started = performance.now();
      await guarded.page.goto(`${server.url}/`);
      await waitForBotMessage(guarded.page, WELCOME['en-GB'], 30_000);
      cold.push(performance.now() - started);
      await guarded.close();
    }

    const warm: number[] = [];
    const guarded = await browser.newPage(server.url, { viewport: { width: 360, height: 740 } });
    await guarded.page.goto(`${server.url}/`);
    await waitForBotMessage(guarded.page, WELCOME['en-GB'], 30_000);
    for (let i = 0; i < RUNS; i++) {
      // A new tab session each time, so the page starts a new conversation but keeps its HTTP cache.
      await guarded.page.evaluate(() => sessionStorage.clear());
      const started = performance.now();
      await guarded.page.reload();
      await waitForBotMessage(guarded.page, WELCOME['en-GB'], 30_000);
      warm.push(performance.now() - started);
    }
    await guarded.close();

    return [
      { name: 'webchat page weight (all files, brotli as served to a browser over HTTPS)', value: brotli.page, unit: 'bytes', goal: '< 1,100,000' },
      { name: 'webchat bundle (botframework-webchat, brotli)', value: brotli.bundle, unit: 'bytes' },
      { name: 'webchat page weight (all files, gzip, for a browser without brotli)', value: gzip.page, unit: 'bytes', goal: '< 1,100,000 (Web Chat bundle ≈ 950 KB of it)' },
      { name: 'webchat bundle (botframework-webchat, gzip)', value: gzip.bundle, unit: 'bytes' },
      { name: 'webchat time to first bot message, cold cache (median of 5)', value: Math.round(median(cold)), unit: 'ms', goal: '< 3000 on loopback' },
      { name: 'webchat time to first bot message, warm cache (median of 5)', value: Math.round(median(warm)), unit: 'ms', goal: '< 1500 on loopback' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

runWhenMain(module, run);
