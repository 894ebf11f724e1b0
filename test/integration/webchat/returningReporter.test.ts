/**
 * A web chat reporter is told the outcome in their next conversation: the real bot, embedded
 * Cosmos, its local Direct Line (the page's side spoken over HTTP, as page.js does) and a Teams
 * duty worker through the connector stand-in. The browser's returning key gives the same user id
 * in every conversation; a shared computer's next user without that key hears nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { actionsOf, allText, cardsOf, textOf } from '../../support/conversationDriver';
import { ConnectorStandIn, type Received } from '../../support/connectorStandIn';
import { startTestBot, tempDataDir, type TestBot } from '../../support/testBot';

const DISCLOSURE = 'She told me her stepdad hits her with a belt when he has been drinking';
const PRIVATE_NOTE = 'ZQXNOTE spoke to the social worker at the other agency';
const REFERENCE = /EH-[0-9A-Z]{4}-[0-9A-Z]{2}/;
/** A browser's returning-reporter key, as page.js makes it: 32 random bytes in base64url. */
const newKey = (): string => randomBytes(32).toString('base64url');
const WELCOME = 'Early Help Navigator';

interface Activity {
  type: string;
  text?: string;
  locale?: string;
  from?: { id?: string; role?: string };
  attachments?: unknown[];
}

/** One web chat conversation, as the page drives the local Direct Line. */
class WebChatTab {
  private constructor(
    private readonly botUrl: string,
    readonly conversationId: string,
    readonly userId: string,
    private readonly token: string,
    readonly locale: string,
  ) {}

  static async open(botUrl: string, returningKey: string | undefined, locale: string): Promise<WebChatTab> {
    const generated = await json(
      await fetch(`${botUrl}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(returningKey ? { returningKey } : {}),
      }),
    );
    const tab = new WebChatTab(
      botUrl,
      String(generated.conversationId),
      String(generated.userId),
      String(generated.token),
      locale,
    );
    const started = await fetch(`${botUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tab.token}` },
      body: JSON.stringify({ locale }),
    });
    expect(started.status).toBe(201);
    return tab;
  }

  async say(text: string): Promise<void> {
    const response = await fetch(`${this.botUrl}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ type: 'message', text, locale: this.locale, from: { id: this.userId } }),
    });
    expect(response.status).toBe(200);
  }

  async transcript(): Promise<Activity[]> {
    const read = await json(
      await fetch(`${this.botUrl}/v3/directline/conversations/${this.conversationId}/activities`, {
        headers: { authorization: `Bearer ${this.token}` },
      }),
    );
    return read.activities as Activity[];
  }

  /** The bot's words so far, cards included. */
  async botText(): Promise<string> {
    return (await this.transcript())
      .filter((a) => a.from?.role === 'bot')
      .map((a) => textOf(a as Parameters<typeof textOf>[0]))
      .join('\n');
  }

  /** Waits (polling, as the page does) until the bot has said something containing `words`. */
  async waitFor(words: string): Promise<string> {
    for (let polls = 0; polls < 200; polls++) {
      const text = await this.botText();
      if (text.includes(words)) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the bot never said "${words}" in web chat; it said:\n${await this.botText()}`);
  }
}

async function json(response: Response): Promise<Record<string, unknown>> {
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function actionOf(card: unknown, verb: string) {
  const action = actionsOf(card).find((a) => a.data.verb === verb);
  if (!action) throw new Error(`no ${verb} action on the card`);
  return action;
}

describe('a returning web chat reporter', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ESCALATION_ACK_MINUTES: '30' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is told the outcome when their next conversation starts, in its language, once, and nobody else is', async () => {
    const key = newKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const dsl = t.conversation({ user: { id: `29:${randomUUID()}`, name: 'Dee Ess-Ell', aadObjectId: randomUUID() } });
    await dsl.say('on duty');

    // The youth worker raises a concern in web chat, then closes the tab.
    const first = await WebChatTab.open(t.bot.url, key, 'en-GB');
    await first.waitFor(WELCOME);
    await first.say(DISCLOSURE);
    const reference = REFERENCE.exec(await first.botText())?.[0];
    if (!reference) throw new Error(`no reference given to the reporter:\n${await first.botText()}`);

    const alert = await t.connector.waitFor(
      (r: Received) =>
        r.conversationId === dsl.id &&
        r.method === 'POST' &&
        cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert:')),
    );
    const claimed = await dsl.press(actionOf(cardsOf(alert.activity)[0], 'escalation.claim'));
    const closed = await dsl.press(actionOf(claimed.body, 'referral.outcome'), {
      outcome: 'early-help-offered',
      note: PRIVATE_NOTE,
    });
    expect(allText(closed.replies)).toContain(`Referral ${reference} is closed`);

    // Sent into the first conversation too (Direct Line takes it whether or not the tab is open).
    expect(await first.waitFor('has looked at your report')).toContain(reference);

    // Someone else at the same organisation, on another browser, hears nothing of it.
    const stranger = await WebChatTab.open(t.bot.url, newKey(), 'en-GB');
    expect(stranger.userId).not.toBe(first.userId);
    const strangerWelcome = await stranger.waitFor(WELCOME);
    await stranger.say('my reports');
    expect(await stranger.botText()).not.toContain(reference);
    expect(strangerWelcome).not.toContain('has looked at your report');

    // The same browser, days later, in Welsh: the same user, told at once, with no notes and no child details.
    const next = await WebChatTab.open(t.bot.url, key, 'cy');
    expect(next.userId).toBe(first.userId);
    expect(next.conversationId).not.toBe(first.conversationId);
    const told = await next.waitFor('Y canlyniad');
    expect(told).toContain(`Mae Dee Ess-Ell wedi edrych ar eich adroddiad ${reference}`);
    expect(told).toContain("mae cymorth cynnar wedi'i gynnig");
    expect(told).not.toContain('ZQXNOTE');
    expect(told).not.toContain('belt');
    const notice = (await next.transcript()).find((a) => (a.text ?? '').includes('Y canlyniad'));
    expect(notice?.locale).toBe('cy');

    // Told once: the conversation after that starts with the welcome alone.
    const later = await WebChatTab.open(t.bot.url, key, 'en-GB');
    await later.waitFor(WELCOME);
    expect(await later.botText()).not.toContain('has looked at your report');
    expect(await later.botText()).not.toContain('Y canlyniad');
    // ... and `my reports` still lists it for this browser.
    await later.say('my reports');
    expect(await later.botText()).toContain(reference);

    await dsl.say('off duty');
  });

  it('whose conversation has ended (the server restarted): the duty worker hears they will be told, and they are, next time', async () => {
    const connector = await new ConnectorStandIn().start();
    const dataDir = tempDataDir();
    // The same port after the restart, so the reporter's stored address reaches the new server's Direct Line.
    const port = await freePort();
    const start = () => startTestBot({ connector, dataDir, env: { PORT: String(port), ESCALATION_ACK_MINUTES: '30' } });
    let bot = await start();
    try {
      const key = newKey();
      const dsl = bot.conversation({
        user: { id: `29:${randomUUID()}`, name: 'Rhi Dsl', aadObjectId: randomUUID() },
      });
      await dsl.say('on duty');
      const first = await WebChatTab.open(bot.bot.url, key, 'en-GB');
      await first.waitFor(WELCOME);
      await first.say(DISCLOSURE);
      const reference = REFERENCE.exec(await first.botText())?.[0];
      if (!reference) throw new Error('no reference given to the reporter');
      const alert = await connector.waitFor(
        (r: Received) =>
          r.conversationId === dsl.id &&
          r.method === 'POST' &&
          cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert:')),
      );

      // The local Direct Line keeps conversations in memory: after a restart the first one is gone (404).
      await bot.close();
      bot = await start();
      dsl.retarget(bot.bot.url);
      const claimed = await dsl.press(actionOf(cardsOf(alert.activity)[0], 'escalation.claim'));
      const closed = await dsl.press(actionOf(claimed.body, 'referral.outcome'), { outcome: 'advice-given' });
      expect(allText(closed.replies)).toContain(`Referral ${reference} is closed`);
      expect(allText(closed.replies)).toContain('they will be told the outcome when they next talk to me');

      const next = await WebChatTab.open(bot.bot.url, key, 'en-GB');
      expect(next.userId).toBe(first.userId);
      const told = await next.waitFor('has looked at your report');
      expect(told).toContain(`Rhi Dsl has looked at your report ${reference}`);
      expect(told).toContain('the safeguarding lead has given advice on what to do next');
      await dsl.say('off duty');
    } finally {
      await bot.close();
      await connector.stop();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
