/**
 * The local Direct Line, driven by the official botframework-directlinejs client (polling, as Web
 * Chat uses it here) and by plain HTTP where a precise status matters. The bot is a stand-in that
 * replies through the real connector path, so these tests do not depend on the bot's logic.
 */
import { createServer as createNetServer } from 'node:net';
import { DirectLine, type Activity } from 'botframework-directlinejs';
import { installBrowserGlobals } from './support/fetchXmlHttpRequest';
import { startWebChatServer, type WebChatServer } from './support/webChatServer';
import { organisationFromWebChatUserId } from '../../../src/channel/webchat/identity';

let uninstall: () => void;
beforeAll(() => {
  uninstall = installBrowserGlobals();
});
afterAll(() => uninstall());

interface Generated {
  token: string;
  conversationId: string;
  userId: string;
  expires_in: number;
}

async function call(
  url: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

async function generate(server: WebChatServer, body: unknown = {}): Promise<Generated> {
  const { status, json } = await call(`${server.url}/v3/directline/tokens/generate`, { method: 'POST', body });
  expect(status).toBe(200);
  return json as Generated;
}

async function startConversation(server: WebChatServer, locale = 'en-GB'): Promise<Generated> {
  const generated = await generate(server);
  const { status } = await call(`${server.url}/v3/directline/conversations`, {
    method: 'POST',
    token: generated.token,
    body: { locale },
  });
  expect(status).toBe(201);
  return generated;
}

function activitiesOf(json: unknown): Array<Record<string, unknown>> {
  return (json as { activities: Array<Record<string, unknown>> }).activities;
}

/** Resolves with the first activity (seen so far or later) that matches. */
function waitForActivity(seen: Activity[], match: (a: Activity) => boolean, timeoutMs = 5000): Promise<Activity> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const found = seen.find(match);
      if (found) return resolve(found);
      if (Date.now() - started > timeoutMs)
        return reject(new Error(`No matching activity among ${seen.length} in ${timeoutMs} ms`));
      setTimeout(check, 25);
    };
    check();
  });
}

const textOf = (a: Activity) => (a.type === 'message' ? a.text : undefined);

describe('the local Direct Line with the official client library', () => {
  let server: WebChatServer;
  beforeEach(async () => {
    server = await startWebChatServer();
  });
  afterEach(() => server.close());

  it('starts a conversation, delivers a message to the bot and brings back its reply after the echo', async () => {
    const { token, userId } = await generate(server);
    const directLine = new DirectLine({
      domain: `${server.url}/v3/directline`,
      token,
      webSocket: false,
      pollingInterval: 200,
      conversationStartProperties: { locale: 'cy' },
    });
    const seen: Activity[] = [];
    const subscription = directLine.activity$.subscribe((a) => seen.push(a));
    try {
      await waitForActivity(seen, (a) => textOf(a) === 'Croeso i’r bot dros dro');
      const id = await directLine
        .postActivity({ type: 'message', from: { id: userId }, text: 'hello there', locale: 'cy' })
        .toPromise();
      expect(id).toMatch(/\|\d{7}$/);
      const reply = await waitForActivity(seen, (a) => textOf(a) === 'You said: hello there');
      const echoIndex = seen.findIndex((a) => a.id === id);
      expect(echoIndex).toBeGreaterThanOrEqual(0);
      expect(seen.indexOf(reply)).toBeGreaterThan(echoIndex);
      expect(reply.from.role).toBe('bot');
      expect(seen[echoIndex]?.from).toEqual({ id: userId, role: 'user' });
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }

    const [update, message] = server.bot.received;
    expect(update).toMatchObject({
      type: 'conversationUpdate',
      channelId: 'webchat',
      locale: 'cy',
      serviceUrl: `${server.url}/`,
    });
    expect(update?.membersAdded).toEqual(expect.arrayContaining([expect.objectContaining({ id: userId })]));
    expect(message).toMatchObject({
      type: 'message',
      text: 'hello there',
      channelId: 'webchat',
      from: { id: userId },
      serviceUrl: `${server.url}/`,
    });
    expect(organisationFromWebChatUserId(userId)).toBe('default');
  });

  it('binds the user to the token, whatever "from" the browser claims', async () => {
    const { token, conversationId, userId } = await startConversation(server);
    const posted = await call(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      token,
      body: {
        type: 'message',
        text: 'hi',
        from: { id: 'dl_other-org_0123456789abcdef' },
        serviceUrl: 'http://evil.example/',
      },
    });
    expect(posted.status).toBe(200);
    const message = server.bot.received.find((a) => a.type === 'message');
    expect(message?.from.id).toBe(userId);
    expect(message?.serviceUrl).toBe(`${server.url}/`);
  });

  it('returns only activities after the watermark it handed out', async () => {
    const { token, conversationId } = await startConversation(server);
    const url = `${server.url}/v3/directline/conversations/${conversationId}/activities`;
    await call(url, { method: 'POST', token, body: { type: 'message', text: 'first' } });
    const first = await call(url, { token });
    const watermark = (first.json as { watermark: string }).watermark;
    expect(activitiesOf(first.json).map((a) => a.text)).toEqual(expect.arrayContaining(['first', 'You said: first']));
    await call(url, { method: 'POST', token, body: { type: 'message', text: 'second' } });
    const second = await call(`${url}?watermark=${watermark}`, { token });
    expect(activitiesOf(second.json).map((a) => a.text)).toEqual(['second', 'You said: second']);
  });

  it('shows a card the bot updates as a new activity, because Web Chat cannot replace it in place', async () => {
    const { token, conversationId } = await startConversation(server);
    const url = `${server.url}/v3/directline/conversations/${conversationId}/activities`;
    await call(url, { method: 'POST', token, body: { type: 'message', text: 'update' } });
    const texts = activitiesOf((await call(url, { token })).json).map((a) => [a.id, a.text]);
    const original = texts.find(([, text]) => text === 'Claim this case');
    const updated = texts.find(([, text]) => text === 'Claimed');
    expect(original).toBeDefined();
    expect(updated).toBeDefined();
    expect(updated?.[0]).not.toBe(original?.[0]);
  });
});

describe('the local Direct Line when the bot fails', () => {
  it('answers 502, keeps the failed message out of the transcript, and carries on once the bot recovers', async () => {
    const server = await startWebChatServer();
    try {
      const { token, conversationId } = await startConversation(server);
      const url = `${server.url}/v3/directline/conversations/${conversationId}/activities`;
      server.bot.behaviour = 'fail';
      const failed = await call(url, { method: 'POST', token, body: { type: 'message', text: 'lost' } });
      expect(failed.status).toBe(502);
      expect(failed.json).toMatchObject({ error: { code: 'DIRECTLINE_BOT_FAILED' } });

      server.bot.behaviour = 'reply';
      const ok = await call(url, { method: 'POST', token, body: { type: 'message', text: 'again' } });
      expect(ok.status).toBe(200);
      const texts = activitiesOf((await call(url, { token })).json).map((a) => a.text);
      expect(texts).not.toContain('lost');
      expect(texts).toEqual(expect.arrayContaining(['again', 'You said: again']));
    } finally {
      await server.close();
    }
  });

  it('answers 502 and does not crash when nothing listens at the bot address', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const server = await startWebChatServer({ botMessagesUrl: () => `http://127.0.0.1:${closedPort}/api/messages` });
    try {
      const { token, conversationId } = await startConversation(server);
      const url = `${server.url}/v3/directline/conversations/${conversationId}/activities`;
      const failed = await call(url, { method: 'POST', token, body: { type: 'message', text: 'anyone there?' } });
      expect(failed.status).toBe(502);
      expect((await call(`${server.url}/healthz`)).status).toBe(200);
      expect((await call(url, { token })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('lets the official client see the failure as a retryable send, not a dead connection', async () => {
    const server = await startWebChatServer();
    try {
      const { token, userId } = await generate(server);
      const directLine = new DirectLine({
        domain: `${server.url}/v3/directline`,
        token,
        webSocket: false,
        pollingInterval: 200,
      });
      const subscription = directLine.activity$.subscribe(() => undefined);
      try {
        server.bot.behaviour = 'fail';
        // botframework-directlinejs reports a 5xx on send as "retry" (Web Chat then offers Retry).
        await expect(
          directLine.postActivity({ type: 'message', from: { id: userId }, text: 'lost' }).toPromise(),
        ).resolves.toBe('retry');
        server.bot.behaviour = 'reply';
        await expect(
          directLine.postActivity({ type: 'message', from: { id: userId }, text: 'again' }).toPromise(),
        ).resolves.toMatch(/\|\d{7}$/);
      } finally {
        subscription.unsubscribe();
        directLine.end();
      }
    } finally {
      await server.close();
    }
  });
});

describe('local Direct Line tokens', () => {
  let server: WebChatServer;
  let clock: number;
  beforeEach(async () => {
    clock = Date.parse('2025-11-25T09:00:00Z');
    server = await startWebChatServer({
      deps: { now: () => clock, localDirectLine: { tokenTtlMs: 60_000, idleMs: 30 * 60_000, maxConversations: 3 } },
    });
  });
  afterEach(() => server.close());

  it('refuses a request without a token (401) and with an unknown one (403)', async () => {
    const { conversationId } = await startConversation(server);
    const url = `${server.url}/v3/directline/conversations/${conversationId}/activities`;
    expect((await call(url)).status).toBe(401);
    expect((await call(url, { token: 'not-a-token' })).status).toBe(403);
  });

  it('starts a new conversation for a bearer that is not one of its tokens, as Direct Line does for its secret', async () => {
    const started = await call(`${server.url}/v3/directline/conversations`, { method: 'POST', token: 'local' });
    expect(started.status).toBe(201);
    const body = started.json as { conversationId: string; token: string };
    expect(body.token).not.toBe('local');
    expect(
      (await call(`${server.url}/v3/directline/conversations/${body.conversationId}`, { token: body.token })).status,
    ).toBe(200);
  });

  it("refuses one conversation's token on another conversation", async () => {
    const mine = await startConversation(server);
    const theirs = await startConversation(server);
    const { status } = await call(`${server.url}/v3/directline/conversations/${theirs.conversationId}/activities`, {
      token: mine.token,
    });
    expect(status).toBe(403);
  });

  it('makes tokens random, and a refreshed token outlives the one it replaced', async () => {
    const first = await startConversation(server);
    const second = await generate(server);
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(43);

    clock += 30_000;
    const refreshed = await call(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', token: first.token });
    expect(refreshed.status).toBe(200);
    const newToken = (refreshed.json as { token: string }).token;
    expect(newToken).not.toBe(first.token);

    clock += 45_000; // the first token is now 75 s old, past its 60 s life; the new one is 45 s old
    const url = `${server.url}/v3/directline/conversations/${first.conversationId}/activities`;
    expect((await call(url, { token: first.token })).status).toBe(403);
    expect((await call(url, { token: newToken })).status).toBe(200);
  });

  it('accepts a dl_ user id chosen by the caller and refuses any other', async () => {
    const chosen = await generate(server, { user: { id: 'dl_riverside-youth-club_0123456789abcdef' } });
    expect(chosen.userId).toBe('dl_riverside-youth-club_0123456789abcdef');
    const refused = await call(`${server.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      body: { user: { id: 'mallory' } },
    });
    expect(refused.status).toBe(400);
  });

  it('gives a browser that sends its returning key the same user in each new conversation, and another browser another', async () => {
    const key = 'Wq3Xv9Lr0Tz8yWm2Nk5Hb7Jc1Pf4Gd6Sa0Ue8Yi3Ro5';
    const first = await generate(server, { returningKey: key });
    const next = await generate(server, { returningKey: key });
    const other = await generate(server, { returningKey: key.replace(/^W/, 'V') });
    expect(first.userId).toMatch(/^dl_default_[0-9a-f]{32}$/);
    expect(next.userId).toBe(first.userId);
    expect(next.conversationId).not.toBe(first.conversationId);
    expect(other.userId).not.toBe(first.userId);
    const refused = await call(`${server.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      body: { returningKey: 'not a key' },
    });
    expect(refused.status).toBe(400);
  });

  it('expires a conversation after 30 idle minutes, but not one still in use', async () => {
    const idle = await startConversation(server);
    const busy = await startConversation(server);
    const refresh = async (token: string) =>
      (await call(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', token })).json as { token: string };
    let busyToken = busy.token;
    for (let minute = 0; minute < 31; minute += 0.5) {
      clock += 30_000;
      busyToken = (await refresh(busyToken)).token;
    }
    const idleUrl = `${server.url}/v3/directline/conversations/${idle.conversationId}/activities`;
    expect((await call(idleUrl, { token: idle.token })).status).toBe(403);
    // The bot's side finds it gone too.
    const fromBot = await call(`${server.url}/v3/conversations/${idle.conversationId}/activities`, {
      method: 'POST',
      body: { type: 'message', text: 'late' },
    });
    expect(fromBot.status).toBe(404);
    expect(
      (await call(`${server.url}/v3/directline/conversations/${busy.conversationId}/activities`, { token: busyToken }))
        .status,
    ).toBe(200);
  });

  it('keeps memory bounded: past the limit the least recently active conversation goes', async () => {
    const oldest = await startConversation(server);
    await startConversation(server);
    await startConversation(server);
    await startConversation(server);
    expect(server.webChat.conversations?.size).toBe(3);
    expect(
      (
        await call(`${server.url}/v3/directline/conversations/${oldest.conversationId}/activities`, {
          token: oldest.token,
        })
      ).status,
    ).toBe(403);
  });

  it('reconnects to a conversation with its token, as a reloaded page does', async () => {
    const { token, conversationId } = await startConversation(server);
    const again = await call(`${server.url}/v3/directline/conversations/${conversationId}?watermark=`, { token });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ conversationId });
    const restart = await call(`${server.url}/v3/directline/conversations`, { method: 'POST', token, body: {} });
    expect(restart.status).toBe(200);
  });
});
