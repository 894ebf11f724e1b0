/**
 * Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core (no
 * browser download). Pages are guarded: any request off the bot's origin is blocked and recorded,
 * so a test can assert that the page never talks to anyone else. Helpers speak Web Chat's DOM.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags that worked on the development machines: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS_DIR = path.resolve(__dirname, '..', '..', 'test-artifacts');

/** Web Chat's stable selectors. */
export const selectors = {
  sendBox: '[data-id="webchat-sendbox-input"]',
  bubble: '.webchat__bubble',
  fromUser: '.webchat__bubble--from-user',
  bubbleContent: '.webchat__bubble__content',
  card: '.ac-adaptiveCard',
  connectivityStatus: '.webchat__connectivityStatus',
} as const;

export interface GuardedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly origin: string;
  /** Every request the page made to its own (or an explicitly allowed) origin, in order. */
  readonly requests: string[];
  /** Requests to any other origin: blocked before they left the browser. */
  readonly blocked: string[];
  /** Console errors and uncaught exceptions, including Content-Security-Policy refusals. */
  readonly errors: string[];
  /** Every WebSocket the page opened (routes do not see them), so a test can check their origin too. */
  readonly sockets: string[];
  close(): Promise<void>;
}

export interface NewPageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Other origins the page may reach, e.g. Direct Line's in a production-mode test. */
  alsoAllow?: string[];
}

export interface TestBrowser {
  readonly browser: Browser;
  newPage(origin: string, options?: NewPageOptions): Promise<GuardedPage>;
  close(): Promise<void>;
}

/** Fails — never skips — when Chromium is missing: browser tests are part of the suite. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Browser tests need Debian's chromium at ${CHROMIUM_PATH}, and it is not installed. ` +
        `.ci/run installs it; on this machine run: apt-get update && apt-get install -y chromium`,
    );
}

export async function launchBrowser(): Promise<TestBrowser> {
  assertChromiumInstalled();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  return {
    browser,
    // axe needs a page from browser.newContext() (not a persistent context), so every page gets its own.
    async newPage(origin, options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1024, height: 768 },
        locale: options.locale ?? 'en-GB',
        serviceWorkers: 'block',
      });
      const requests: string[] = [];
      const blocked: string[] = [];
      const errors: string[] = [];
      const sockets: string[] = [];
      const allowedOrigin = new URL(origin).origin;
      const allowed = new Set([allowedOrigin, ...(options.alsoAllow ?? []).map((o) => new URL(o).origin)]);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (allowed.has(new URL(url).origin)) {
          requests.push(url);
          return route.continue();
        }
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      page.on('websocket', (socket) => sockets.push(socket.url()));
      return { page, context, origin: allowedOrigin, requests, blocked, errors, sockets, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

/** Waits until Web Chat has connected (its connectivity status is gone) and the send box is ready. */
export async function waitForConnected(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.locator(selectors.sendBox).waitFor({ state: 'visible', timeout: timeoutMs });
  await page.waitForFunction(
    (selector) =>
      document.querySelectorAll(selector).length === 0 ||
      [...document.querySelectorAll(selector)].every(
        (e) => (e as HTMLElement).offsetParent === null || (e.textContent ?? '').trim() === '',
      ),
    selectors.connectivityStatus,
    { timeout: timeoutMs },
  );
}

/** A bot bubble (text or card) containing the text; resolves with it once visible. */
export async function waitForBotMessage(page: Page, text: string | RegExp, timeoutMs = 15_000): Promise<Locator> {
  const bubble = page
    .locator(`${selectors.bubble}:not(${selectors.fromUser}) ${selectors.bubbleContent}`, { hasText: text })
    .last();
  await bubble.waitFor({ state: 'visible', timeout: timeoutMs });
  return bubble;
}

/** Types into Web Chat's send box and sends with Enter, as a person would. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const input = page.locator(selectors.sendBox);
  await input.fill(text);
  await input.press('Enter');
  await page
    .locator(`${selectors.fromUser} ${selectors.bubbleContent}`, { hasText: text })
    .last()
    .waitFor({ state: 'visible' });
}

/** Clicks the button with this exact title on the most recent Adaptive Card that has one. */
export async function clickCardButton(page: Page, title: string): Promise<void> {
  await page.locator(selectors.card).getByRole('button', { name: title, exact: true }).last().click();
}

/** Saves a full-page PNG under test-artifacts/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The most recent Adaptive Card that has a button with this exact title (e.g. a question's "Next"). */
export function lastCardWithButton(page: Page, title: string): Locator {
  return page
    .locator(selectors.card)
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
    .last();
}

/** How many Adaptive Cards on the page have a button with this exact title. */
export function countCardsWithButton(page: Page, title: string): Promise<number> {
  return page
    .locator(selectors.card)
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
    .count();
}

/**
 * The number a person sees in front of each option of a card's expanded choice set: the option's
 * own leading digits ("2. Label", "(2) Label"), or — when Web Chat's markdown turned "2. Label" into a list — the
 * list's
 * start number (an `<ol>` without `start` shows 1).
 */
export async function choiceNumbersShown(card: Locator): Promise<(number | undefined)[]> {
  return card.locator('input[type="radio"], input[type="checkbox"]').evaluateAll((inputs) =>
    inputs.map((input) => {
      const label = input.id ? document.querySelector(`label[for="${input.id}"]`) : null;
      if (!label) return undefined;
      const list = label.querySelector('ol');
      if (list) return list.start;
      const digits = /^\s*\(?(\d+)/.exec((label as HTMLElement).innerText);
      return digits ? Number(digits[1]) : undefined;
    }),
  );
}

/**
 * Replaces `window.open` in the page (from its next navigation) with a recorder, so pressing a card's
 * Action.OpenUrl (tel:, https:) proves the link is there without leaving the page or its origin.
 * Read what was opened with `openedUrls`.
 */
export async function recordOpenedUrls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const opened: string[] = [];
    Object.defineProperty(window, '__openedUrls', { value: opened });
    window.open = (url?: string | URL) => {
      opened.push(String(url ?? ''));
      return null;
    };
  });
}

export function openedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __openedUrls?: string[] }).__openedUrls ?? [])]);
}

/** Clicks one of Web Chat's suggested actions (the buttons above the send box) by its title. */
export async function clickSuggestedAction(page: Page, title: string): Promise<void> {
  await page.locator('.webchat__suggested-actions__button', { hasText: title }).last().click();
}

/**
 * A pattern for text as Web Chat shows it: its markdown makes straight quotes typographic
 * ("I've" shows as "I’ve"), so a quote in the text matches either form.
 */
export function shownText(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/'/g, "['’]").replace(/"/g, '["“”]'));
}

/**
 * Saves the whole conversation, not just what the chat window shows: the viewport is made tall
 * enough for Web Chat's scrolling transcript (capped), the PNG taken, and the viewport restored.
 */
export async function screenshotConversation(page: Page, name: string, maxHeight = 20_000): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  const hidden = await page.evaluate(() => {
    const transcript = document.querySelector('.webchat__basic-transcript__scrollable');
    return transcript ? transcript.scrollHeight - transcript.clientHeight : 0;
  });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(maxHeight, viewport.height + Math.max(0, hidden)),
  });
  try {
    // Let Web Chat lay out at the new size: nothing of the transcript left to scroll (when it fits).
    await page
      .waitForFunction(
        () => {
          const transcript = document.querySelector('.webchat__basic-transcript__scrollable');
          return !transcript || transcript.scrollHeight - transcript.clientHeight <= 1;
        },
        undefined,
        { timeout: 2_000 },
      )
      .catch(() => undefined);
    return await screenshot(page, name);
  } finally {
    await page.setViewportSize(viewport);
  }
}
