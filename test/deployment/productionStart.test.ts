/**
 * The configuration the ARM template gives the Web App is the configuration the code accepts: the
 * bot starts with it, reaches Cosmos with a managed identity token (App Service's identity endpoint,
 * stood in on loopback), refuses unauthenticated requests and keeps the local Direct Line closed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/store/embeddedCosmos';
import { deployedAppSettings, FAKE, resolveKeyVaultReferences, simulateDeployment } from './support/template';

interface TokenRequest {
  url: string;
  identityHeader: string | undefined;
}

async function identityEndpoint(): Promise<{ url: string; requests: TokenRequest[]; close: () => Promise<void> }> {
  const requests: TokenRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({
      url: req.url ?? '',
      identityHeader:
        typeof req.headers['x-identity-header'] === 'string' ? req.headers['x-identity-header'] : undefined,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        access_token: 'loopback-managed-identity-token',
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: 'https://cosmos.azure.com',
        token_type: 'Bearer',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const root = projectRoot();

/** A certificate for 127.0.0.1: the SDK sends bearer tokens only over TLS. */
function selfSignedCertificate(): { cert: string; key: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tls-'));
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return {
    cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
  };
}

describe('a start with the production configuration the templates set', () => {
  let cosmos: EmbeddedCosmos;
  let identity: Awaited<ReturnType<typeof identityEndpoint>>;
  let bot: RunningBot;
  const saved = { IDENTITY_ENDPOINT: process.env.IDENTITY_ENDPOINT, IDENTITY_HEADER: process.env.IDENTITY_HEADER };

  beforeAll(async () => {
    const tls = selfSignedCertificate();
    cosmos = await startEmbeddedCosmos({ tls });
    identity = await identityEndpoint();
    // What App Service gives a process with a managed identity; @azure/identity reads these itself.
    process.env.IDENTITY_ENDPOINT = identity.url;
    process.env.IDENTITY_HEADER = 'loopback-identity-header';
    const { env } = resolveKeyVaultReferences(deployedAppSettings(simulateDeployment('prod')));
    // The roster and directory are files the operator uploads; the shipped examples stand in for them.
    const files = {
      DUTY_ROSTER: path.join(root, 'deployment/examples/duty-roster.example.json'),
      SERVICE_DIRECTORY: path.join(root, 'deployment/directory/service-directory.json'),
      WEBCHAT_ACCESS_CODES: path.join(root, 'deployment/examples/webchat-access-codes.example.json'),
    };
    for (const name of Object.keys(files)) expect(env[name]).toMatch(/^\/home\/site\//);
    const config = loadConfig({ ...env, ...files, COSMOS_ENDPOINT: cosmos.endpoint, PORT: '0', HOST: '127.0.0.1' });
    bot = await startBot(config, { logger: createLogger('silent'), cosmosAgent: new https.Agent({ ca: tls.cert }) });
  });

  afterAll(async () => {
    await bot?.close();
    await cosmos?.stop();
    await identity?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('reaches the store with a managed identity token for the identity the template assigns', async () => {
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    expect(identity.requests.length).toBeGreaterThan(0);
    expect(identity.requests[0].identityHeader).toBe('loopback-identity-header');
    expect(identity.requests[0].url).toContain(FAKE.identityClientId);
  });

  it('refuses an activity without a Bot Framework token and keeps the local Direct Line closed', async () => {
    const activity = {
      type: 'message',
      id: '1',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: '29:u' },
      recipient: { id: '28:b' },
      conversation: { id: 'a:c' },
      text: 'hello',
    };
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(401);
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
