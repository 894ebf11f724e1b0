/**
 * Production web chat: /v3/ is closed, and POST /api/webchat/token swaps an organisation's access
 * code for a Direct Line token from (a loopback stand-in for) Azure's Direct Line service.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashAccessCode } from '../../../src/channel/webchat/accessCodes';
import { organisationFromWebChatUserId } from '../../../src/channel/webchat/identity';
import { PRODUCTION_AUTH, startWebChatServer, testConfig, type WebChatServer } from './support/webChatServer';

const SECRET = 'direct-line-secret-that-must-never-leave-the-server';
const RIVERSIDE_CODE = 'RV7Q2-MX4P0-9TRBW-Z3HK1';
const EXPIRED_CODE = 'EX5DT-KQ8MN-2VWYZ-7PRS3';
const HILLSIDE_CODE = 'HS4K9-WQ2MT-8NPXZ-5RVB6';
/** A browser's returning-reporter key, as page.js makes it: 32 random bytes in base64url. */
const RETURNING_KEY = 'q3Xv9Lr0Tz8yWm2Nk5Hb7Jc1Pf4Gd6Sa0Ue8Yi3Ro5E';

interface AzureStandIn {
  url: string;
  requests: Array<{ authorization?: string; userId?: string; trustedOrigins?: string[] }>;
  status: number;
  close(): Promise<void>;
}

/** Answers like Azure's POST /v3/directline/tokens/generate, for the secret only. */
async function startAzureStandIn(): Promise<AzureStandIn> {
  const standIn: AzureStandIn = { url: '', requests: [], status: 200, close: async () => undefined };
  const server: HttpServer = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const parsed = body === '' ? {} : (JSON.parse(body) as { user?: { id?: string }; trustedOrigins?: string[] });
      standIn.requests.push({
        authorization: req.headers.authorization,
        userId: parsed.user?.id,
        ...(parsed.trustedOrigins ? { trustedOrigins: parsed.trustedOrigins } : {}),
      });
      if (req.url !== '/v3/directline/tokens/generate' || req.headers.authorization !== `Bearer ${SECRET}`) {
        res.statusCode = 403;
        return void res.end();
      }
      res.statusCode = standIn.status;
      res.setHeader('content-type', 'application/json');
      res.end(
        standIn.status === 200
          ? JSON.stringify({ conversationId: 'AzureConv-eu', token: 'azure-issued-token', expires_in: 3600 })
          : '{}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.close = () => new Promise((resolve) => server.close(() => resolve()));
  return standIn;
}

let dir: string;
let codesFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'webchat-codes-'));
  codesFile = path.join(dir, 'codes.json');
  writeFileSync(
    codesFile,
    JSON.stringify({
      organisations: [
        {
          id: 'riverside-youth-club',
          name: 'Riverside Youth Club (fictional)',
          codes: [{ hash: hashAccessCode(RIVERSIDE_CODE), expires: '2099-12-31' }],
        },
        {
          id: 'hillside-youth',
          name: 'Hillside Youth (fictional)',
          codes: [{ hash: hashAccessCode(HILLSIDE_CODE), expires: '2099-12-31' }],
        },
        {
          id: 'old-youth-project',
          name: 'Old Youth Project (fictional)',
          codes: [{ hash: hashAccessCode(EXPIRED_CODE), expires: '2020-01-31' }],
        },
      ],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function requestToken(server: WebChatServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/webchat/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    headers: response.headers,
    json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

describe('web chat in production', () => {
  let azure: AzureStandIn;
  let server: WebChatServer;
  let clock: number;
  beforeEach(async () => {
    clock = Date.parse('2025-11-25T09:00:00Z');
    azure = await startAzureStandIn();
    server = await startWebChatServer({
      config: testConfig({ auth: PRODUCTION_AUTH, directLineSecret: SECRET, webchatAccessCodesFile: codesFile }),
      deps: { directLineBaseUrl: azure.url, now: () => clock },
    });
  });
  afterEach(async () => {
    await server.close();
    await azure.close();
  });

  it('closes the whole local Direct Line: every /v3/ route answers 404', async () => {
    const routes: Array<[string, string]> = [
      ['POST', '/v3/directline/tokens/generate'],
      ['POST', '/v3/directline/tokens/refresh'],
      ['POST', '/v3/directline/conversations'],
      ['GET', '/v3/directline/conversations/abc'],
      ['GET', '/v3/directline/conversations/abc/activities?watermark='],
      ['POST', '/v3/directline/conversations/abc/activities'],
      ['POST', '/v3/conversations/abc/activities'],
      ['POST', '/v3/conversations/abc/activities/xyz'],
      ['PUT', '/v3/conversations/abc/activities/xyz'],
    ];
    for (const [method, route] of routes) {
      const response = await fetch(`${server.url}${route}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect({ route, status: response.status }).toEqual({ route, status: 404 });
    }
  });

  it('refuses a token without an access code, with a wrong one and with an expired one (401)', async () => {
    for (const body of [
      undefined,
      {},
      { accessCode: '' },
      { accessCode: 'WRONG-WRONG-WRONG-WRONG' },
      { accessCode: EXPIRED_CODE },
    ]) {
      const reply = await requestToken(server, body);
      expect(reply.status).toBe(401);
      expect(reply.json).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    expect(azure.requests).toHaveLength(0);
  });

  it('exchanges a valid code for a Direct Line token bound to dl_<organisation>_<random>, without revealing the secret', async () => {
    const reply = await requestToken(server, { accessCode: RIVERSIDE_CODE });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      token: 'azure-issued-token',
      conversationId: 'AzureConv-eu',
      expiresIn: 3600,
      organisation: { id: 'riverside-youth-club', name: 'Riverside Youth Club (fictional)' },
    });
    const userId = String(reply.json?.userId);
    expect(userId).toMatch(/^dl_riverside-youth-club_[0-9a-f]{24}$/);
    expect(organisationFromWebChatUserId(userId)).toBe('riverside-youth-club');
    expect(azure.requests).toEqual([{ authorization: `Bearer ${SECRET}`, userId }]);
    expect(reply.text).not.toContain(SECRET);
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  it("asks Direct Line to trust the configured origins only, never the caller's Origin header", async () => {
    const configured = await startWebChatServer({
      config: testConfig({
        auth: PRODUCTION_AUTH,
        directLineSecret: SECRET,
        webchatAccessCodesFile: codesFile,
        webchatTrustedOrigins: ['https://early-help.example.org'],
      }),
      deps: { directLineBaseUrl: azure.url, now: () => clock },
    });
    try {
      const reply = await requestToken(configured, { accessCode: RIVERSIDE_CODE }, { origin: 'https://evil.example' });
      expect(reply.status).toBe(200);
      expect(azure.requests.at(-1)?.trustedOrigins).toEqual(['https://early-help.example.org']);
    } finally {
      await configured.close();
    }
    // Without configured origins, the caller's Origin is still not trusted.
    expect(
      (await requestToken(server, { accessCode: RIVERSIDE_CODE }, { origin: 'https://evil.example' })).status,
    ).toBe(200);
    expect(azure.requests.at(-1)).not.toHaveProperty('trustedOrigins');
  });

  it('accepts the code as people type it: lower case, spaces, o for 0 and l for 1', async () => {
    const typed = ` ${RIVERSIDE_CODE.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect((await requestToken(server, { accessCode: typed })).status).toBe(200);
  });

  it('gives each token a different user id, so two youth workers never share a conversation', async () => {
    const first = await requestToken(server, { accessCode: RIVERSIDE_CODE });
    const second = await requestToken(server, { accessCode: RIVERSIDE_CODE });
    expect(first.json?.userId).not.toBe(second.json?.userId);
  });

  it('recognises a returning browser by its key: the same user id in the same organisation, another in another, the key in none', async () => {
    expect(RETURNING_KEY).toHaveLength(43);
    const first = await requestToken(server, { accessCode: RIVERSIDE_CODE, returningKey: RETURNING_KEY });
    const again = await requestToken(server, { accessCode: RIVERSIDE_CODE, returningKey: RETURNING_KEY });
    const elsewhere = await requestToken(server, { accessCode: HILLSIDE_CODE, returningKey: RETURNING_KEY });
    const otherBrowser = await requestToken(server, {
      accessCode: RIVERSIDE_CODE,
      returningKey: RETURNING_KEY.replace(/^q/, 'r'),
    });
    expect([first.status, again.status, elsewhere.status, otherBrowser.status]).toEqual([200, 200, 200, 200]);
    const userId = String(first.json?.userId);
    expect(userId).toMatch(/^dl_riverside-youth-club_[0-9a-f]{32}$/);
    expect(again.json?.userId).toBe(userId);
    expect(azure.requests.slice(0, 2).map((r) => r.userId)).toEqual([userId, userId]);
    expect(organisationFromWebChatUserId(String(elsewhere.json?.userId))).toBe('hillside-youth');
    expect(String(elsewhere.json?.userId).split('_')[2]).not.toBe(userId.split('_')[2]);
    expect(otherBrowser.json?.userId).not.toBe(userId);
    for (const reply of [first, again, elsewhere, otherBrowser]) expect(reply.text).not.toContain(RETURNING_KEY);
  });

  it('refuses a malformed returning key without asking Direct Line for a token', async () => {
    for (const returningKey of ['too-short', `${RETURNING_KEY}x`, RETURNING_KEY.replace(/^q/, '+'), 42]) {
      const reply = await requestToken(server, { accessCode: RIVERSIDE_CODE, returningKey });
      expect(reply.status).toBe(401);
    }
    expect(azure.requests).toHaveLength(0);
  });

  it('rate-limits each client address to 10 attempts a minute (429 with Retry-After), right or wrong', async () => {
    await server.close();
    server = await startWebChatServer({
      config: testConfig({
        auth: PRODUCTION_AUTH,
        directLineSecret: SECRET,
        webchatAccessCodesFile: codesFile,
        trustedProxyHops: 1,
      }),
      deps: { directLineBaseUrl: azure.url, now: () => clock },
    });
    const from = (address: string) => ({ 'x-forwarded-for': `198.51.100.1, ${address}:50123` });
    for (let attempt = 1; attempt <= 10; attempt++)
      expect(
        (await requestToken(server, { accessCode: 'GUESS-GUESS-GUESS-GUES' + attempt }, from('203.0.113.5'))).status,
      ).toBe(401);
    const limited = await requestToken(server, { accessCode: RIVERSIDE_CODE }, from('203.0.113.5'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Another address has its own allowance; the first gets a fresh one after the window.
    expect((await requestToken(server, { accessCode: RIVERSIDE_CODE }, from('203.0.113.6'))).status).toBe(200);
    clock += 60_000;
    expect((await requestToken(server, { accessCode: RIVERSIDE_CODE }, from('203.0.113.5'))).status).toBe(200);
  });

  it('with no proxy hops configured, ignores X-Forwarded-For: a caller cannot vary it to escape the limit', async () => {
    for (let attempt = 1; attempt <= 10; attempt++)
      expect(
        (
          await requestToken(
            server,
            { accessCode: `GUESS-GUESS-GUESS-GUES${attempt}` },
            { 'x-forwarded-for': `203.0.113.${attempt}` },
          )
        ).status,
      ).toBe(401);
    expect(
      (await requestToken(server, { accessCode: RIVERSIDE_CODE }, { 'x-forwarded-for': '203.0.113.99' })).status,
    ).toBe(429);
  });

  it('behind two proxies of ours, counts the address the outer one saw, whatever the caller put before it', async () => {
    await server.close();
    server = await startWebChatServer({
      config: testConfig({
        auth: PRODUCTION_AUTH,
        directLineSecret: SECRET,
        webchatAccessCodesFile: codesFile,
        trustedProxyHops: 2,
      }),
      deps: { directLineBaseUrl: azure.url, now: () => clock },
    });
    const via = (forged: string) => ({ 'x-forwarded-for': `${forged}, 203.0.113.5:50123, 10.0.0.4` });
    for (let attempt = 1; attempt <= 10; attempt++)
      expect(
        (await requestToken(server, { accessCode: `GUESS-GUESS-GUESS-GUES${attempt}` }, via(`198.51.100.${attempt}`)))
          .status,
      ).toBe(401);
    expect((await requestToken(server, { accessCode: RIVERSIDE_CODE }, via('198.51.100.99'))).status).toBe(429);
    expect(
      (
        await requestToken(
          server,
          { accessCode: RIVERSIDE_CODE },
          { 'x-forwarded-for': '198.51.100.1, 203.0.113.6, 10.0.0.4' },
        )
      ).status,
    ).toBe(200);
  });

  it('answers 502, still without the secret, when Direct Line refuses to issue a token', async () => {
    azure.status = 500;
    const reply = await requestToken(server, { accessCode: RIVERSIDE_CODE });
    expect(reply.status).toBe(502);
    expect(reply.text).not.toContain(SECRET);
  });

  it('serves the page with the access-code form, no development banner, and Direct Line allowed by the CSP', async () => {
    const response = await fetch(`${server.url}/`);
    const html = await response.text();
    expect(html).toContain('id="access-form"');
    expect(html).not.toContain('class="dev-banner"');
    expect(html).not.toContain(SECRET);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ${azure.url}`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const settings = JSON.parse(
      /<script type="application\/json" id="webchat-settings">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}',
    ) as Record<string, unknown>;
    expect(settings).toMatchObject({
      mode: 'production',
      tokenUrl: '/api/webchat/token',
      directLine: { domain: `${azure.url}/v3/directline`, webSocket: true },
    });
  });
});

describe('web chat in production without its settings', () => {
  it('answers 404 on the token endpoint when DIRECTLINE_SECRET is not set', async () => {
    const server = await startWebChatServer({
      config: testConfig({ auth: PRODUCTION_AUTH, webchatAccessCodesFile: codesFile }),
    });
    try {
      expect((await requestToken(server, { accessCode: RIVERSIDE_CODE })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('refuses to start with an access-code file that stores a code in plain text, naming the problem', async () => {
    const bad = path.join(dir, 'plain.json');
    writeFileSync(
      bad,
      JSON.stringify({
        organisations: [{ id: 'riverside-youth-club', name: 'Riverside', codes: [{ hash: RIVERSIDE_CODE }] }],
      }),
    );
    await expect(
      startWebChatServer({
        config: testConfig({ auth: PRODUCTION_AUTH, directLineSecret: SECRET, webchatAccessCodesFile: bad }),
      }),
    ).rejects.toThrow(/organisations\.0\.codes\.0\.hash: must be "sha256:<salt>:<hash>"/);
  });
});
