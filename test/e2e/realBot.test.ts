/**
 * The real bot's web chat page in headless Chromium: the whole bot runs in this process (local
 * Direct Line on its own server, embedded store, connector stand-in for Teams). A person clicks
 * through a whole triage to the signposting card in English and in Welsh, a disclosure typed in the
 * page reaches a Teams duty worker, the page passes an axe scan with a real question on screen, and
 * nothing the page asks for leaves the bot's origin.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { z } from 'zod';
import {
  ARTIFACTS_DIR,
  choiceNumbersShown,
  clickSuggestedAction,
  countCardsWithButton,
  lastCardWithButton,
  launchBrowser,
  openedUrls,
  recordOpenedUrls,
  screenshot,
  screenshotConversation,
  selectors,
  sendMessage,
  shownText,
  waitForBotMessage,
  waitForConnected,
  type GuardedPage,
  type TestBrowser,
} from '../support/browser';
import type { Received } from '../support/connectorStandIn';
import { allText, cardsOf, textOf } from '../support/conversationDriver';
import { startTestBot, type TestBot } from '../support/testBot';
import { LOW_RISK_CASE, type Answer as TranscriptAnswer } from '../support/triage';

const ROOT = path.resolve(__dirname, '..', '..');
type Lng = 'en-GB' | 'cy';

// ---- What the bot says, read from its own files (the test follows the flow, not a copy of it) ----

const flowSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      prompt: z.string().optional(),
      choices: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    }),
  ),
});
const FLOW = flowSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'dialogs', 'triage.flow.json'), 'utf8')));
/** The built-in last question (src/flows/keys.ts SUMMARY_QUESTION): log it, or change an answer. */
const SUMMARY_NODE = {
  id: 'summary',
  kind: 'summary',
  prompt: 'summaryQuestion.prompt',
  choices: [
    { value: 'confirm', label: 'summaryQuestion.confirm' },
    { value: 'change', label: 'summaryQuestion.change' },
  ],
};
const QUESTIONS = [...FLOW.nodes.filter((n) => n.prompt !== undefined), SUMMARY_NODE];

function locale(lng: Lng, namespace: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, 'locales', lng, `${namespace}.json`), 'utf8'));
}

/** `t('triage:q.role.prompt')` over the shipped locale files, plain interpolation only. */
function translator(lng: Lng): (key: string, params?: Record<string, string | number>) => string {
  const namespaces = new Map<string, unknown>();
  return (key, params = {}) => {
    const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['triage', key];
    if (!namespaces.has(ns)) namespaces.set(ns, locale(lng, ns));
    let node = namespaces.get(ns);
    for (const part of rest.split('.'))
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') throw new Error(`no string ${lng} ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
  };
}

/** Web Chat's markdown makes quotes typographic; compare text as a person reads it. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

// ---- Driving a triage in the page ----

/** How to answer a question: tick options, fill the card's box, type in the send box, or leave it. */
type Answer = { choose: string[] } | { fill: string } | { send: string } | { leave: true };

/** The transcript tests' plan on the page: what they type goes into the card's box, what they skip is left. */
function onThePage(plan: Readonly<Record<string, TranscriptAnswer>>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(plan).map(([id, a]): [string, Answer] => [
      id,
      'type' in a ? { fill: a.type } : 'skip' in a ? { leave: true } : a,
    ]),
  );
}

/** The transcript tests' low-risk case (anxiety and school avoidance, nothing disclosed), from a youth worker. */
const CASE_EN: Record<string, Answer> = {
  ...onThePage(LOW_RISK_CASE),
  role: { choose: ['youth-worker'] },
  organisation: { fill: 'Riverside Youth Club' },
  contactNumber: { send: '01632 960 111' },
};

/** The same case from a youth worker in Wales, in Welsh, typing some answers into the send box. */
const CASE_CY: Record<string, Answer> = {
  ...CASE_EN,
  organisation: { fill: 'Clwb Ieuenctid Glan yr Afon' },
  contactNumber: { leave: true },
  childReference: { send: 'C.D.' },
  age: { send: '14' },
  area: { choose: ['wales'] },
  noticed: {
    fill: "Mae hi wedi colli naw diwrnod o'r ysgol yr hanner tymor hwn ac mae'n dweud ei bod hi'n teimlo'n sâl cyn mynd.",
  },
  childWords: { leave: true },
};

interface Step {
  nodeId: string;
  card: Locator;
}

/** Which flow question a card asks: its `speak`/aria-label is the question's prompt. */
/** The card that asks the safety questions together (one input per question, `<nodeId>.choice`). */
const SAFETY_CARD = 'safetyGroup';
const SAFETY_QUESTION_IDS = ['selfHarm', 'suicidalThoughts', 'harmDisclosure', 'exploitation', 'missing', 'eating'];

async function questionOf(card: Locator, t: ReturnType<typeof translator>): Promise<string> {
  const asked = plain((await card.getAttribute('aria-label')) ?? '');
  if (asked === plain(t('safetyGroup.title'))) return SAFETY_CARD;
  const node = QUESTIONS.find((n) => n.prompt !== undefined && plain(t(n.prompt)) === asked);
  if (!node) throw new Error(`a card asks a question the flow does not have: "${asked}"`);
  return node.id;
}

async function answer(
  page: Page,
  step: Step,
  a: Answer,
  t: ReturnType<typeof translator>,
  next: string,
): Promise<void> {
  const { card } = step;
  if ('choose' in a) {
    const node = QUESTIONS.find((n) => n.id === step.nodeId);
    const choices = node?.choices ?? [];
    for (const value of a.choose) {
      const index = choices.findIndex((c) => c.value === value);
      if (index < 0) throw new Error(`${step.nodeId} has no option ${value}`);
      // The option a person picks: its title carries its number and the label in this language.
      const option = card.locator(`input[value=${JSON.stringify(value)}]`);
      const title = plain((await option.getAttribute('aria-label')) ?? '');
      expect(title).toContain(plain(t(choices[index].label)));
      expect(title).toContain(String(index + 1));
      await option.check();
    }
  } else if ('fill' in a) {
    await card.locator('#answerText textarea, #answerText input, #answerNumber input').first().fill(a.fill);
  } else if ('send' in a) {
    await sendMessage(page, a.send);
    return;
  }
  await card.getByRole('button', { name: next, exact: true }).click();
}

interface TriageRun {
  asked: string[];
  /** Each question card's progress line as numbers ("Question 3 of 23" → [3, 23]); the summary has none. */
  progress: [number, number][];
  /** Milliseconds from pressing a question's button (or sending) to the next question on screen. */
  turnMs: number[];
}

/** From the first question to the end of the summary, following whatever the bot asks next. */
async function runTriage(page: Page, lng: Lng, answers: Record<string, Answer>): Promise<TriageRun> {
  const t = translator(lng);
  const next = t('card.next');
  const asked: string[] = [];
  const progress: [number, number][] = [];
  const turnMs: number[] = [];
  const progressLine = new RegExp(
    t('card.progress')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\\{\\{index\\}\\}', '(\\d+)')
      .replace('\\{\\{total\\}\\}', '(\\d+)'),
  );
  for (let turn = 0; turn < 60; turn++) {
    const card = lastCardWithButton(page, next);
    const nodeId = await questionOf(card, t);
    const shown = progressLine.exec(await card.innerText());
    if (shown) progress.push([Number(shown[1]), Number(shown[2])]);
    if (asked.at(-1) === nodeId) throw new Error(`the bot asked ${nodeId} again: ${plain(await card.innerText())}`);
    asked.push(nodeId);
    if (nodeId === SAFETY_CARD) {
      // Each safety question on the card is answered as planned for it, then the one button.
      for (const id of SAFETY_QUESTION_IDS) {
        const group = card.locator(`[id="${id}.choice"]`);
        if ((await group.count()) === 0) continue;
        const plannedForId = answers[id];
        if (!plannedForId || !('choose' in plannedForId)) throw new Error(`no choice planned for ${id}`);
        for (const value of plannedForId.choose) await group.locator(`input[value=${JSON.stringify(value)}]`).check();
      }
      const beforeSafety = await countCardsWithButton(page, next);
      await card.getByRole('button', { name: next, exact: true }).click();
      await page.waitForFunction(
        ({ selector, title, count }) =>
          [...document.querySelectorAll(selector)].filter((c) => c.querySelector(`button[title="${title}"]`)).length >
          count,
        { selector: selectors.card, title: next, count: beforeSafety },
        { timeout: 10_000 },
      );
      continue;
    }
    const planned = answers[nodeId];
    if (!planned) throw new Error(`no answer planned for ${nodeId}`);
    const before = await countCardsWithButton(page, next);
    const started = Date.now();
    await answer(page, { nodeId, card }, planned, t, next);
    if (nodeId === 'summary') break;
    if (nodeId === 'noticed') {
      // What they saw or heard is read like an opening account (issue 17): a confirm card may come first.
      const confirmTitle = t('story.confirm');
      await page.waitForFunction(
        ({ selector, title, count, confirm }) => {
          const cards = [...document.querySelectorAll(selector)];
          return (
            cards.filter((c) => c.querySelector(`button[title="${title}"]`)).length > count ||
            cards.some((c) => c.querySelector(`button[title="${confirm}"]`))
          );
        },
        { selector: selectors.card, title: next, count: before, confirm: confirmTitle },
        { timeout: 10_000 },
      );
      const confirm = page.locator(`${selectors.card} button[title="${confirmTitle}"]`).last();
      if ((await confirm.count()) > 0) {
        asked.push('story.confirm');
        await confirm.click();
      }
    }
    // The next question is the next card with a Next button (info messages may come before it).
    await page.waitForFunction(
      ({ selector, title, count }) =>
        [...document.querySelectorAll(selector)].filter((c) => c.querySelector(`button[title="${title}"]`)).length >
        count,
      { selector: selectors.card, title: next, count: before },
      { timeout: 10_000 },
    );
    turnMs.push(Date.now() - started);
  }
  return { asked, progress, turnMs };
}

interface FirstMessage {
  /** From navigation to the bot's welcome on screen. */
  totalMs: number;
  /** Of which: the page and Web Chat's bundle loaded and run (DOMContentLoaded, scripts are deferred). */
  pageReadyMs: number;
  /** The page's first call to the local Direct Line answered (its token and conversation). */
  directLineMs: number;
  /** Bytes over the wire (headers and, where compressed, compressed bodies) by the time of the welcome. */
  transferredBytes: number;
}

/** Opens the page and waits for the bot's welcome, timing the way there. */
async function openChat(guarded: GuardedPage, url: string, lng: Lng): Promise<FirstMessage> {
  const { page } = guarded;
  await page.goto(url);
  await waitForBotMessage(page, shownText(translator(lng)('common:welcome.danger')), 20_000);
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const directLine = performance.getEntriesByType('resource').find((e) => e.name.includes('/v3/directline/')) as
      PerformanceResourceTiming | undefined;
    const transferred = [navigation, ...performance.getEntriesByType('resource')].reduce(
      (sum, e) => sum + ((e as PerformanceResourceTiming | undefined)?.transferSize ?? 0),
      0,
    );
    return {
      now: performance.now(),
      ready: navigation?.domContentLoadedEventEnd ?? 0,
      directLine: directLine?.responseEnd ?? 0,
      transferred,
    };
  });
  await waitForConnected(page);
  return {
    totalMs: Math.round(timing.now),
    pageReadyMs: Math.round(timing.ready),
    directLineMs: Math.round(timing.directLine),
    transferredBytes: timing.transferred,
  };
}

async function startReport(page: Page, lng: Lng): Promise<Locator> {
  const t = translator(lng);
  await clickSuggestedAction(page, t('common:buttons.start'));
  const card = lastCardWithButton(page, t('card.next'));
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  return card;
}

/** The signposting card: the last card, with service names and tappable contact actions. */
async function signpostingCard(page: Page, lng: Lng): Promise<Locator> {
  const card = page.locator(selectors.card, { hasText: translator(lng)('signposting:title') }).last();
  await card.waitFor({ state: 'visible', timeout: 15_000 });
  return card;
}

/**
 * "Question 1 of n" and onwards: one total from the start, the number rising with every card, by as
 * many questions as the card answered (the safety card answers several at once), never past n.
 */
function expectCountedInOrder(progress: [number, number][]): void {
  const total = progress[0]?.[1] ?? 0;
  expect(progress[0]).toEqual([1, total]);
  for (const [index, [n, of]] of progress.entries()) {
    expect(of).toBe(total);
    if (index > 0) expect(n).toBeGreaterThan(progress[index - 1][0]);
    expect(n).toBeLessThanOrEqual(total);
  }
}

const REFERENCE = /EH-[0-9A-Z]{4}-[0-9A-Z]{2}/;
const PHONE = { width: 360, height: 740 };

// ---- The tests ----

let browser: TestBrowser;
let t: TestBot;
/** Pages open now; every one is checked after each test and closed when its test (or group) ends. */
const open = new Set<GuardedPage>();
const measured: Record<string, number | number[] | string> = {};

beforeAll(async () => {
  [browser, t] = await Promise.all([launchBrowser(), startTestBot({ env: { ESCALATION_ACK_MINUTES: '30' } })]);
});
afterAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(path.join(ARTIFACTS_DIR, 'realBot-measurements.json'), `${JSON.stringify(measured, null, 2)}\n`);
  await browser?.close();
  await t?.close();
});
afterEach(() => {
  // Whatever a test did, no page reached beyond the bot's origin or met a CSP refusal.
  for (const guarded of open) {
    expect(guarded.blocked).toEqual([]);
    expect(guarded.sockets.filter((url) => new URL(url.replace(/^ws/, 'http')).origin !== guarded.origin)).toEqual([]);
    expect(guarded.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  }
});

async function newPage(viewport = PHONE): Promise<GuardedPage> {
  const guarded = await browser.newPage(t.bot.url, { viewport });
  open.add(guarded);
  return guarded;
}

async function closePage(guarded: GuardedPage | undefined): Promise<void> {
  if (!guarded) return;
  open.delete(guarded);
  await guarded.close();
}

function recordFirstMessage(first: FirstMessage): void {
  for (const [key, value] of Object.entries(first))
    measured[`firstBotMessage.${key}`] = [
      ...((measured[`firstBotMessage.${key}`] as number[] | undefined) ?? []),
      value,
    ];
}

describe('a whole triage in the page, clicking the cards', () => {
  let guarded: GuardedPage | undefined;
  afterEach(async () => {
    await closePage(guarded);
    guarded = undefined;
  });

  it('takes a youth worker from the welcome through every question to a logged reference and signposting, in English', async () => {
    guarded = await newPage({ width: 1024, height: 768 });
    const { page } = guarded;
    await recordOpenedUrls(page);
    recordFirstMessage(await openChat(guarded, `${t.bot.url}/`, 'en-GB'));
    const first = await startReport(page, 'en-GB');
    await expect(first.innerText()).resolves.toMatch(/Question 1 of \d+/);

    const started = Date.now();
    const run = await runTriage(page, 'en-GB', CASE_EN);
    expect(run.asked[0]).toBe('immediateDanger');
    expect(run.asked.at(-1)).toBe('summary');
    // Issue 20 point 15: the call-back number is asked only when something was escalated, and this case raises nothing.
    expect(run.asked).not.toContain('contactNumber');
    expect(run.asked).toEqual(
      expect.arrayContaining(['role', 'organisation', 'childReference', 'age', 'needs', 'noticed', 'consent']),
    );
    // Every question card shows its progress line; the summary and the safety card (several questions) do not.
    expect(run.progress).toHaveLength(
      run.asked.filter((id) => id !== 'summary' && id !== SAFETY_CARD && id !== 'story.confirm').length,
    );
    expectCountedInOrder(run.progress);

    const signposting = await signpostingCard(page, 'en-GB');
    measured.englishTriageMs = Date.now() - started;
    measured.englishQuestions = run.asked.length;
    measured.englishProgress = run.progress.map(([i, n]) => `${i}/${n}`).join(' ');
    measured.englishTurnMsMinMeanMax = [
      Math.min(...run.turnMs),
      Math.round(run.turnMs.reduce((a, b) => a + b, 0) / run.turnMs.length),
      Math.max(...run.turnMs),
    ];
    await waitForBotMessage(page, REFERENCE);
    await expect(signposting.innerText()).resolves.toContain('Childline');
    // The contacts are actions a person can tap: pressing one opens a tel: or https: link.
    const contacts = signposting.getByRole('button').or(signposting.getByRole('link'));
    expect(await contacts.count()).toBeGreaterThan(0);
    await contacts.first().click();
    await expect(openedUrls(page)).resolves.toEqual([expect.stringMatching(/^(tel:|https:)/)]);

    const file = await screenshotConversation(page, 'realbot-triage-en');
    expect(existsSync(file)).toBe(true);
    expect(guarded.errors).toEqual([]);
  }, 90_000);

  it('does the same in Welsh, from /?lang=cy on a phone, in Welsh throughout', async () => {
    guarded = await newPage();
    const { page } = guarded;
    const cy = translator('cy');
    recordFirstMessage(await openChat(guarded, `${t.bot.url}/?lang=cy`, 'cy'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    const first = await startReport(page, 'cy');
    await expect(first.innerText()).resolves.toMatch(/Cwestiwn 1 o \d+/);
    await expect(first.getAttribute('aria-label')).resolves.toBe(cy('q.immediateDanger.prompt'));

    const started = Date.now();
    const run = await runTriage(page, 'cy', CASE_CY);
    expect(run.asked[0]).toBe('immediateDanger');
    expect(run.asked.at(-1)).toBe('summary');
    // Every question card shows its progress line; the summary and the safety card (several questions) do not.
    expect(run.progress).toHaveLength(
      run.asked.filter((id) => id !== 'summary' && id !== SAFETY_CARD && id !== 'story.confirm').length,
    );
    expectCountedInOrder(run.progress);
    const signposting = await signpostingCard(page, 'cy');
    measured.welshTriageMs = Date.now() - started;
    measured.welshProgress = run.progress.map(([i, n]) => `${i}/${n}`).join(' ');
    await waitForBotMessage(page, REFERENCE);
    const text = await signposting.innerText();
    expect(text).toContain('Childline');
    expect(text).not.toContain(translator('en-GB')('signposting:title'));
    await screenshotConversation(page, 'realbot-triage-cy');
    expect(guarded.errors).toEqual([]);
  }, 90_000);
});

describe('a question card on screen (one page, shared by these tests in order)', () => {
  let guarded: GuardedPage;
  let question: Locator;
  beforeAll(async () => {
    guarded = await newPage();
    recordFirstMessage(await openChat(guarded, `${t.bot.url}/`, 'en-GB'));
    question = await startReport(guarded.page, 'en-GB');
    // How much of a 360 × 740 phone the chat itself gets, below the page's header.
    measured.phoneChatAreaPx = Math.round((await guarded.page.locator('#webchat').boundingBox())?.height ?? 0);
  });
  afterAll(async () => {
    await closePage(guarded);
  });

  it("numbers the question's options 1, 2, 3 on screen, as typing a number expects", async () => {
    const shown = await choiceNumbersShown(question);
    await screenshot(guarded.page, 'realbot-question');
    expect(shown).toEqual([1, 2, 3]);
  });

  it('has no axe violations', async () => {
    const results = await new AxeBuilder({ page: guarded.page }).analyze();
    const violations = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
    measured.axe = `${results.violations.length} violations, ${results.passes.length} rules passed, ${results.incomplete.length} incomplete`;
    measured.axeIncomplete = results.incomplete
      .map((i) => `${i.id}: ${i.nodes.map((n) => n.target.join(' ')).join('; ')}`)
      .join(' | ');
    expect(violations).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });

  it('sends a disclosure typed in the page to the on-duty Teams worker as a safeguarding alert card', async () => {
    const dutyWorker = t.conversation({
      user: { id: `29:${randomUUID()}`, name: 'Duty Worker', aadObjectId: randomUUID() },
    });
    const onDuty = await dutyWorker.say('on duty');
    expect(allText(onDuty.replies)).toContain("You're on duty");
    try {
      const { page } = guarded;
      const isAlert = (r: Received) =>
        r.conversationId === dutyWorker.id &&
        r.method === 'POST' &&
        cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert'));
      const alert = t.connector.waitFor(isAlert, 20_000);
      await sendMessage(page, 'she told me her stepdad hits her');
      const told = await waitForBotMessage(page, shownText("I've sent this to your duty safeguarding worker"), 20_000);
      const reference = REFERENCE.exec(await told.innerText())?.[0];
      expect(reference).toMatch(REFERENCE);
      const received = await alert;
      expect(textOf(received.activity)).toContain(reference);
      await screenshotConversation(page, 'realbot-disclosure');
    } finally {
      await dutyWorker.say('off duty');
    }
  }, 45_000);

  it('after that disclosure, shows the open question again without telling the person their words were not understood', async () => {
    const { page } = guarded;
    const en = translator('en-GB');
    // The bot's replies since the disclosure was sent (everything after the person's last bubble),
    // once they include a card again.
    await page.waitForFunction(
      ({ bubble, fromUser, card }) => {
        const all = [...document.querySelectorAll(bubble)];
        return all.slice(all.map((b) => b.matches(fromUser)).lastIndexOf(true) + 1).some((b) => b.querySelector(card));
      },
      { bubble: selectors.bubble, fromUser: selectors.fromUser, card: selectors.card },
      { timeout: 10_000 },
    );
    const since = await page.evaluate(
      ({ bubble, fromUser, content }) => {
        const all = [...document.querySelectorAll(bubble)];
        const lastOwn = all.map((b) => b.matches(fromUser)).lastIndexOf(true);
        return all.slice(lastOwn + 1).map((b) => (b.querySelector(content) as HTMLElement | null)?.innerText ?? '');
      },
      { bubble: selectors.bubble, fromUser: selectors.fromUser, content: selectors.bubbleContent },
    );
    const text = plain(since.join('\n'));
    expect(text).toContain(plain(en('escalation:continue')));
    expect(text).toContain(plain(en('q.immediateDanger.prompt')));
    expect(text).not.toContain(plain(en('reask.choiceExpected')));
  });

  it("kept every request on the bot's origin through all of that and a switch to Welsh, and the guard does block others", async () => {
    const { page, requests, blocked } = guarded;
    await Promise.all([page.waitForURL(/\?lang=cy$/), page.locator('a.language-switch').click()]);
    await waitForConnected(page);
    await sendMessage(page, 'help');
    await waitForBotMessage(page, shownText(translator('cy')('common:help.title')));
    expect(requests.filter((url) => new URL(url).origin !== guarded.origin)).toEqual([]);
    expect(requests.some((url) => url.includes('/v3/directline/conversations'))).toBe(true);
    expect(blocked).toEqual([]);

    // The guard is not vacuous: a request to another origin is refused and counted.
    const control = await browser.newPage(t.bot.url);
    try {
      await expect(control.page.goto('http://127.0.0.2:9/elsewhere')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
      expect(control.blocked).toEqual(['http://127.0.0.2:9/elsewhere']);
    } finally {
      await control.close();
    }
  });
});
