/**
 * Only the Bot Framework can talk to a production bot. Token validation runs for real: the bot
 * fetches OpenID metadata and signing keys from a loopback server and checks locally signed
 * tokens for issuer, audience, expiry, signature, algorithm, endorsement and service URL claim.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppCredentials } from 'botframework-connector';
import { BotFrameworkKeyServer, createSigningKey, mintToken } from '../../support/botFrameworkTokens';
import { allText, type Conversation } from '../../support/conversationDriver';
import { startTestBot, type TestBot } from '../../support/testBot';

const APP_ID = randomUUID();
const productionEnv = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'x',
  MicrosoftAppType: 'MultiTenant',
  COSMOS_ENDPOINT: 'embedded',
  HOST: '127.0.0.1',
};

interface Answer {
  status: number;
  body: string;
}

async function postActivity(t: TestBot, activity: Record<string, unknown>, authorization?: string): Promise<Answer> {
  const res = await fetch(`${t.bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, body: await res.text() };
}

/** A port nothing listens on: the key service "down". */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('authentication in production mode, against a loopback signing-key service', () => {
  let keys: BotFrameworkKeyServer;
  let t: TestBot;
  let c: Conversation;
  const bearer = (token: string) => `Bearer ${token}`;
  const message = (text = 'help') => c.activity({ type: 'message', text });

  beforeAll(async () => {
    // botframework-connector prints the published keys with console.error on every refused signature.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    keys = await new BotFrameworkKeyServer().start();
    t = await startTestBot({
      env: productionEnv,
      start: {
        authEndpoints: {
          toBotFromChannelOpenIdMetadataUrl: keys.channelMetadataUrl,
          toBotFromEmulatorOpenIdMetadataUrl: keys.emulatorMetadataUrl,
        },
      },
    });
    c = t.conversation();
    // The bot's own outbound token comes from login.microsoftonline.com, which these machines
    // cannot reach. Place one in the SDK's token cache (keyed by app id and scope), so replies
    // can be sent to the connector stand-in, which does not check it.
    // (The cache is a static Map declared private in the SDK's types.)
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

  it('accepts a valid channel token: 200, the turn runs and its reply reaches the connector', async () => {
    const before = t.connector.forConversation(c.id).length;
    const answer = await postActivity(t, message('hello'), bearer(keys.channelToken(APP_ID, t.connector.url)));
    expect(answer.status).toBe(200);
    // Wait for the welcome itself, not any traffic: on a loaded CI machine the first record seen
    // once held no text, and nothing here could tell what it was. Say so if it happens again.
    const reply = await t.connector
      .waitFor((r) => r.conversationId === c.id && allText([r.activity]).includes('act early'), 20_000)
      .catch((err: unknown) => {
        const seen = t.connector
          .forConversation(c.id)
          .map((r) => ({ method: r.method, path: r.path, activity: r.activity }));
        throw new Error(`${String(err)}; this conversation received ${JSON.stringify(seen)}`);
      });
    expect(reply.activity.type).toBe('message');
    expect(t.connector.forConversation(c.id).length).toBeGreaterThan(before);
    // The keys really came from the loopback service, through its OpenID metadata.
    expect(keys.fetches.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/channel/.well-known/openidconfiguration', '/channel/keys']),
    );
  });

  const refused: [string, () => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['an empty Authorization header', () => ''],
    ['a scheme other than Bearer', () => `Basic ${Buffer.from(`${APP_ID}:x`).toString('base64')}`],
    ['a token that is not a JWT', () => bearer('not.a.token')],
    [
      'an expired token (beyond the 5-minute clock skew)',
      () =>
        bearer(keys.channelToken(APP_ID, t.connector.url, { claims: { exp: Math.floor(Date.now() / 1000) - 600 } })),
    ],
    [
      'a token not valid yet',
      () =>
        bearer(keys.channelToken(APP_ID, t.connector.url, { claims: { nbf: Math.floor(Date.now() / 1000) + 3600 } })),
    ],
    ['a token for another bot (wrong audience)', () => bearer(keys.channelToken(randomUUID(), t.connector.url))],
    ['a token with no audience', () => bearer(keys.channelToken('', t.connector.url))],
    [
      'a token from another issuer',
      () => bearer(keys.channelToken(APP_ID, t.connector.url, { claims: { iss: 'https://evil.example' } })),
    ],
    [
      'a token signed by a key the JWKS does not publish',
      () => bearer(keys.channelToken(APP_ID, t.connector.url, { key: createSigningKey() })),
    ],
    [
      'a token signed by another key under the published key id',
      () => bearer(keys.channelToken(APP_ID, t.connector.url, { key: createSigningKey(), kid: keys.key.kid })),
    ],
    [
      'an unsigned token (alg: none) under the published key id',
      () => bearer(keys.channelToken(APP_ID, t.connector.url, { alg: 'none' })),
    ],
    [
      'a token whose signature belongs to another token',
      () => {
        const [head, , signature] = keys.channelToken(APP_ID, t.connector.url).split('.');
        const forged = Buffer.from(
          JSON.stringify({
            iss: 'https://api.botframework.com',
            aud: APP_ID,
            serviceurl: t.connector.url,
            exp: Math.floor(Date.now() / 1000) + 86400,
          }),
        ).toString('base64url');
        return bearer(`${head}.${forged}.${signature}`);
      },
    ],
    [
      'a token whose serviceurl claim is not the activity serviceUrl',
      () => bearer(keys.channelToken(APP_ID, 'https://smba.evil.example/')),
    ],
    ['a token with no serviceurl claim', () => bearer(mintToken(keys.key, { claims: { aud: APP_ID } }))],
    // A claim the attacker controls must not be able to change the answer into "our fault" (503).
    [
      'a token whose audience mentions the key service ("openid keys fetch")',
      () => bearer(keys.channelToken('openid keys fetch ECONNREFUSED', t.connector.url)),
    ],
  ];

  it.each(refused)('refuses %s with 401 and runs no turn', async (_name, authorization) => {
    const before = t.connector.received.length;
    const answer = await postActivity(t, message(), authorization());
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'A valid Bot Framework token is required' },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(t.connector.received.length).toBe(before);
  });

  it('refuses a token whose key is not endorsed for the activity channel', async () => {
    const teamsOnly = createSigningKey(['msteams']);
    const server = await new BotFrameworkKeyServer(teamsOnly).start();
    const bot = await startTestBot({
      env: productionEnv,
      connector: t.connector,
      start: { authEndpoints: { toBotFromChannelOpenIdMetadataUrl: server.channelMetadataUrl } },
    });
    try {
      const webchat = bot.conversation({ channel: 'webchat' });
      const token = mintToken(teamsOnly, { claims: { aud: APP_ID, serviceurl: t.connector.url } });
      expect((await postActivity(bot, webchat.activity({ type: 'message', text: 'help' }), bearer(token))).status).toBe(
        401,
      );
      // The same key is accepted on the channel it is endorsed for.
      const teams = bot.conversation();
      expect((await postActivity(bot, teams.activity({ type: 'message', text: 'help' }), bearer(token))).status).toBe(
        200,
      );
    } finally {
      await bot.close();
      await server.stop();
    }
  });

  it('answers 503, not 401 or 500, while the signing keys cannot be fetched', async () => {
    const port = await closedPort();
    const bot = await startTestBot({
      env: productionEnv,
      connector: t.connector,
      start: {
        authEndpoints: {
          toBotFromChannelOpenIdMetadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
        },
      },
    });
    try {
      const answer = await postActivity(
        bot,
        bot.conversation().activity({ type: 'message', text: 'help' }),
        bearer(keys.channelToken(APP_ID, t.connector.url)),
      );
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'AUTH_UNAVAILABLE' } });
    } finally {
      await bot.close();
    }
  });

  it('has no development Direct Line in production (404)', async () => {
    const directLine = await fetch(`${t.bot.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(directLine.status).toBe(404);
    const activities = await fetch(`${t.bot.url}/v3/directline/conversations/x/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(activities.status).toBe(404);
  });

  it('does not let an activity claiming to come from the emulator or a skill skip the token', async () => {
    const emulator = { ...message(), channelId: 'emulator', recipient: { id: 'bot', role: 'skill' } };
    expect((await postActivity(t, emulator)).status).toBe(401);
    const skillLike = mintToken(createSigningKey(), {
      claims: {
        iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/',
        aud: APP_ID,
        appid: randomUUID(),
        ver: '1.0',
      },
    });
    expect((await postActivity(t, message(), bearer(skillLike))).status).toBe(401);
  });

  it('still accepts a valid token after all the refusals (no state poisoned)', async () => {
    const other = t.conversation();
    const answer = await postActivity(
      t,
      other.activity({ type: 'message', text: 'hello' }),
      bearer(keys.channelToken(APP_ID, t.connector.url)),
    );
    expect(answer.status).toBe(200);
    await t.connector.waitFor((r) => r.conversationId === other.id);
  });
});
