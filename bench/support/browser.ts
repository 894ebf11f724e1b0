/**
 * Headless Chromium for benchmarks (Debian's /usr/bin/chromium through playwright-core, no
 * download), with a phone's network and CPU applied through the Chrome DevTools Protocol: the
 * browser's own throttling, as Lighthouse's DevTools mode uses, not a timer in the page.
 * Benchmarks only: tests have their own browser support, and bench/ imports nothing from test/.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The phone the issue measures with (Lighthouse's mobile figures): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up,
 * CPU 4× slower.
 */
export const PHONE = {
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  cpuSlowdown: 4,
  viewport: { width: 360, height: 740 },
} as const;

export interface PhonePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Bytes the browser received over the network (encoded, as on the wire), summed so far. */
  transferredBytes(): number;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh context (empty cache, no storage: a first visit) whose page is throttled as a phone. */
export async function newPhonePage(browser: Browser): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const cdp: CDPSession = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBitsPerSecond / 8,
    uploadThroughput: PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { page, context, requests, transferredBytes: () => bytes, close: () => context.close() };
}
