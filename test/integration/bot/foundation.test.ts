import { allText, textOf } from '../../support/conversationDriver';
import { ConnectorStandIn } from '../../support/connectorStandIn';
import { startTestBot, tempDataDir, type TestBot } from '../../support/testBot';

describe('the bot on real parts (restify, embedded Cosmos, connector stand-in)', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /healthz with status ok and /readyz with 200 while the store is reachable', async () => {
    const health = await fetch(`${t.bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${t.bot.url}/readyz`)).status).toBe(200);
  });

  it('welcomes a Teams personal chat with what it is for, what it asks, how data is used and how to start', async () => {
    const reply = await t.conversation().say('hello');
    expect(reply.status).toBe(200);
    const text = allText(reply.replies);
    expect(text).toContain('act early');
    expect(text).toContain('five minutes');
    expect(text).toMatch(/privacy/i);
    expect(text).toMatch(/\*\*start\*\*/);
    expect(reply.replies.every((a) => a.type === 'message')).toBe(true);
  });

  it('welcomes a web chat (Direct Line) user the same way', async () => {
    const reply = await t.conversation({ channel: 'webchat' }).say('hi');
    expect(allText(reply.replies)).toContain('act early');
  });

  it('speaks Welsh to a cy-GB client and switches language when asked', async () => {
    const c = t.conversation({ locale: 'cy-GB' });
    const welcome = await c.say('helo');
    expect(allText(welcome.replies)).toContain('Llywiwr Cymorth Cynnar');
    const switched = await c.say('language');
    expect(allText(switched.replies)).toContain("I'll speak English");
    const help = await c.say('help');
    expect(allText(help.replies)).toContain('What you can type at any time');
  });

  it('answers help, privacy and cancel at the welcome', async () => {
    const c = t.conversation();
    await c.say('hello');
    expect(allText((await c.say('help')).replies)).toContain('restart');
    expect(allText((await c.say('privacy')).replies)).toContain('Schedule 1, paragraph 18');
    expect(allText((await c.say('cancel')).replies)).toContain('no report in progress');
  });

  it('processes 20 concurrent messages to one conversation, each once, one turn at a time', async () => {
    const c = t.conversation();
    await c.say('hello');
    const before = t.connector.forConversation(c.id).length;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => c.post(c.activity({ type: 'message', text: 'help' }))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    await new Promise((r) => setTimeout(r, 300));
    const replies = t.connector.forConversation(c.id).slice(before);
    expect(replies.filter((r) => textOf(r.activity).includes('What you can type at any time'))).toHaveLength(20);
    expect(t.logs.join('')).not.toContain('STATE_CONFLICT');
  });

  it('answers 400 to a body that is not JSON or not an activity, and 413 to one over the limit', async () => {
    const post = (body: string) =>
      fetch(`${t.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message' }))).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
  });

  it('keeps the conversation on a botbuilder-dialogs stack in the store: the flow node id and version, no step index', async () => {
    const c = t.conversation();
    await c.say('hello');
    await c.say('start');
    const { resources } = await t.bot.store
      .container('botState')
      .items.query<{
        id: string;
        state: {
          dialogState?: {
            dialogStack: { id: string; state: { memory?: { flow?: { nodeId: string; flowVersion: number } } } }[];
          };
        };
      }>('SELECT * FROM c')
      .fetchAll();
    const mine = resources.find((r) => decodeURIComponent(r.id).includes(c.id));
    const top = mine?.state.dialogState?.dialogStack[0];
    expect(top?.id).toBe('conversation');
    expect(top?.state.memory?.flow).toMatchObject({ nodeId: 'immediateDanger', flowVersion: expect.any(Number) });
    expect(JSON.stringify(top)).not.toMatch(/stepIndex/);
  });

  it('stores state per conversation only, with the chosen language in it: no record per person', async () => {
    const c = t.conversation();
    await c.say('hello');
    const switched = await c.say('iaith');
    expect(allText(switched.replies)).toContain('Cymraeg');
    // The next turn is in Welsh: the choice was kept in the conversation's state.
    expect(allText((await c.say('help')).replies)).toContain('Beth gallwch chi ei deipio');
    const { resources } = await t.bot.store
      .container('botState')
      .items.query<{ id: string; state: { locale?: string } }>('SELECT * FROM c')
      .fetchAll();
    const keys = resources.map((r) => decodeURIComponent(r.id));
    expect(keys.filter((key) => key.includes('/users/'))).toEqual([]);
    expect(resources.find((r) => decodeURIComponent(r.id).endsWith(`/conversations/${c.id}`))?.state.locale).toBe('cy');
  });

  it('never writes what a person typed, or card values, to its logs', async () => {
    const marker = 'ZZMARKER-child-J-B-7Q';
    const c = t.conversation();
    await c.say(`hello ${marker}`);
    await c.say(`she said ${marker} to me`);
    await c.submit({ verb: 'triage.answer', nodeId: 'x', flowVersion: 1, answerText: marker });
    const logs = t.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('turn.received');
    expect(logs).not.toContain(marker);
  });
});

describe('readiness and restarts', () => {
  it('answers /readyz 503 while the store is unreachable and 200 again when it returns', async () => {
    const t = await startTestBot();
    try {
      await t.bot.store.embedded?.pause();
      const down = await fetch(`${t.bot.url}/readyz`);
      expect(down.status).toBe(503);
      await t.bot.store.embedded?.resume();
      expect((await fetch(`${t.bot.url}/readyz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('continues a conversation after the bot restarts on the same data (state lives in the store)', async () => {
    const dataDir = tempDataDir();
    const connector = await new ConnectorStandIn().start();
    const first = await startTestBot({ dataDir, connector });
    const c = first.conversation();
    await c.say('hello');
    await c.say('start');
    const asked = await c.say('no');
    await first.close();

    const second = await startTestBot({ dataDir, connector });
    try {
      c.retarget(second.bot.url);
      const reply = await c.say('help');
      // Welcomed already: a restarted bot remembers this conversation and does not greet it again.
      expect(allText(reply.replies)).not.toContain('act early');
      expect(allText(asked.replies).length).toBeGreaterThan(0);
    } finally {
      await second.close();
      await connector.stop();
    }
  });
});
