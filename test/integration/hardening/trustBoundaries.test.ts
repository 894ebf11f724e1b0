/**
 * Issue 19: only the right people receive and act on a child's details. Production-like: real
 * signed tokens checked against a loopback OpenID/JWKS server, a two-organisation roster, and the
 * connector stand-in (which also answers the Teams members call). Development-mode tests cover
 * what does not depend on authentication (cards, state, the messaging endpoint's own checks).
 */
import { randomUUID } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppCredentials } from 'botframework-connector';
import { BotFrameworkKeyServer, createSigningKey, mintToken } from '../../support/botFrameworkTokens';
import { ConnectorStandIn, type Received } from '../../support/connectorStandIn';
import {
  actionsOf,
  allText,
  cardsOf,
  Conversation,
  textOf,
  type ConversationOptions,
} from '../../support/conversationDriver';
import { startTestBot, tempDataDir, type TestBot } from '../../support/testBot';
import { LOW_RISK_CASE, runTriage } from '../../support/triage';
import { injectedMarkupIn, renderedTexts } from './support/hostile';

const APP_ID = randomUUID();
const rehearsalEnv = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'x',
  MicrosoftAppType: 'MultiTenant',
  COSMOS_ENDPOINT: 'embedded',
  HOST: '127.0.0.1',
};
const DSL_A = randomUUID();
const DSL_B = randomUUID();
const DEPUTY_AAD = randomUUID();
const DISCLOSURE = 'She told me her stepdad hits her with a belt when he has been drinking';
const REFERENCE = /EH-[0-9A-Z]{4}-[0-9A-Z]{2}/;

const NOT_ALLOWED = 'Only duty workers of this organisation can see or change referrals.';

function organisation(id: string, tenant: string, dutyWorkers: unknown[], ladder: unknown[] = []) {
  return {
    id,
    name: `${id} (fictional)`,
    tenantIds: [tenant],
    dutyWorkers,
    ladder,
    workingHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '23:59' },
    outOfHoursContact: `EDT for ${id} 01632 960 900`,
  };
}

function rosterFile(organisations: unknown[]): string {
  const file = path.join(tempDataDir(), 'roster.json');
  writeFileSync(file, JSON.stringify({ organisations }));
  return file;
}

/** A conversation whose every activity carries a Bot Framework token signed by the loopback key service. */
class SignedConversation extends Conversation {
  constructor(
    options: ConversationOptions,
    private readonly botUrl: string,
    private readonly token: () => string,
    private readonly contentType = 'application/json',
  ) {
    super(options);
  }

  override async post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': this.contentType, authorization: `Bearer ${this.token()}` },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    return { status: res.status, body: text };
  }
}

const isAlert = (r: Received) =>
  cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert:'));
const isAlertFor = (c: Conversation) => (r: Received) => r.conversationId === c.id && r.method === 'POST' && isAlert(r);
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('production-like: signed tokens, a two-organisation roster', () => {
  let keys: BotFrameworkKeyServer;
  let t: TestBot;
  let consoleErrors: unknown[][];
  const signed = (options: Omit<ConversationOptions, 'botUrl' | 'connector'>, contentType?: string) =>
    new SignedConversation(
      { botUrl: t.bot.url, connector: t.connector, ...options },
      t.bot.url,
      () => keys.channelToken(APP_ID, t.connector.url),
      contentType,
    );
  const teams = (tenantId: string, user?: { id: string; name: string; aadObjectId: string }) =>
    signed({ tenantId, ...(user ? { user } : {}) });

  beforeAll(async () => {
    consoleErrors = [];
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args);
    });
    keys = await new BotFrameworkKeyServer().start();
    const roster = rosterFile([
      organisation('school-a', 'tenant-a', [
        { aadObjectId: DSL_A, name: 'Dsl A', role: 'DSL' },
        { upn: 'deputy.dsl@school-a.example', name: 'Deputy A', role: 'Deputy DSL' },
      ]),
      organisation('school-b', 'tenant-b', [{ aadObjectId: DSL_B, name: 'Dsl B', role: 'DSL' }]),
    ]);
    t = await startTestBot({
      env: { ...rehearsalEnv, DUTY_ROSTER: roster, ESCALATION_ACK_MINUTES: '30' },
      start: {
        authEndpoints: {
          toBotFromChannelOpenIdMetadataUrl: keys.channelMetadataUrl,
          toBotFromEmulatorOpenIdMetadataUrl: keys.emulatorMetadataUrl,
        },
      },
    });
    // The bot's outbound token would come from login.microsoftonline.com: place one in the SDK's cache.
    const tokenCache = (AppCredentials as unknown as { cache: Map<string, { accessToken: string; expiresOn: Date }> })
      .cache;
    tokenCache.set(`${APP_ID}https://api.botframework.com-cache`, {
      accessToken: 'outbound-token-for-tests',
      expiresOn: new Date(Date.now() + 3_600_000),
    });
  });
  afterAll(async () => {
    await t.close();
    await keys.stop();
    jest.restoreAllMocks();
  });

  it("item 1: a signed web chat activity carrying a duty worker's object id cannot open, note or close a referral", async () => {
    const dsl = teams('tenant-a', { id: `29:${randomUUID()}`, name: 'Dsl A', aadObjectId: DSL_A });
    expect(allText((await dsl.say('on duty')).replies)).toContain("You're on duty");
    const teacher = teams('tenant-a');
    const told = allText((await teacher.say(DISCLOSURE)).replies);
    const reference = REFERENCE.exec(told)?.[0] as string;
    expect(reference).toMatch(REFERENCE);
    await t.connector.waitFor(isAlertFor(dsl));

    const impostor = signed({
      channel: 'webchat',
      user: { id: `dl_school-a_${randomUUID().slice(0, 8)}`, name: 'Dsl A', aadObjectId: DSL_A },
    });
    for (const value of [
      { verb: 'referral.open', referralId: reference },
      { verb: 'referral.note', referralId: reference, note: 'Spoke to police, no action needed' },
      { verb: 'referral.outcome', referralId: reference, outcome: 'no-further-action' },
    ]) {
      const answer = await impostor.submit(value);
      expect(answer.status).toBe(200);
      expect(allText(answer.replies)).toContain(NOT_ALLOWED);
    }
    // The same person in Teams, where Entra vouches for the object id, may open it.
    const opened = allText(
      (await dsl.execute('referral.open', { referralId: reference, organisationId: 'school-a' })).replies,
    );
    expect(opened).not.toContain(NOT_ALLOWED);
    expect(opened).toContain(reference);
    expect(opened).toContain('(in progress)');
  });

  it('item 3: a Teams user from a tenant no organisation lists is told kindly where urgent help is; no organisation is alerted', async () => {
    const dsl = teams('tenant-a', { id: `29:${randomUUID()}`, name: 'Dsl A', aadObjectId: DSL_A });
    expect(allText((await dsl.say('on duty')).replies)).toContain("You're on duty");
    const dslBefore = t.connector.forConversation(dsl.id).length;
    const stranger = teams('tenant-stranger');
    const reply = allText((await stranger.say('she said she will kill herself tonight')).replies);
    expect(reply).toContain('your organisation is not set up to use this service');
    expect(reply).toContain('999');
    expect(reply).toContain('Childline');
    expect(allText((await stranger.say('on duty')).replies)).toContain('your organisation is not set up');
    await settle();
    expect(
      t.connector
        .forConversation(dsl.id)
        .slice(dslBefore)
        .filter((r) => isAlert(r)),
    ).toEqual([]);
    const refusals = t.logs.filter((line) => line.includes('turn.refused_unlisted_tenant'));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals.join('')).toContain('tenant-stranger');
    expect(t.logs.join('')).not.toContain('kill herself');
  });

  it('item 7: a duty worker listed by UPN only goes on duty once Teams says their UPN, looked up once and cached', async () => {
    const deputyId = `29:${randomUUID()}`;
    t.connector.members.set(deputyId, {
      id: deputyId,
      name: 'Deputy A',
      aadObjectId: DEPUTY_AAD,
      userPrincipalName: 'Deputy.DSL@school-a.example',
    });
    const deputy = teams('tenant-a', { id: deputyId, name: 'Deputy A', aadObjectId: DEPUTY_AAD });
    expect(allText((await deputy.say('on duty')).replies)).toContain("You're on duty");
    expect(allText((await deputy.say('who is on duty')).replies)).toContain('Deputy A');
    expect(t.connector.memberLookups.filter((id) => id === deputyId)).toHaveLength(1);
    // Someone with another UPN is still not on the roster.
    const otherId = `29:${randomUUID()}`;
    t.connector.members.set(otherId, {
      id: otherId,
      aadObjectId: randomUUID(),
      userPrincipalName: 'someone.else@school-a.example',
    });
    expect(
      allText(
        (await teams('tenant-a', { id: otherId, name: 'Other', aadObjectId: randomUUID() }).say('on duty')).replies,
      ),
    ).toContain("Only people on your organisation's duty roster");
  });

  it('item 13: a refused signature or an expired token is logged once through the logger, never the key set on the console', async () => {
    const c = t.conversation({ tenantId: 'tenant-a' });
    const forged = () =>
      mintToken(createSigningKey(), { kid: keys.key.kid, claims: { aud: APP_ID, serviceurl: t.connector.url } });
    const expired = () =>
      keys.channelToken(APP_ID, t.connector.url, { claims: { exp: Math.floor(Date.now() / 1000) - 600 } });
    for (const token of [forged, forged, forged, expired, expired]) {
      const res = await fetch(`${t.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
        body: JSON.stringify(c.activity({ type: 'message', text: 'help' })),
      });
      expect(res.status).toBe(401);
    }
    expect(
      consoleErrors.filter(
        (args) =>
          String(args[0]).includes('Available keys') ||
          (args[0] instanceof Error && args[0].name === 'TokenExpiredError'),
      ),
    ).toEqual([]);
    const routed = t.logs.filter(
      (line) => line.includes('auth.signing_key_unknown') || line.includes('auth.token_expired'),
    );
    expect(routed).toHaveLength(2);
    expect(routed.join('')).not.toMatch(/Available keys|BEGIN|MII/);
  });

  it('item 11: refuses a body that is not application/json (415) and runs no turn, even with a valid token', async () => {
    const c = signed({ tenantId: 'tenant-a' }, 'text/plain');
    const answer = await c.exchange(c.activity({ type: 'message', text: 'help' }));
    expect(answer.status).toBe(415);
    expect(answer.replies).toEqual([]);
  });
});

describe('a rehearsal of production authentication without a roster fails closed', () => {
  it('item 2: starts, says it is a rehearsal, and lets nobody go on duty', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const keys = await new BotFrameworkKeyServer().start();
    const t = await startTestBot({
      env: rehearsalEnv,
      start: { authEndpoints: { toBotFromChannelOpenIdMetadataUrl: keys.channelMetadataUrl } },
    });
    const tokenCache = (AppCredentials as unknown as { cache: Map<string, { accessToken: string; expiresOn: Date }> })
      .cache;
    tokenCache.set(`${APP_ID}https://api.botframework.com-cache`, {
      accessToken: 'outbound-token-for-tests',
      expiresOn: new Date(Date.now() + 3_600_000),
    });
    try {
      expect(t.logs.filter((l) => l.includes('startup.trust_warning')).join('')).toMatch(
        /REHEARSAL[\s\S]*NO DUTY ROSTER/,
      );
      const someone = new SignedConversation(
        { botUrl: t.bot.url, connector: t.connector, tenantId: 'any-tenant' },
        t.bot.url,
        () => keys.channelToken(APP_ID, t.connector.url),
      );
      expect(allText((await someone.say('on duty')).replies)).toContain(
        'Nobody can go on duty here: no duty roster is set up',
      );
      const teacher = new SignedConversation(
        { botUrl: t.bot.url, connector: t.connector, tenantId: 'another-tenant' },
        t.bot.url,
        () => keys.channelToken(APP_ID, t.connector.url),
      );
      await teacher.say(DISCLOSURE);
      await settle();
      expect(t.connector.received.filter(isAlert)).toEqual([]);
    } finally {
      await t.close();
      await keys.stop();
      jest.restoreAllMocks();
    }
  });
});

describe('development mode: cards, state and the messaging endpoint', () => {
  let t: TestBot;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDataDir();
    t = await startTestBot({ dataDir, env: { ESCALATION_ACK_MINUTES: '30' } });
  });
  afterAll(async () => {
    await t.close();
  });
  const dutyWorker = (name: string) =>
    t.conversation({ user: { id: `29:${randomUUID()}`, name, aadObjectId: randomUUID() } });

  it("item 5: a name with line breaks and invisible characters stays one line on the duty worker's alert card", async () => {
    const dsl = dutyWorker('Card Reader');
    expect(allText((await dsl.say('on duty')).replies)).toContain("You're on duty");
    const spoofedName =
      'Ms A\nStatus: already handled by police\u2028Outcome\u2029closed\r\nx\u00AD\u180E\u{E0041}\u{E007F}\u0085end';
    const teacher = t.conversation({
      user: { id: `29:${randomUUID()}`, name: spoofedName, aadObjectId: randomUUID() },
    });
    await teacher.say(DISCLOSURE);
    const alert = await t.connector.waitFor((r) => isAlertFor(dsl)(r) && textOf(r.activity).includes('Ms A'));
    const reporterLine = renderedTexts(alert.activity)
      .map((r) => r.text)
      .find((text) => text.includes('Ms A')) as string;
    expect(reporterLine).toContain('Status: already handled by police');
    expect(reporterLine).not.toMatch(/[\r\n\u0085\u2028\u2029\u00AD\u180E]|\uDB40[\uDC00-\uDC7F]/);
    for (const { text } of renderedTexts(alert.activity))
      expect(text).not.toMatch(/(?:^|[\r\n\u2028\u2029])\s*Status:/);
    await dsl.say('off duty');
  });

  it('item 10: "Already claimed by" shows the first duty worker\'s name as text, not markdown', async () => {
    const first = dutyWorker('**EVILBOLD** [evil](http://evil.example)');
    const second = dutyWorker('Second Dsl');
    for (const c of [first, second]) expect(allText((await c.say('on duty')).replies)).toContain("You're on duty");
    await t.conversation().say(DISCLOSURE);
    const [toFirst, toSecond] = await Promise.all([
      t.connector.waitFor(isAlertFor(first)),
      t.connector.waitFor(isAlertFor(second)),
    ]);
    const claimOf = (r: Received) =>
      cardsOf(r.activity)
        .flatMap(actionsOf)
        .find((a) => a.data.verb === 'escalation.claim');
    await first.press(claimOf(toFirst) as NonNullable<ReturnType<typeof claimOf>>);
    const late = await second.press(claimOf(toSecond) as NonNullable<ReturnType<typeof claimOf>>);
    const message = late.replies.map((r) => r.text ?? '').find((text) => text.includes('Already claimed by')) as string;
    expect(message).toContain('EVILBOLD');
    expect(injectedMarkupIn(message)).toEqual([]);
    for (const c of [first, second]) await c.say('off duty');
  });

  it('item 4: a reporter is never told about earlier concerns; the duty worker sees them marked as possible', async () => {
    const child = { ...LOW_RISK_CASE, childReference: { type: 'W.X.' } };
    await runTriage(t.conversation(), child);
    const second = await runTriage(t.conversation(), child);
    const told = allText(second.all);
    expect(told).not.toMatch(/earlier concerns/i);
    const reference = REFERENCE.exec(told)?.[0] as string;
    const dsl = dutyWorker('Chronology Reader');
    await dsl.say('on duty');
    const detail = allText(
      (await dsl.execute('referral.open', { referralId: reference, organisationId: 'default' })).replies,
    );
    expect(detail).toContain('Possible earlier concerns about this child in the last 12 months: 1');
    await dsl.say('off duty');
  });

  it("item 6: once the referral holds them, the conversation state keeps none of the child's details or free text", async () => {
    const marked = {
      ...LOW_RISK_CASE,
      childReference: { type: 'Q.Z.' },
      contactNumber: { type: '01632 960 555' },
      age: { type: '14' },
      noticed: { type: 'Zebracrossing worries every morning.' },
      childWords: { type: 'Quokkas make me feel safe.' },
    };
    const teacher = t.conversation();
    const run = await runTriage(teacher, marked);
    expect(allText(run.all)).toMatch(REFERENCE);
    const { resources } = await t.bot.store.container('botState').items.readAll().fetchAll();
    const state = JSON.stringify(resources.filter((r) => JSON.stringify(r).includes(teacher.id)));
    expect(state).toContain(teacher.id);
    for (const secret of ['Q.Z.', '01632 960 555', 'Zebracrossing', 'Quokkas']) expect(state).not.toContain(secret);
    expect(state).not.toMatch(/"age":\s*"?14/);
  });

  it('item 6: the privacy notice says what is kept where and for how long, in English and Welsh', async () => {
    const en = allText((await t.conversation().say('privacy')).replies);
    expect(en).toContain('never the initials or reference themselves');
    expect(en).toContain('cleared from the conversation as soon as the report is logged');
    expect(en).toContain('deleted after 30 days without a message');
    expect(en).toContain('kept for 25 years');
    const cy = allText((await t.conversation({ locale: 'cy-GB' }).say('preifatrwydd')).replies);
    expect(cy).toContain("byth y llythrennau blaen na'r cyfeirnod eu hunain");
    expect(cy).toContain('ar ôl 30 diwrnod heb neges');
  });

  it("item 6: the embedded store's folder is the owner's only (0700), its journal, snapshot and endpoint file 0600", () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const file of ['journal.jsonl', 'snapshot.jsonl', 'endpoint.json'])
      expect({ file, mode: statSync(path.join(dataDir, file)).mode & 0o777 }).toEqual({ file, mode: 0o600 });
  });

  it('item 11: in development, refuses a cross-site text/plain POST (415) and a serviceUrl that is not loopback (400)', async () => {
    const c = t.conversation();
    const post = (contentType: string, activity: Record<string, unknown>) =>
      fetch(`${t.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify(activity),
      }).then((r) => r.status);
    expect(await post('text/plain', c.activity({ type: 'message', text: 'help' }))).toBe(415);
    expect(await post('application/x-www-form-urlencoded', c.activity({ type: 'message', text: 'help' }))).toBe(415);
    for (const serviceUrl of [
      'https://smba.trafficmanager.net/emea/',
      'http://192.0.2.10:8080/',
      'http://127.0.0.1.evil.example/',
    ])
      expect({
        serviceUrl,
        status: await post('application/json', c.activity({ type: 'message', text: 'help', serviceUrl })),
      }).toEqual({ serviceUrl, status: 400 });
    await settle();
    expect(t.connector.forConversation(c.id)).toEqual([]);
    expect(await post('application/json; charset=utf-8', c.activity({ type: 'message', text: 'help' }))).toBe(200);
  });
});

describe('DUTY_ROSTER=open (a demonstration tenant)', () => {
  it('item 2: says so at start-up and on every duty card', async () => {
    const t = await startTestBot({ env: { DUTY_ROSTER: 'open', ESCALATION_ACK_MINUTES: '30' } });
    try {
      expect(t.logs.filter((l) => l.includes('startup.trust_warning')).join('')).toContain('DUTY_ROSTER=open');
      const dsl = t.conversation({ user: { id: `29:${randomUUID()}`, name: 'Demo Dsl', aadObjectId: randomUUID() } });
      expect(allText((await dsl.say('on duty')).replies)).toContain("You're on duty");
      await t.conversation().say(DISCLOSURE);
      const alert = await t.connector.waitFor(isAlertFor(dsl));
      expect(textOf(alert.activity)).toContain('Demonstration set-up: anyone who messages this bot may go on duty');
    } finally {
      await t.close();
    }
  });
});

describe('the ladder, with people listed by UPN', () => {
  const ladderBot = async (ladder: unknown[]) => {
    const connector = await new ConnectorStandIn().start();
    const roster = rosterFile([
      organisation('school-a', 'tenant-test', [{ aadObjectId: DSL_A, name: 'Dsl A', role: 'DSL' }], ladder),
    ]);
    const t = await startTestBot({ connector, env: { DUTY_ROSTER: roster, ESCALATION_ACK_MINUTES: '30' } });
    return {
      t,
      connector,
      close: async () => {
        await t.close();
        await connector.stop();
      },
    };
  };

  it('item 7: reaches a ladder rung listed by UPN once that person has talked to the bot', async () => {
    const headAad = randomUUID();
    const { t, connector, close } = await ladderBot([
      { upn: 'head@school-a.example', name: 'Head Teacher', role: 'Headteacher' },
    ]);
    try {
      const headId = `29:${randomUUID()}`;
      connector.members.set(headId, { id: headId, aadObjectId: headAad, userPrincipalName: 'head@school-a.example' });
      await t.conversation({ user: { id: headId, name: 'Head Teacher', aadObjectId: headAad } }).say('hello');
      const told = allText((await t.conversation().say(DISCLOSURE)).replies);
      expect(told).toMatch(REFERENCE);
      await connector.waitFor((r) => r.conversationId.startsWith('a:created-') && isAlert(r));
      expect(connector.created.map((c) => c.params.members)).toContainEqual([{ id: headAad, name: '' }]);
    } finally {
      await close();
    }
  });

  it("item 7: with nobody reachable, the teacher is also given the ladder's phone-only contacts", async () => {
    const { t, connector, close } = await ladderBot([
      { upn: 'never.seen@school-a.example', name: 'Deputy Head', role: 'Deputy', phone: '01632 960 777' },
    ]);
    try {
      const teacher = t.conversation();
      await teacher.say(DISCLOSURE);
      const notice = await connector.waitFor(
        (r) => r.conversationId === teacher.id && textOf(r.activity).includes('I could not reach anyone'),
        10000,
      );
      expect(textOf(notice.activity)).toContain('01632 960 777');
    } finally {
      await close();
    }
  });
});
