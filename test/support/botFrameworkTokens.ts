/**
 * A loopback stand-in for the Bot Framework's token signing service: OpenID metadata and a JWKS
 * (with the `endorsements` Bot Framework keys carry) for channel and emulator tokens, and a minter
 * that signs tokens with node:crypto (RS256), so authentication is tested for real, offline.
 */
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer Bot Framework channels put on tokens they send to a bot. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  endorsements: string[];
}

export interface MintOptions {
  /** Claims; `iss`, `aud`, `nbf`, `iat` and `exp` get channel-token defaults unless given. */
  claims?: Record<string, unknown>;
  /** Which key signs; a key the JWKS does not publish proves the signature is checked. */
  key?: SigningKey;
  /** `none` yields an unsigned token (empty signature), as an attacker would send it. */
  alg?: 'RS256' | 'none';
  /** Overrides the key id in the header (e.g. a published kid on a token signed by another key). */
  kid?: string;
}

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

/** A fresh RSA key; published only if given to a BotFrameworkKeyServer. */
export function createSigningKey(endorsements: string[] = ['msteams', 'webchat', 'directline']): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey, publicKey, endorsements };
}

/**
 * Signs a JWT with `key` (RS256), or leaves it unsigned (`alg: none`). Claims default to a channel token valid for an
 * hour.
 */
export function mintToken(key: SigningKey, options: Omit<MintOptions, 'key'> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const alg = options.alg ?? 'RS256';
  const header = { alg, typ: 'JWT', kid: options.kid ?? key.kid, x5t: key.kid };
  const payload = { iss: CHANNEL_ISSUER, nbf: now - 60, iat: now - 60, exp: now + 3600, ...options.claims };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  if (alg === 'none') return `${signingInput}.`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key.privateKey);
  return `${signingInput}.${base64url(signature)}`;
}

export class BotFrameworkKeyServer {
  /** Every fetch of metadata or keys (proves validation went through this server). */
  readonly fetches: { path: string; at: number }[] = [];
  private server: http.Server | undefined;
  url = '';

  /** `key` is the one key published in the JWKS; by default endorsed for Teams and web chat. */
  constructor(readonly key: SigningKey = createSigningKey()) {}

  /** Where channel tokens' metadata is (ToBotFromChannelOpenIdMetadataUrl). */
  get channelMetadataUrl(): string {
    return `${this.url}/channel/.well-known/openidconfiguration`;
  }

  /** Where emulator (and skill) tokens' metadata is (ToBotFromEmulatorOpenIdMetadataUrl). */
  get emulatorMetadataUrl(): string {
    return `${this.url}/emulator/v2.0/.well-known/openid-configuration`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A channel token for `appId` from `serviceUrl`, signed by the published key unless told otherwise. */
  channelToken(appId: string, serviceUrl: string, options: MintOptions = {}): string {
    return mintToken(options.key ?? this.key, {
      ...options,
      claims: { aud: appId, serviceurl: serviceUrl, ...options.claims },
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.fetches.push({ path, at: Date.now() });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const jwk = this.key.publicKey.export({ format: 'jwk' });
    const keys = {
      keys: [
        {
          kty: 'RSA',
          use: 'sig',
          kid: this.key.kid,
          x5t: this.key.kid,
          n: jwk.n,
          e: jwk.e,
          endorsements: this.key.endorsements,
        },
      ],
    };
    if (path === '/channel/.well-known/openidconfiguration')
      return json(200, {
        issuer: CHANNEL_ISSUER,
        authorization_endpoint: `${this.url}/channel/authorize`,
        jwks_uri: `${this.url}/channel/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    if (path === '/channel/keys') return json(200, keys);
    if (path === '/emulator/v2.0/.well-known/openid-configuration')
      return json(200, {
        issuer: `${this.url}/emulator/v2.0`,
        jwks_uri: `${this.url}/emulator/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    if (path === '/emulator/keys') return json(200, keys);
    json(404, { error: 'not found' });
  }
}
